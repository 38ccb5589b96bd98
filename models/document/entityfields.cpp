#include "document/entityfields.h"

#include "document/entitykinds.h"
#include "domain/painseverity.h"

#include <limits>

namespace Parcours::EntityFields {

namespace {

template<typename T>
QVariant fromOptional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// Assigns a QVariant to a typed field; false when it cannot be converted.
bool assign(QString &target, const QVariant &v)
{
    if (!v.canConvert<QString>())
        return false;
    target = v.toString();
    return true;
}

bool assign(bool &target, const QVariant &v)
{
    target = v.toBool();
    return true;
}

bool assign(std::optional<double> &target, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        target.reset();
        return true;
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok)
        target = d;
    return ok;
}

bool assign(std::optional<qint64> &target, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        target.reset();
        return true;
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok)
        target = n;
    return ok;
}

bool assign(QDate &target, const QVariant &v)
{
    target = v.toDate();
    return true;
}

template<typename Enum>
bool assignEnum(Enum &target, const QVariant &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (ok)
        target = Enum(n);
    return ok;
}

QVariant fieldValue(const Persona &p, int field)
{
    switch (field) {
    case Field::PersonaName: return p.name;
    case Field::PersonaDescription: return p.description;
    case Field::PersonaColor: return p.color;
    case Field::PersonaWeight: return fromOptional(p.weight);
    case Field::PersonaCadence: return int(p.cadence);
    }
    return {};
}

bool setFieldValue(Persona &p, int field, const QVariant &v)
{
    switch (field) {
    case Field::PersonaName: return assign(p.name, v);
    case Field::PersonaDescription: return assign(p.description, v);
    case Field::PersonaColor: return assign(p.color, v);
    case Field::PersonaWeight: return assign(p.weight, v);
    case Field::PersonaCadence: return assignEnum(p.cadence, v);
    }
    return false;
}

QVariant fieldValue(const UseCase &u, int field)
{
    switch (field) {
    case Field::UseCaseProblem: return u.problem;
    case Field::UseCaseText: return u.useCase;
    case Field::UseCaseWhyBetter: return u.whyBetter;
    case Field::UseCaseAlternative: return u.alternative;
    case Field::UseCaseFrequency: return QVariant::fromValue(u.frequency);
    case Field::UseCaseWeight: return fromOptional(u.weight);
    case Field::UseCaseStatus: return int(u.status);
    case Field::UseCaseNotes: return u.notes;
    case Field::UseCaseEvents: return u.events;
    }
    return {};
}

bool setFieldValue(UseCase &u, int field, const QVariant &v)
{
    switch (field) {
    case Field::UseCaseProblem: return assign(u.problem, v);
    case Field::UseCaseText: return assign(u.useCase, v);
    case Field::UseCaseWhyBetter: return assign(u.whyBetter, v);
    case Field::UseCaseAlternative: return assign(u.alternative, v);
    case Field::UseCaseFrequency:
        if (!v.canConvert<UsageFrequency>())
            return false;
        u.frequency = v.value<UsageFrequency>();
        return true;
    case Field::UseCaseWeight: return assign(u.weight, v);
    case Field::UseCaseStatus: return assignEnum(u.status, v);
    case Field::UseCaseNotes: return assign(u.notes, v);
    case Field::UseCaseEvents:
        if (!v.canConvert<QStringList>())
            return false;
        u.events = v.toStringList();
        return true;
    }
    return false;
}

QVariant fieldValue(const Journey &j, int field)
{
    switch (field) {
    case Field::JourneyName: return j.name;
    case Field::JourneyDescription: return j.description;
    case Field::JourneyPersona: return j.personaId;
    case Field::JourneyCompareWith: return j.compareWith;
    case Field::JourneyViews: return audienceViewsKey(j.views);
    }
    return {};
}

bool setFieldValue(Journey &j, int field, const QVariant &v)
{
    switch (field) {
    case Field::JourneyName: return assign(j.name, v);
    case Field::JourneyDescription: return assign(j.description, v);
    case Field::JourneyPersona: j.personaId = v.toLongLong(); return true;
    case Field::JourneyCompareWith: j.compareWith = v.toLongLong(); return true;
    case Field::JourneyViews: {
        auto views = audienceViewsFromKey(v.toString());
        if (!views)
            return false;
        j.views = std::move(*views);
        return true;
    }
    }
    return false;
}

QVariant fieldValue(const Stage &s, int field)
{
    switch (field) {
    case Field::StageName: return s.name;
    case Field::StageDescription: return s.description;
    case Field::StageColor: return s.color;
    case Field::StageDuration: return fromOptional(s.duration);
    case Field::StageDurationUnit: return int(s.durationUnit);
    case Field::StageEntering: return fromOptional(s.entering);
    case Field::StageAssessment: return int(s.assessment);
    case Field::StageConversion: return s.isConversion;
    case Field::StageValueDelivered: return s.isValueDelivered;
    }
    return {};
}

bool setFieldValue(Stage &s, int field, const QVariant &v)
{
    switch (field) {
    case Field::StageName: return assign(s.name, v);
    case Field::StageDescription: return assign(s.description, v);
    case Field::StageColor: return assign(s.color, v);
    case Field::StageDuration: return assign(s.duration, v);
    case Field::StageDurationUnit: return assignEnum(s.durationUnit, v);
    case Field::StageEntering: return assign(s.entering, v);
    case Field::StageAssessment: return assignEnum(s.assessment, v);
    case Field::StageConversion: return assign(s.isConversion, v);
    case Field::StageValueDelivered: return assign(s.isValueDelivered, v);
    }
    return false;
}

QVariant fieldValue(const Lane &l, int field)
{
    switch (field) {
    case Field::LaneName: return l.name;
    case Field::LaneKind: return int(l.kind);
    case Field::LaneVisible: return l.visible;
    case Field::LaneGroup: return l.group;
    }
    return {};
}

bool setFieldValue(Lane &l, int field, const QVariant &v)
{
    switch (field) {
    case Field::LaneName: return assign(l.name, v);
    case Field::LaneKind: return assignEnum(l.kind, v);
    case Field::LaneVisible: return assign(l.visible, v);
    case Field::LaneGroup: return assign(l.group, v);
    }
    return false;
}

// A cell's arrows are a field as their text (cellArrowsKey): a plain value to compare and merge.
QVariant fieldValue(const Cell &c, int field)
{
    switch (field) {
    case Field::CellText: return c.text;
    case Field::CellEmotion: return fromOptional(c.emotion);
    case Field::CellFailurePoint: return c.failurePoint;
    case Field::CellWait: return c.wait;
    case Field::CellArrows: return cellArrowsKey(c.arrows);
    case Field::CellSeverities: return painSeveritiesKey(c.severities);
    case Field::CellCurves: return cellCurvesKey(c.curves);
    }
    return {};
}

bool setFieldValue(Cell &c, int field, const QVariant &v)
{
    switch (field) {
    case Field::CellText: return assign(c.text, v);
    case Field::CellEmotion: return assign(c.emotion, v);
    case Field::CellFailurePoint: return assign(c.failurePoint, v);
    case Field::CellWait: return assign(c.wait, v);
    case Field::CellArrows:
        if (const auto arrows = cellArrowsFromKey(v.toString())) {
            c.arrows = *arrows;
            return true;
        }
        return false;
    case Field::CellSeverities:
        if (const auto severities = painSeveritiesFromKey(v.toString())) {
            c.severities = *severities;
            return true;
        }
        return false;
    case Field::CellCurves:
        if (const auto curves = cellCurvesFromKey(v.toString())) {
            c.curves = *curves;
            return true;
        }
        return false;
    }
    return false;
}

QVariant fieldValue(const MetricPeriod &m, int field)
{
    switch (field) {
    case Field::MetricPeriodStart: return m.periodStart;
    case Field::MetricPeriodEnd: return m.periodEnd;
    case Field::MetricCustomersStart: return fromOptional(m.customersStart);
    case Field::MetricCustomersNew: return fromOptional(m.customersNew);
    case Field::MetricCustomersEnd: return fromOptional(m.customersEnd);
    case Field::MetricDau: return fromOptional(m.dau);
    case Field::MetricMau: return fromOptional(m.mau);
    case Field::MetricComputed: return int(m.computed);
    }
    return {};
}

bool setFieldValue(MetricPeriod &m, int field, const QVariant &v)
{
    switch (field) {
    case Field::MetricPeriodStart: return assign(m.periodStart, v);
    case Field::MetricPeriodEnd: return assign(m.periodEnd, v);
    case Field::MetricCustomersStart: return assign(m.customersStart, v);
    case Field::MetricCustomersNew: return assign(m.customersNew, v);
    case Field::MetricCustomersEnd: return assign(m.customersEnd, v);
    case Field::MetricDau: return assign(m.dau, v);
    case Field::MetricMau: return assign(m.mau, v);
    case Field::MetricComputed: {
        bool ok = false;
        const uint bits = v.toUInt(&ok);
        if (!ok || (bits & ~unsigned(MetricPeriod::AllCounts)) != 0)
            return false;
        m.computed = bits;
        return true;
    }
    }
    return false;
}

// Out-of-range ratings, negative votes, unknown statuses and unreadable links are refused.
bool assignBounded(int &target, const QVariant &v, int min, int max)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < min || n > max)
        return false;
    target = n;
    return true;
}

QVariant fieldValue(const CommentThread &t, int field)
{
    switch (field) {
    case Field::CommentThreadTarget: return commentTargetKey(t.target);
    case Field::CommentThreadResolved: return t.resolved;
    }
    return {};
}

bool setFieldValue(CommentThread &t, int field, const QVariant &v)
{
    switch (field) {
    case Field::CommentThreadTarget:
        if (const auto target = commentTargetFromKey(v.toString())) {
            t.target = *target;
            return true;
        }
        return false;
    case Field::CommentThreadResolved: return assign(t.resolved, v);
    }
    return false;
}

QVariant fieldValue(const Comment &c, int field)
{
    switch (field) {
    case Field::CommentAuthor: return c.author;
    case Field::CommentTime: return c.time;
    case Field::CommentText: return c.text;
    }
    return {};
}

bool setFieldValue(Comment &c, int field, const QVariant &v)
{
    switch (field) {
    case Field::CommentAuthor: return assign(c.author, v);
    case Field::CommentTime:
        if (!v.canConvert<QDateTime>() || !v.toDateTime().isValid())
            return false;
        c.time = v.toDateTime().toUTC();
        return true;
    case Field::CommentText: return assign(c.text, v);
    }
    return false;
}

QVariant fieldValue(const Opportunity &o, int field)
{
    switch (field) {
    case Field::OpportunityTitle: return o.title;
    case Field::OpportunityDescription: return o.description;
    case Field::OpportunityOwner: return o.owner;
    case Field::OpportunityStatus: return int(o.status);
    case Field::OpportunityCustomerValue: return o.customerValue;
    case Field::OpportunityBusinessValue: return o.businessValue;
    case Field::OpportunityEffort: return o.effort;
    case Field::OpportunityVotes: return o.votes;
    case Field::OpportunityLinks: return opportunityLinksKey(o.links);
    }
    return {};
}

bool setFieldValue(Opportunity &o, int field, const QVariant &v)
{
    constexpr int lo = Opportunity::minRating;
    constexpr int hi = Opportunity::maxRating;
    switch (field) {
    case Field::OpportunityTitle: return assign(o.title, v);
    case Field::OpportunityDescription: return assign(o.description, v);
    case Field::OpportunityOwner: return assign(o.owner, v);
    case Field::OpportunityStatus: {
        int status = 0;
        if (!assignBounded(status, v, 0, int(OpportunityStatus::Dropped)))
            return false;
        o.status = OpportunityStatus(status);
        return true;
    }
    case Field::OpportunityCustomerValue: return assignBounded(o.customerValue, v, lo, hi);
    case Field::OpportunityBusinessValue: return assignBounded(o.businessValue, v, lo, hi);
    case Field::OpportunityEffort: return assignBounded(o.effort, v, lo, hi);
    case Field::OpportunityVotes:
        return assignBounded(o.votes, v, 0, std::numeric_limits<int>::max());
    case Field::OpportunityLinks:
        if (const auto links = opportunityLinksFromKey(v.toString())) {
            o.links = *links;
            return true;
        }
        return false;
    }
    return false;
}

QVariant fieldValue(const WorkspaceInfo &info, int field)
{
    switch (field) {
    case Field::WorkspaceName: return info.name;
    case Field::WorkspaceProduct: return info.product;
    case Field::WorkspaceRetentionType: return int(info.retentionType);
    }
    return {};
}

bool setFieldValue(WorkspaceInfo &info, int field, const QVariant &v)
{
    switch (field) {
    case Field::WorkspaceName: return assign(info.name, v);
    case Field::WorkspaceProduct: return assign(info.product, v);
    case Field::WorkspaceRetentionType: return assignEnum(info.retentionType, v);
    }
    return false;
}

} // namespace

// The step a cell belongs to, or nullptr.
template<typename W>
auto stepOfCell(W &w, const EntityRef &ref)
{
    auto *j = findById(w.journeys, ref.parent);
    return j ? findStep(*j, ref.id) : nullptr;
}

bool exists(const Workspace &w, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return true;
    case EntityKind::Cell: {
        const Journey *j = w.journey(ref.parent);
        return j && findStep(*j, ref.id) && findById(j->lanes, ref.secondary);
    }
    case EntityKind::Renewal:
        return w.journey(ref.parent) && ref.id >= 0 && ref.id < renewalQuestionCount;
    default: return withEntity(w, ref, [](const auto &) {});
    }
}

QVariant value(const Workspace &w, const EntityRef &ref, int field)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return fieldValue(w.info, field);
    case EntityKind::Cell:
        if (const Step *s = stepOfCell(w, ref)) {
            return fieldValue(s->cells.value(ref.secondary), field);
        }
        return {};
    case EntityKind::Renewal:
        if (const Journey *j = w.journey(ref.parent)) {
            const RenewalAnswer a = j->renewal.value(int(ref.id));
            return field == Field::RenewalAnswerField ? QVariant(int(a.answer)) : QVariant(a.note);
        }
        return {};
    default: {
        QVariant result;
        withEntity(w, ref,
                   [&result, field](const auto &entity) { result = fieldValue(entity, field); });
        return result;
    }
    }
}

bool setValue(Workspace &w, const EntityRef &ref, int field, const QVariant &v)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return setFieldValue(w.info, field, v);
    case EntityKind::Cell:
        if (Step *s = stepOfCell(w, ref)) {
            Cell cell = s->cells.value(ref.secondary);
            if (!setFieldValue(cell, field, v))
                return false;
            if (cell.isEmpty())
                s->cells.remove(ref.secondary);
            else
                s->cells.insert(ref.secondary, cell);
            return true;
        }
        return false;
    case EntityKind::Renewal:
        if (Journey *j = findById(w.journeys, ref.parent)) {
            RenewalAnswer a = j->renewal.value(int(ref.id));
            const bool ok
                = field == Field::RenewalAnswerField ? assignEnum(a.answer, v) : assign(a.note, v);
            if (!ok)
                return false;
            if (a == RenewalAnswer())
                j->renewal.remove(int(ref.id));
            else
                j->renewal.insert(int(ref.id), a);
            return true;
        }
        return false;
    default: {
        bool set = false;
        withEntity(w, ref,
                   [&set, field, &v](auto &entity) { set = setFieldValue(entity, field, v); });
        return set;
    }
    }
}

int fieldCount(EntityKind kind)
{
    return traitsOf(kind).fieldCount;
}

} // namespace Parcours::EntityFields
