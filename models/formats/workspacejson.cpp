#include "formats/workspacejson.h"
#include "domain/opportunitylinkplace.h"

#include "domain/painseverity.h"
#include "formats/commentsjson.h"
#include "formats/messageexcerpt.h"
#include "formats/usagejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr double maxSafeInteger = 9007199254740991.0; // 2^53 - 1: exact in any JSON reader

template<typename T>
QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue frequencyJson(const UsageFrequency &f)
{
    if (!f.isValid())
        return QJsonValue::Null;
    return QJsonObject {{u"times"_s, f.times()},
                        {u"interval"_s, f.interval()},
                        {u"period"_s, periodKey(f.period())},
                        {u"text"_s, f.toString()}};
}

QJsonObject useCaseJson(const UseCase &u)
{
    QJsonObject o {{u"id"_s, double(u.id)},
                   {u"problem"_s, u.problem},
                   {u"use_case"_s, u.useCase},
                   {u"why_better"_s, u.whyBetter},
                   {u"alternative"_s, u.alternative},
                   {u"frequency"_s, frequencyJson(u.frequency)},
                   {u"weight"_s, optionalJson(u.weight)},
                   {u"status"_s, statusKey(u.status)},
                   {u"notes"_s, u.notes}};
    if (!u.events.isEmpty()) // only when used: older exports stay as they were
        o.insert(u"events"_s, QJsonArray::fromStringList(u.events));
    return o;
}

QJsonObject personaJson(const Persona &p)
{
    QJsonArray useCases;
    for (const UseCase &u : p.useCases)
        useCases.append(useCaseJson(u));
    return {{u"id"_s, double(p.id)},
            {u"name"_s, p.name},
            {u"description"_s, p.description},
            {u"color"_s, p.color},
            {u"weight"_s, optionalJson(p.weight)},
            {u"cadence"_s, cadenceKey(p.cadence)},
            {u"use_cases"_s, useCases}};
}

QJsonObject metricJson(const MetricPeriod &m)
{
    QJsonObject o {{u"id"_s, double(m.id)},
                   {u"period_start"_s, m.periodStart.toString(Qt::ISODate)},
                   {u"period_end"_s, m.periodEnd.toString(Qt::ISODate)},
                   {u"customers_start"_s, optionalJson(m.customersStart)},
                   {u"customers_new"_s, optionalJson(m.customersNew)},
                   {u"customers_end"_s, optionalJson(m.customersEnd)},
                   {u"dau"_s, optionalJson(m.dau)},
                   {u"mau"_s, optionalJson(m.mau)}};
    if (m.computed != 0) // only when some are: older exports stay as they were
        o.insert(u"computed"_s, QJsonArray::fromStringList(computedCountKeys(m.computed)));
    return o;
}

QJsonObject opportunityJson(const Workspace &w, const Opportunity &o)
{
    QJsonArray links;
    for (const OpportunityLink &link : o.links) {
        switch (link.kind) {
        case OpportunityLink::Kind::Stage:
            links.append(QJsonObject {{u"kind"_s, u"stage"_s}, {u"stage"_s, double(link.target)}});
            break;
        case OpportunityLink::Kind::Cell: {
            // "stage" as before steps (older versions read it), "step" the cell's own (issue 18).
            const LinkPlace place = linkPlace(w, link);
            links.append(
                QJsonObject {{u"kind"_s, u"cell"_s},
                             {u"stage"_s, double(place.stage ? place.stage->id : link.target)},
                             {u"step"_s, double(link.target)},
                             {u"lane"_s, double(link.lane)}});
            break;
        }
        case OpportunityLink::Kind::UseCase:
            links.append(
                QJsonObject {{u"kind"_s, u"use_case"_s}, {u"use_case"_s, double(link.target)}});
            break;
        }
    }
    return {{u"id"_s, double(o.id)},
            {u"title"_s, o.title},
            {u"description"_s, o.description},
            {u"owner"_s, o.owner},
            {u"status"_s, opportunityStatusKey(o.status)},
            {u"customer_value"_s, o.customerValue},
            {u"business_value"_s, o.businessValue},
            {u"effort"_s, o.effort},
            {u"votes"_s, o.votes},
            {u"links"_s, links}};
}

// Reads fields with a path for error messages; the first problem sticks. Ids are unique per
// kind of entity (one SQLite table each): a repeated id would merge two rows into one.
class Reader
{
public:
    enum IdKind {
        PersonaIds,
        UseCaseIds,
        JourneyIds,
        StageIds,
        StepIds,
        LaneIds,
        MetricIds,
        OpportunityIds,
        IdKindCount
    };

    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = path + u": "_s + message;
    }
    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
    }
    QString string(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(at(path, key), WorkspaceJson::tr("expected text"));
        return v.toString();
    }
    // A finite number in [min, max], or nothing when absent or null.
    std::optional<double> real(const QJsonObject &o, const QString &path, const char *key,
                               double min = -HUGE_VAL, double max = HUGE_VAL)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d)) {
            fail(at(path, key), WorkspaceJson::tr("expected a number"));
            return std::nullopt;
        }
        if (d < min || d > max) {
            fail(at(path, key),
                 max == HUGE_VAL
                     ? WorkspaceJson::tr("expected a number from %1").arg(min)
                     : WorkspaceJson::tr("expected a number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return d;
    }
    // A whole number in [min, max] (at most 2^53 - 1 in size), or nothing when absent or null.
    std::optional<qint64> integer(const QJsonObject &o, const QString &path, const char *key,
                                  double min = -maxSafeInteger, double max = maxSafeInteger)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
            fail(at(path, key),
                 min >= 0 ? WorkspaceJson::tr("expected a whole number from %1").arg(qint64(min))
                          : WorkspaceJson::tr("expected a whole number"));
            return std::nullopt;
        }
        return qint64(d);
    }
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(at(path, key), WorkspaceJson::tr("expected true or false"));
        return v.toBool(fallback);
    }
    Id id(const QJsonObject &o, const QString &path, IdKind kind)
    {
        const QJsonValue v = o.value(u"id"_s);
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 1
            || d > maxSafeInteger) {
            fail(path + u".id"_s, WorkspaceJson::tr("expected a whole number from 1 to 2^53 - 1"));
            return 0;
        }
        const Id id = Id(d);
        return noteId(id, path, kind) ? id : 0;
    }
    // Claims `id` for the entity at `path` (also an id given without "id": a stage's own step).
    bool noteId(Id id, const QString &path, IdKind kind)
    {
        const auto seen = mIds[kind].constFind(id);
        if (seen != mIds[kind].cend()) {
            fail(path + u".id"_s,
                 WorkspaceJson::tr("the id %1 is already used by %2").arg(id).arg(*seen));
            return false;
        }
        mIds[kind].insert(id, path);
        return true;
    }
    // A reference to another entity: a positive whole number, 0 when absent or null.
    Id reference(const QJsonObject &o, const QString &path, const char *key)
    {
        return Id(integer(o, path, key, 1, maxSafeInteger).value_or(0));
    }
    QDate date(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString text = string(o, path, key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(at(path, key), WorkspaceJson::tr("expected a date such as 2026-01-31"));
        return d;
    }
    template<typename Enum>
    Enum key(const QJsonObject &o, const QString &path, const char *name,
             std::optional<Enum> (*parse)(const QString &), Enum fallback)
    {
        const QString text = string(o, path, name);
        if (text.isEmpty())
            return fallback;
        const auto value = parse(text);
        if (!value)
            fail(at(path, name),
                 WorkspaceJson::tr("unknown value \"%1\"").arg(MessageText::excerpt(text)));
        return value.value_or(fallback);
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(at(path, key), WorkspaceJson::tr("expected a list"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, WorkspaceJson::tr("expected an object"));
        return v.toObject();
    }

private:
    QHash<Id, QString> mIds[IdKindCount];
};

std::optional<Cadence> cadenceOf(const QString &key)
{
    const Cadence c = cadenceFromKey(key);
    return c == Cadence::None && !key.isEmpty() ? std::nullopt : std::optional<Cadence>(c);
}

UseCase readUseCase(Reader &r, const QJsonObject &o, const QString &path)
{
    UseCase u;
    u.id = r.id(o, path, Reader::UseCaseIds);
    u.problem = r.string(o, path, "problem");
    u.useCase = r.string(o, path, "use_case");
    u.whyBetter = r.string(o, path, "why_better");
    u.alternative = r.string(o, path, "alternative");
    const QJsonValue f = o.value(u"frequency"_s);
    if (f.isObject()) {
        const QString fp = path + u".frequency"_s;
        const QJsonObject fo = f.toObject();
        const double times = r.real(fo, fp, "times").value_or(0);
        const double interval = r.real(fo, fp, "interval").value_or(0);
        const auto period = periodFromKey(r.string(fo, fp, "period"));
        if (!r.ok())
            return u;
        if (const QString problem = UsageFrequency::validate(times, interval); !problem.isEmpty())
            r.fail(fp, problem);
        else if (!period)
            r.fail(fp + u".period"_s, WorkspaceJson::tr("expected day, week, month or year"));
        else if (const QString range = UsageFrequency::validate(times, interval, *period);
                 !range.isEmpty())
            r.fail(fp, range);
        else
            u.frequency = UsageFrequency(times, interval, *period);
    } else if (!f.isUndefined() && !f.isNull()) {
        r.fail(path + u".frequency"_s, WorkspaceJson::tr("expected an object"));
    }
    u.weight = r.real(o, path, "weight", 0);
    u.status = r.key<UseCaseStatus>(o, path, "status", statusFromKey, UseCaseStatus::Current);
    u.notes = r.string(o, path, "notes");
    const QJsonValue events = o.value(u"events"_s);
    if (events.isArray()) {
        for (const auto &name : events.toArray()) {
            if (!name.isString()) {
                r.fail(path + u".events"_s, WorkspaceJson::tr("expected a list of event names"));
                return u;
            }
            u.events.append(name.toString());
        }
    } else if (!events.isUndefined() && !events.isNull()) {
        r.fail(path + u".events"_s, WorkspaceJson::tr("expected a list of event names"));
    }
    return u;
}

Persona readPersona(Reader &r, const QJsonObject &o, const QString &path)
{
    Persona p;
    p.id = r.id(o, path, Reader::PersonaIds);
    p.name = r.string(o, path, "name");
    p.description = r.string(o, path, "description");
    p.color = r.string(o, path, "color");
    p.weight = r.real(o, path, "weight", 0);
    p.cadence = r.key<Cadence>(o, path, "cadence", cadenceOf, Cadence::None);
    const QJsonArray useCases = r.array(o, path, "use_cases");
    for (qsizetype i = 0; i < useCases.size() && r.ok(); ++i) {
        const QString up = path + u".use_cases[%1]"_s.arg(i);
        p.useCases.push_back(readUseCase(r, r.object(useCases[i], up), up));
    }
    return p;
}

// A cell's arrows: [{"step": id, "lane": id}, …], to cells of the same journey (checked by
// the caller once every stage is read). "stage" names a stage's own step (one that has the
// stage's id): what files from before steps hold.
std::vector<CellArrow> readArrows(Reader &r, const QJsonObject &o, const QString &path)
{
    std::vector<CellArrow> arrows;
    const QJsonArray list = r.array(o, path, "arrows");
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString ap = path + u".arrows[%1]"_s.arg(i);
        const QJsonObject ao = r.object(list[i], ap);
        const char *stepKey = ao.contains(u"step"_s) ? "step" : "stage";
        const CellArrow arrow {r.reference(ao, ap, stepKey), r.reference(ao, ap, "lane")};
        if (r.ok() && (!arrow.step || !arrow.lane))
            r.fail(ap, WorkspaceJson::tr("an arrow needs a stage and a lane"));
        arrows.push_back(arrow);
    }
    return arrows;
}

// "severities": one key per line of the cell's text ("" for none); optional.
std::vector<PainSeverity> readSeverities(Reader &r, const QJsonObject &o, const QString &path)
{
    std::vector<PainSeverity> severities;
    const QJsonArray list = r.array(o, path, "severities");
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString sp = path + u".severities[%1]"_s.arg(i);
        const auto severity = list[i].isString() ? painSeverityFromKey(list[i].toString())
                                                 : std::optional<PainSeverity>();
        if (!severity) {
            r.fail(sp,
                   WorkspaceJson::tr("expected a pain-point severity (trivial, workaround, "
                                     "abandonment or \"\")"));
            break;
        }
        severities.push_back(*severity);
    }
    return normalizedSeverities(std::move(severities));
}

// "curves": one point per persona's curve, [{"persona": id, "emotion": -2 … +2}, …]; optional.
// The personas are checked against the workspace's once it is read (see read()).
QMap<Id, double> readCurves(Reader &r, const QJsonObject &o, const QString &path)
{
    QMap<Id, double> curves;
    const QJsonArray list = r.array(o, path, "curves");
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString cp = path + u".curves[%1]"_s.arg(i);
        const QJsonObject po = r.object(list[i], cp);
        const Id persona = r.reference(po, cp, "persona");
        const auto emotion = r.real(po, cp, "emotion", -2, 2);
        if (!r.ok())
            break;
        if (!persona || !emotion) {
            r.fail(cp, WorkspaceJson::tr("expected a persona and an emotion"));
            break;
        }
        if (curves.contains(persona)) {
            r.fail(cp + u".persona"_s,
                   WorkspaceJson::tr("a second point for persona %1 in this cell").arg(persona));
            break;
        }
        curves.insert(persona, *emotion);
    }
    return curves;
}

// A step's cells: [{"lane": id, "text": …}, …] under "cells" of `so`.
QHash<Id, Cell> readCells(Reader &r, const Journey &j, const QJsonObject &so, const QString &sp)
{
    QHash<Id, Cell> result;
    const QJsonArray cells = r.array(so, sp, "cells");
    QHash<Id, qsizetype> cellOfLane;
    for (qsizetype c = 0; c < cells.size() && r.ok(); ++c) {
        const QString cp = sp + u".cells[%1]"_s.arg(c);
        const QJsonObject co = r.object(cells[c], cp);
        const Id lane = r.reference(co, cp, "lane");
        if (!r.ok())
            break;
        if (indexOfId(j.lanes, lane) < 0) {
            r.fail(cp + u".lane"_s,
                   WorkspaceJson::tr("no lane of this journey has the id %1").arg(lane));
            break;
        }
        if (cellOfLane.contains(lane)) {
            r.fail(cp + u".lane"_s,
                   WorkspaceJson::tr("a second cell for lane %1 (the first is cells[%2])")
                       .arg(lane)
                       .arg(cellOfLane.value(lane)));
            break;
        }
        cellOfLane.insert(lane, c);
        Cell cell;
        cell.text = r.string(co, cp, "text");
        cell.emotion = r.real(co, cp, "emotion", -2, 2);
        cell.failurePoint = r.boolean(co, cp, "failure_point", false);
        cell.wait = r.string(co, cp, "wait");
        cell.arrows = readArrows(r, co, cp);
        cell.severities = readSeverities(r, co, cp);
        cell.curves = readCurves(r, co, cp);
        if (r.ok() && cell.severities.size() > size_t(cellLines(cell.text).size()))
            r.fail(cp + u".severities"_s,
                   WorkspaceJson::tr("more severities than the text has lines"));
        if (!cell.isEmpty())
            result.insert(lane, cell);
    }
    return result;
}

// Every curve of `j` belongs to a persona of `w`.
void checkCurvePersonas(Reader &r, const Workspace &w, const Journey &j, const QString &path)
{
    for (size_t s = 0; s < j.stages.size() && r.ok(); ++s) {
        for (const Step &step : j.stages[s].steps) {
            for (const Cell &cell : step.cells) {
                for (auto it = cell.curves.cbegin(); it != cell.curves.cend() && r.ok(); ++it) {
                    if (!w.persona(it.key()))
                        r.fail(path + u".stages[%1]"_s.arg(s),
                               WorkspaceJson::tr("a curve's persona %1 is not in the workspace")
                                   .arg(it.key()));
                }
            }
        }
    }
}

Journey readJourney(Reader &r, const QJsonObject &o, const QString &path)
{
    Journey j;
    j.id = r.id(o, path, Reader::JourneyIds);
    j.name = r.string(o, path, "name");
    j.description = r.string(o, path, "description");
    j.personaId = r.reference(o, path, "persona");
    j.compareWith = r.reference(o, path, "compare_with");
    const QJsonArray lanes = r.array(o, path, "lanes");
    for (qsizetype i = 0; i < lanes.size() && r.ok(); ++i) {
        const QString lp = path + u".lanes[%1]"_s.arg(i);
        const QJsonObject lo = r.object(lanes[i], lp);
        Lane l;
        l.id = r.id(lo, lp, Reader::LaneIds);
        l.name = r.string(lo, lp, "name");
        l.kind = r.key<LaneKind>(lo, lp, "kind", laneKindFromKey, LaneKind::Text);
        l.visible = r.boolean(lo, lp, "visible", true);
        l.group = r.string(lo, lp, "group");
        j.lanes.push_back(l);
    }
    const QJsonArray stages = r.array(o, path, "stages");
    for (qsizetype i = 0; i < stages.size() && r.ok(); ++i) {
        const QString sp = path + u".stages[%1]"_s.arg(i);
        const QJsonObject so = r.object(stages[i], sp);
        Stage s;
        s.id = r.id(so, sp, Reader::StageIds);
        s.withOneStep();
        s.name = r.string(so, sp, "name");
        s.description = r.string(so, sp, "description");
        s.color = r.string(so, sp, "color");
        s.duration = r.real(so, sp, "duration", 0);
        s.durationUnit
            = r.key<DurationUnit>(so, sp, "duration_unit", durationUnitFromKey, DurationUnit::Days);
        s.entering = r.integer(so, sp, "entering", 0);
        s.assessment = r.key<Assessment>(so, sp, "assessment", assessmentFromKey, Assessment::None);
        s.isConversion = r.boolean(so, sp, "conversion", false);
        s.isValueDelivered = r.boolean(so, sp, "value_delivered", false);
        if (so.contains(u"steps"_s)) {
            const QJsonArray steps = r.array(so, sp, "steps");
            if (r.ok() && steps.isEmpty())
                r.fail(sp + u".steps"_s, WorkspaceJson::tr("a stage has at least one step"));
            s.steps.clear();
            for (qsizetype t = 0; t < steps.size() && r.ok(); ++t) {
                const QString tp = sp + u".steps[%1]"_s.arg(t);
                const QJsonObject to = r.object(steps[t], tp);
                Step step;
                step.id = r.id(to, tp, Reader::StepIds);
                step.name = r.string(to, tp, "name");
                step.cells = readCells(r, j, to, tp);
                s.steps.push_back(std::move(step));
            }
        } else {
            r.noteId(s.id, sp, Reader::StepIds);
            s.firstCells() = readCells(r, j, so, sp);
        }
        j.stages.push_back(s);
    }
    for (size_t i = 0; i < j.stages.size() && r.ok(); ++i) {
        for (const Step &step : j.stages[i].steps) {
            for (const Cell &cell : step.cells) {
                for (const CellArrow &a : cell.arrows) {
                    if (!findStep(j, a.step) || indexOfId(j.lanes, a.lane) < 0) {
                        r.fail(path + u".stages[%1]"_s.arg(i),
                               WorkspaceJson::tr("an arrow points to no cell of this journey"));
                    }
                }
            }
        }
    }
    const QJsonArray renewal = r.array(o, path, "renewal");
    for (qsizetype i = 0; i < renewal.size() && r.ok(); ++i) {
        const QString rp = path + u".renewal[%1]"_s.arg(i);
        const QJsonObject ro = r.object(renewal[i], rp);
        const auto question = r.integer(ro, rp, "question", 0, renewalQuestionCount - 1);
        if (!r.ok())
            break;
        if (!question) {
            r.fail(rp + u".question"_s,
                   WorkspaceJson::tr("expected a question number from 0 to 7"));
            break;
        }
        if (j.renewal.contains(int(*question))) {
            r.fail(rp + u".question"_s,
                   WorkspaceJson::tr("question %1 is answered twice").arg(*question));
            break;
        }
        RenewalAnswer a;
        a.answer = r.key<RenewalAnswerValue>(ro, rp, "answer", renewalAnswerFromKey,
                                             RenewalAnswerValue::Unanswered);
        a.note = r.string(ro, rp, "note");
        j.renewal.insert(int(*question), a);
    }
    if (o.contains(u"views"_s) && r.ok()) { // audience views (issue 23)
        const QJsonValue views = o.value(u"views"_s);
        QString why;
        std::optional<std::vector<AudienceView>> read;
        if (!views.isArray())
            why = WorkspaceJson::tr("not a list of views");
        else
            read = audienceViewsFromJson(views.toArray(), &why);
        if (read)
            j.views = std::move(*read);
        else
            r.fail(path + u".views"_s, why);
    }
    return j;
}

MetricPeriod readMetric(Reader &r, const QJsonObject &o, const QString &path)
{
    MetricPeriod m;
    m.id = r.id(o, path, Reader::MetricIds);
    m.periodStart = r.date(o, path, "period_start");
    m.periodEnd = r.date(o, path, "period_end");
    m.customersStart = r.integer(o, path, "customers_start", 0);
    m.customersNew = r.integer(o, path, "customers_new", 0);
    m.customersEnd = r.integer(o, path, "customers_end", 0);
    m.dau = r.integer(o, path, "dau", 0);
    m.mau = r.integer(o, path, "mau", 0);
    // The counts computed from events (issue 22), by name; absent: all typed.
    const QJsonValue computed = o.value(u"computed"_s);
    if (computed.isUndefined() || computed.isNull())
        return m;
    QStringList keys;
    const QJsonArray names = computed.toArray();
    for (const auto &name : names)
        keys << name.toString();
    QString unknown;
    const std::optional<unsigned> bits = computedCountsFromKeys(keys, &unknown);
    if (!computed.isArray() || !bits)
        r.fail(path + u".computed"_s,
               WorkspaceJson::tr("expected a list of count names (customers_start, "
                                 "customers_new, customers_end, dau, mau)"));
    else
        m.computed = *bits;
    return m;
}

// An opportunity; its links are checked against the workspace read so far (every journey
// and persona comes before it).
Opportunity readOpportunity(Reader &r, const QJsonObject &o, const QString &path,
                            const Workspace &w)
{
    Opportunity op;
    op.id = r.id(o, path, Reader::OpportunityIds);
    op.title = r.string(o, path, "title");
    op.description = r.string(o, path, "description");
    op.owner = r.string(o, path, "owner");
    op.status = r.key<OpportunityStatus>(o, path, "status", opportunityStatusFromKey,
                                         OpportunityStatus::Idea);
    auto rating = [&](const char *key, int fallback) {
        const bool wasOk = r.ok();
        const std::optional<qint64> n
            = r.integer(o, path, key, Opportunity::minRating, Opportunity::maxRating);
        if (wasOk && !r.ok())
            r.error = Reader::at(path, key) + u": "_s
                + WorkspaceJson::tr("expected a whole number from 1 to 5");
        return n ? int(*n) : fallback;
    };
    op.customerValue = rating("customer_value", op.customerValue);
    op.businessValue = rating("business_value", op.businessValue);
    op.effort = rating("effort", op.effort);
    op.votes = int(r.integer(o, path, "votes", 0, std::numeric_limits<int>::max()).value_or(0));
    const QJsonArray links = r.array(o, path, "links");
    for (qsizetype i = 0; i < links.size() && r.ok(); ++i) {
        const QString lp = path + u".links[%1]"_s.arg(i);
        const QJsonObject lo = r.object(links[i], lp);
        const QString kind = r.string(lo, lp, "kind");
        OpportunityLink link;
        if (kind == u"stage" || kind == u"cell") {
            link.kind
                = kind == u"stage" ? OpportunityLink::Kind::Stage : OpportunityLink::Kind::Cell;
            link.target = r.reference(lo, lp, "stage");
            if (link.kind == OpportunityLink::Kind::Cell) {
                link.lane = r.reference(lo, lp, "lane");
                // Before steps a cell link named its stage: it is the stage's first step's.
                const LinkPlace place
                    = linkPlace(w, {OpportunityLink::Kind::Stage, link.target, 0});
                const Stage *stage = place.stage;
                const Id step = lo.contains(u"step"_s) ? r.reference(lo, lp, "step")
                    : stage                            ? stage->steps.front().id
                                                       : 0;
                if (r.ok() && stage && stageOfStep(*place.journey, step) != stage) {
                    r.fail(Reader::at(lp, "step"),
                           WorkspaceJson::tr("is no step of stage %1").arg(link.target));
                }
                link.target = step ? step : link.target;
            }
        } else if (kind == u"use_case") {
            link.kind = OpportunityLink::Kind::UseCase;
            link.target = r.reference(lo, lp, "use_case");
        } else if (r.ok()) {
            r.fail(Reader::at(lp, "kind"),
                   WorkspaceJson::tr("expected stage, cell or use_case, not \"%1\"")
                       .arg(MessageText::excerpt(kind)));
        }
        if (r.ok() && !linkResolves(w, link))
            r.fail(lp, WorkspaceJson::tr("links to no stage, cell or use case of this workspace"));
        op.links.push_back(link);
    }
    return op;
}

// A step's cells as JSON, in lane order (stable output).
QJsonArray cellsJson(const Journey &j, const QHash<Id, Cell> &cellsOfStep)
{
    // A stage's own step (see Stage::steps) is named as its stage, as before steps.
    auto arrowKey = [&j](const CellArrow &a) {
        const Stage *stage = stageOfStep(j, a.step);
        return stage && stage->id == a.step ? u"stage"_s : u"step"_s;
    };
    QJsonArray cells;
    for (const Lane &l : j.lanes) { // lane order keeps the output stable
        const auto it = cellsOfStep.constFind(l.id);
        if (it == cellsOfStep.cend())
            continue;
        QJsonObject cell {{u"lane"_s, double(l.id)},
                          {u"text"_s, it->text},
                          {u"emotion"_s, optionalJson(it->emotion)}};
        if (it->failurePoint)
            cell.insert(u"failure_point"_s, true);
        if (!it->wait.isEmpty())
            cell.insert(u"wait"_s, it->wait);
        if (!it->arrows.empty()) {
            QJsonArray arrows;
            for (const CellArrow &a : it->arrows)
                arrows.append(
                    QJsonObject {{arrowKey(a), double(a.step)}, {u"lane"_s, double(a.lane)}});
            cell.insert(u"arrows"_s, arrows);
        }
        if (!it->severities.empty()) {
            QJsonArray severities;
            for (const PainSeverity severity : it->severities)
                severities.append(painSeverityKey(severity));
            cell.insert(u"severities"_s, severities);
        }
        if (!it->curves.isEmpty()) {
            QJsonArray curves;
            for (auto point = it->curves.cbegin(); point != it->curves.cend(); ++point)
                curves.append(QJsonObject {{u"persona"_s, double(point.key())},
                                           {u"emotion"_s, point.value()}});
            cell.insert(u"curves"_s, curves);
        }
        cells.append(cell);
    }
    return cells;
}

} // namespace

QJsonObject WorkspaceJson::journeyToJson(const Journey &j)
{
    QJsonArray lanes;
    for (const Lane &l : j.lanes) {
        QJsonObject lane {{u"id"_s, double(l.id)},
                          {u"name"_s, l.name},
                          {u"kind"_s, laneKindKey(l.kind)},
                          {u"visible"_s, l.visible}};
        if (!l.group.isEmpty()) // blueprint fields only when used: older exports stay as they were
            lane.insert(u"group"_s, l.group);
        lanes.append(lane);
    }
    QJsonArray stages;
    for (const Stage &s : j.stages) {
        QJsonObject stage {{u"id"_s, double(s.id)},
                           {u"name"_s, s.name},
                           {u"description"_s, s.description},
                           {u"color"_s, s.color},
                           {u"duration"_s, optionalJson(s.duration)},
                           {u"duration_unit"_s, durationUnitKey(s.durationUnit)},
                           {u"entering"_s, optionalJson(s.entering)},
                           {u"assessment"_s, assessmentKey(s.assessment)},
                           {u"conversion"_s, s.isConversion},
                           {u"value_delivered"_s, s.isValueDelivered}};
        // A stage of its own one step is written as before steps: its cells.
        if (s.steps.size() == 1 && s.steps.front().id == s.id && s.steps.front().name.isEmpty()) {
            stage.insert(u"cells"_s, cellsJson(j, s.firstCells()));
        } else {
            QJsonArray steps;
            for (const Step &step : s.steps)
                steps.append(QJsonObject {{u"id"_s, double(step.id)},
                                          {u"name"_s, step.name},
                                          {u"cells"_s, cellsJson(j, step.cells)}});
            stage.insert(u"steps"_s, steps);
        }
        stages.append(stage);
    }
    QJsonArray renewal;
    for (auto it = j.renewal.cbegin(); it != j.renewal.cend(); ++it) {
        renewal.append(QJsonObject {{u"question"_s, it.key()},
                                    {u"answer"_s, renewalAnswerKey(it->answer)},
                                    {u"note"_s, it->note}});
    }
    QJsonObject journey {
        {u"id"_s, double(j.id)},
        {u"name"_s, j.name},
        {u"description"_s, j.description},
        {u"persona"_s, j.personaId ? QJsonValue(double(j.personaId)) : QJsonValue::Null},
        {u"lanes"_s, lanes},
        {u"stages"_s, stages},
        {u"renewal"_s, renewal}};
    if (j.compareWith) // only when set: older exports stay as they were
        journey.insert(u"compare_with"_s, double(j.compareWith));
    if (!j.views.empty()) // likewise
        journey.insert(u"views"_s, audienceViewsToJson(j.views));
    return journey;
}

WorkspaceJson::JourneyResult WorkspaceJson::journeyFromJson(const QJsonObject &object,
                                                            const QString &path)
{
    Reader r;
    Journey j = readJourney(r, object, path);
    if (!r.ok())
        return {std::nullopt, r.error};
    return {std::move(j), {}};
}

QByteArray WorkspaceJson::write(const Workspace &w)
{
    QJsonArray personas;
    for (const Persona &p : w.personas)
        personas.append(personaJson(p));
    QJsonArray journeys;
    for (const Journey &j : w.journeys)
        journeys.append(journeyToJson(j));
    QJsonArray metrics;
    for (const MetricPeriod &m : w.metrics)
        metrics.append(metricJson(m));
    QJsonObject root {
        {u"format"_s, u"parcours-workspace"_s},
        {u"version"_s, formatVersion},
        {u"workspace"_s,
         QJsonObject {{u"name"_s, w.info.name},
                      {u"product"_s, w.info.product},
                      {u"retention_type"_s, retentionTypeKey(w.info.retentionType)}}},
        {u"personas"_s, personas},
        {u"journeys"_s, journeys},
        {u"metrics"_s, metrics},
    };
    if (!w.opportunities.empty()) { // only when used: older exports stay as they were
        QJsonArray opportunities;
        for (const Opportunity &o : w.opportunities)
            opportunities.append(opportunityJson(w, o));
        root.insert(u"opportunities"_s, opportunities);
    }
    if (!w.usage.users.empty() || !w.usage.isEmpty())
        root.insert(u"usage"_s, UsageJson::write(w.usage));
    if (!w.comments.empty()) // only when used, as opportunities
        root.insert(u"comments"_s, CommentsJson::write(w.comments));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WorkspaceJson::ReadResult WorkspaceJson::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const auto line = before.count('\n') + 1;
        const auto column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return {std::nullopt,
                WorkspaceJson::tr("line %1, column %2: %3")
                    .arg(line)
                    .arg(column)
                    .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return {std::nullopt,
                WorkspaceJson::tr("not a Parcours workspace: the JSON is not an object")};
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"parcours-workspace")
        return {std::nullopt,
                WorkspaceJson::tr(
                    "not a Parcours workspace: \"format\" is not \"parcours-workspace\"")};
    const QJsonValue versionValue = root.value(u"version"_s);
    const double version = versionValue.toDouble();
    if (!versionValue.isDouble() || version != std::floor(version) || version < 1
        || version > formatVersion)
        return {std::nullopt,
                WorkspaceJson::tr(
                    "JSON format version %1 is not supported (this version reads up to %2)")
                    .arg(versionValue.isDouble() ? QString::number(version)
                                                 : versionValue.toVariant().toString())
                    .arg(formatVersion)};

    Reader r;
    Workspace w;
    const QJsonValue infoValue = root.value(u"workspace"_s);
    const QJsonObject info = infoValue.isUndefined() || infoValue.isNull()
        ? QJsonObject()
        : r.object(infoValue, u"workspace"_s);
    w.info.name = r.string(info, u"workspace"_s, "name");
    w.info.product = r.string(info, u"workspace"_s, "product");
    w.info.retentionType = r.key<RetentionType>(info, u"workspace"_s, "retention_type",
                                                retentionTypeFromKey, RetentionType::Unspecified);
    const QJsonArray personas = r.array(root, {}, "personas");
    for (qsizetype i = 0; i < personas.size() && r.ok(); ++i) {
        const QString path = u"personas[%1]"_s.arg(i);
        w.personas.push_back(readPersona(r, r.object(personas[i], path), path));
    }
    const QJsonArray journeys = r.array(root, {}, "journeys");
    for (qsizetype i = 0; i < journeys.size() && r.ok(); ++i) {
        const QString path = u"journeys[%1]"_s.arg(i);
        Journey j = readJourney(r, r.object(journeys[i], path), path);
        if (r.ok() && j.personaId && !w.persona(j.personaId))
            r.fail(path + u".persona"_s,
                   WorkspaceJson::tr("no persona has the id %1").arg(j.personaId));
        checkCurvePersonas(r, w, j, path);
        w.journeys.push_back(std::move(j));
    }
    for (size_t i = 0; i < w.journeys.size() && r.ok(); ++i) {
        const Journey &j = w.journeys[i];
        if (j.compareWith && (j.compareWith == j.id || !w.journey(j.compareWith)))
            r.fail(u"journeys[%1].compare_with"_s.arg(i),
                   WorkspaceJson::tr("no other journey has the id %1").arg(j.compareWith));
    }
    const QJsonArray metrics = r.array(root, {}, "metrics");
    for (qsizetype i = 0; i < metrics.size() && r.ok(); ++i) {
        const QString path = u"metrics[%1]"_s.arg(i);
        w.metrics.push_back(readMetric(r, r.object(metrics[i], path), path));
    }
    const QJsonArray opportunities = r.array(root, {}, "opportunities");
    for (qsizetype i = 0; i < opportunities.size() && r.ok(); ++i) {
        const QString path = u"opportunities[%1]"_s.arg(i);
        Opportunity o = readOpportunity(r, r.object(opportunities[i], path), path, w);
        w.opportunities.push_back(std::move(o));
    }
    const QJsonValue usage = root.value(u"usage"_s);
    if (r.ok() && usage.isObject()) {
        QString error;
        if (!UsageJson::read(usage.toObject(), &w.usage, &error))
            r.error = error;
    }
    if (r.ok()) {
        QString error;
        if (!CommentsJson::read(root.value(u"comments"_s), &w.comments, &error))
            r.error = error;
    }
    if (!r.ok())
        return {std::nullopt, r.error};
    return {std::move(w), {}};
}

} // namespace Parcours
