#include "store/storewriter.h"

#include "document/entitykinds.h"
#include "domain/painseverity.h"
#include "store/usagerows.h"

#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

StoreWriter::StoreWriter(const QSqlDatabase &db)
    : mDb(db)
{ }

QSqlQuery &StoreWriter::query(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = mQueries[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(mDb);
        q->prepare(sql);
    }
    return *q;
}

bool StoreWriter::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    mSqlError = q.lastError();
    mError = mSqlError.text();
    return false;
}

bool StoreWriter::apply(const Workspace &workspace, const PendingWrite &write)
{
    if (write.scope == PendingWrite::Order)
        return writeOrder(workspace, write.ref);
    if (write.scope == PendingWrite::Usage)
        return UsageRows::write(mDb, workspace.usage, &mError);
    return writeRow(workspace, write.ref, write.scope == PendingWrite::Subtree);
}

namespace {

int rowsOf(const Persona &p)
{
    return 1 + int(p.useCases.size());
}

int rowsOf(const Journey &j)
{
    int rows = 1 + int(j.lanes.size()) + int(j.renewal.size());
    for (const Stage &s : j.stages) {
        rows += 1;
        for (const Step &step : s.steps)
            rows += int(step.cells.size());
    }
    return rows;
}

} // namespace

int StoreWriter::rowCount(const Workspace &w)
{
    int rows = 1 + int(w.metrics.size() + w.opportunities.size() + w.comments.size());
    for (const CommentThread &t : w.comments)
        rows += int(t.comments.size());
    for (const Persona &p : w.personas)
        rows += rowsOf(p);
    for (const Journey &j : w.journeys)
        rows += rowsOf(j);
    return rows;
}

bool StoreWriter::writeAll(const Workspace &w, const Progress &progress)
{
    mCancelled = false;
    mWritingAll = true;
    const auto notAfter = qScopeGuard([this] { mWritingAll = false; });
    const int total = progress ? rowCount(w) : 0;
    int done = 0;
    auto advance = [&](int rows) {
        done += rows;
        if (progress && !progress(done, total))
            mCancelled = true;
        return !mCancelled;
    };
    if (!writeInfo(w.info) || !advance(1))
        return false;
    for (size_t i = 0; i < w.personas.size(); ++i) {
        if (!writePersona(w.personas[i], int(i), true) || !advance(rowsOf(w.personas[i])))
            return false;
    }
    for (size_t i = 0; i < w.journeys.size(); ++i) {
        if (!writeJourney(w.journeys[i], int(i), true) || !advance(rowsOf(w.journeys[i])))
            return false;
    }
    for (size_t i = 0; i < w.metrics.size(); ++i) {
        if (!writeMetric(w.metrics[i], int(i)) || !advance(1))
            return false;
    }
    for (size_t i = 0; i < w.opportunities.size(); ++i) {
        if (!writeOpportunity(w.opportunities[i], int(i)) || !advance(1))
            return false;
    }
    for (size_t i = 0; i < w.comments.size(); ++i) {
        if (!writeCommentThread(w.comments[i], int(i), true)
            || !advance(1 + int(w.comments[i].comments.size())))
            return false;
    }
    if (!w.usage.users.empty() || !w.usage.isEmpty())
        return UsageRows::write(mDb, w.usage, &mError);
    return true;
}

bool StoreWriter::writeRow(const Workspace &w, const EntityRef &ref, bool subtree)
{
    // An ordered entity's row holds its position among its siblings.
    int pos = -1;
    if (traitsOf(ref.kind).ordered) {
        withSiblings(w, ref.kind, ref.parent,
                     [&pos, &ref](const auto &items) { pos = indexOfId(items, ref.id); });
        if (pos < 0)
            return deleteRow(ref.kind, ref.id);
    }
    const auto at = size_t(pos);
    switch (ref.kind) {
    case EntityKind::Workspace: return writeInfo(w.info);
    case EntityKind::Persona: return writePersona(w.personas[at], pos, subtree);
    case EntityKind::UseCase:
        return writeUseCase(ref.parent, w.persona(ref.parent)->useCases[at], pos);
    case EntityKind::Journey: return writeJourney(w.journeys[at], pos, subtree);
    case EntityKind::Stage:
        return writeStage(ref.parent, w.journey(ref.parent)->stages[at], pos, subtree);
    case EntityKind::Lane: {
        const Journey *j = w.journey(ref.parent);
        const Lane &l = j->lanes[at];
        if (!writeLane(j->id, l, pos))
            return false;
        if (!subtree)
            return true;
        for (const Stage &s : j->stages) { // a restored lane brings its cells back
            for (const Step &step : s.steps) {
                const auto cell = step.cells.constFind(l.id);
                if (cell != step.cells.cend() && !writeCell(step.id, l.id, &*cell))
                    return false;
            }
        }
        return true;
    }
    case EntityKind::Cell: {
        const Journey *j = w.journey(ref.parent);
        const Step *s = j ? findStep(*j, ref.id) : nullptr;
        const auto it = s ? s->cells.constFind(ref.secondary) : QHash<Id, Cell>::const_iterator();
        const bool present = s && it != s->cells.cend();
        return writeCell(ref.id, ref.secondary, present ? &*it : nullptr);
    }
    case EntityKind::MetricPeriod: return writeMetric(w.metrics[at], pos);
    case EntityKind::Opportunity: return writeOpportunity(w.opportunities[at], pos);
    case EntityKind::CommentThread: return writeCommentThread(w.comments[at], pos, subtree);
    case EntityKind::Comment:
        return writeComment(ref.parent, w.commentThread(ref.parent)->comments[at], pos);
    case EntityKind::Renewal: {
        const Journey *j = w.journey(ref.parent);
        const auto it
            = j ? j->renewal.constFind(int(ref.id)) : QMap<int, RenewalAnswer>::const_iterator();
        return writeRenewal(ref.parent, int(ref.id), j && it != j->renewal.cend() ? &*it : nullptr);
    }
    }
    return false;
}

bool StoreWriter::writeOrder(const Workspace &w, const EntityRef &ref)
{
    bool written = true;
    withSiblings(w, ref.kind, ref.parent, [this, &written, &ref](const auto &items) {
        for (size_t i = 0; i < items.size() && written; ++i)
            written = setPosition(ref.kind, items[i].id, int(i));
    });
    return written;
}

bool StoreWriter::writeInfo(const WorkspaceInfo &info)
{
    QSqlQuery &q = query(u"INSERT INTO workspace_info (key, value) VALUES (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    const std::pair<QString, QString> rows[] = {
        {u"name"_s, info.name},
        {u"product"_s, info.product},
        {u"retention_type"_s, retentionTypeKey(info.retentionType)},
    };
    for (const auto &[key, value] : rows) {
        q.addBindValue(text(key));
        q.addBindValue(text(value));
        if (!exec(q))
            return false;
    }
    return true;
}

bool StoreWriter::writePersona(const Persona &p, int position, bool subtree)
{
    QSqlQuery &q = query(
        u"INSERT INTO persona (id, position, name, description, color, weight, cadence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
        " name = excluded.name, description = excluded.description, color = excluded.color,"
        " weight = excluded.weight, cadence = excluded.cadence"_s);
    q.addBindValue(p.id);
    q.addBindValue(position);
    q.addBindValue(text(p.name));
    q.addBindValue(text(p.description));
    q.addBindValue(text(p.color));
    q.addBindValue(orNull(p.weight));
    q.addBindValue(cadenceKey(p.cadence));
    if (!exec(q))
        return false;
    if (subtree) {
        for (size_t i = 0; i < p.useCases.size(); ++i) {
            if (!writeUseCase(p.id, p.useCases[i], int(i)))
                return false;
        }
    }
    return true;
}

bool StoreWriter::writeUseCase(Id persona, const UseCase &u, int position)
{
    QSqlQuery &q = query(
        u"INSERT INTO use_case (id, persona_id, position, problem, use_case, why_better,"
        " alternative, freq_times, freq_interval, freq_period, weight, status, notes, events)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " persona_id = excluded.persona_id, position = excluded.position,"
        " problem = excluded.problem, use_case = excluded.use_case,"
        " why_better = excluded.why_better, alternative = excluded.alternative,"
        " freq_times = excluded.freq_times, freq_interval = excluded.freq_interval,"
        " freq_period = excluded.freq_period, weight = excluded.weight,"
        " status = excluded.status, notes = excluded.notes, events = excluded.events"_s);
    const bool hasFrequency = u.frequency.isValid();
    q.addBindValue(u.id);
    q.addBindValue(persona);
    q.addBindValue(position);
    q.addBindValue(text(u.problem));
    q.addBindValue(text(u.useCase));
    q.addBindValue(text(u.whyBetter));
    q.addBindValue(text(u.alternative));
    q.addBindValue(hasFrequency ? QVariant(u.frequency.times()) : QVariant());
    q.addBindValue(hasFrequency ? QVariant(u.frequency.interval()) : QVariant());
    q.addBindValue(hasFrequency ? QVariant(periodKey(u.frequency.period())) : QVariant());
    q.addBindValue(orNull(u.weight));
    q.addBindValue(statusKey(u.status));
    q.addBindValue(text(u.notes));
    q.addBindValue(text(u.events.join(u'\n')));
    return exec(q);
}

bool StoreWriter::writeJourney(const Journey &j, int position, bool subtree)
{
    QSqlQuery &q = query(u"INSERT INTO journey (id, position, name, description, persona_id,"
                         " compare_with, audience_views) VALUES (?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                         " name = excluded.name, description = excluded.description,"
                         " persona_id = excluded.persona_id, compare_with = excluded.compare_with,"
                         " audience_views = excluded.audience_views"_s);
    q.addBindValue(j.id);
    q.addBindValue(position);
    q.addBindValue(text(j.name));
    q.addBindValue(text(j.description));
    q.addBindValue(idOrNull(j.personaId));
    q.addBindValue(j.compareWith);
    q.addBindValue(text(audienceViewsKey(j.views)));
    if (!exec(q))
        return false;
    if (!subtree)
        return true;
    // Lanes before stages: cells reference both.
    for (size_t i = 0; i < j.lanes.size(); ++i) {
        if (!writeLane(j.id, j.lanes[i], int(i)))
            return false;
    }
    for (size_t i = 0; i < j.stages.size(); ++i) {
        if (!writeStage(j.id, j.stages[i], int(i), true))
            return false;
    }
    for (auto it = j.renewal.cbegin(); it != j.renewal.cend(); ++it) {
        if (!writeRenewal(j.id, it.key(), &it.value()))
            return false;
    }
    return true;
}

bool StoreWriter::writeStage(Id journey, const Stage &s, int position, bool subtree)
{
    QSqlQuery &q = query(
        u"INSERT INTO stage (id, journey_id, position, name, description, color, duration,"
        " duration_unit, entering, assessment, is_conversion, is_value_delivered)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " journey_id = excluded.journey_id, position = excluded.position, name = excluded.name,"
        " description = excluded.description, color = excluded.color,"
        " duration = excluded.duration, duration_unit = excluded.duration_unit,"
        " entering = excluded.entering, assessment = excluded.assessment,"
        " is_conversion = excluded.is_conversion,"
        " is_value_delivered = excluded.is_value_delivered"_s);
    q.addBindValue(s.id);
    q.addBindValue(journey);
    q.addBindValue(position);
    q.addBindValue(text(s.name));
    q.addBindValue(text(s.description));
    q.addBindValue(text(s.color));
    q.addBindValue(orNull(s.duration));
    q.addBindValue(durationUnitKey(s.durationUnit));
    q.addBindValue(orNull(s.entering));
    q.addBindValue(assessmentKey(s.assessment));
    q.addBindValue(int(s.isConversion));
    q.addBindValue(int(s.isValueDelivered));
    if (!exec(q) || !writeSteps(s))
        return false;
    if (subtree) {
        // A stage put back changed (steps split, merged or moved) brings all of its cells.
        QSqlQuery &clear = query(
            u"DELETE FROM cell WHERE step_id IN (SELECT id FROM step WHERE stage_id = ?)"_s);
        clear.addBindValue(s.id);
        if (!exec(clear))
            return false;
        QSqlQuery &clearCurves = query(u"DELETE FROM curve_point WHERE step_id IN"
                                       " (SELECT id FROM step WHERE stage_id = ?)"_s);
        clearCurves.addBindValue(s.id);
        if (!exec(clearCurves))
            return false;
        for (const Step &step : s.steps) {
            for (auto it = step.cells.cbegin(); it != step.cells.cend(); ++it) {
                if (!writeCell(step.id, it.key(), &it.value()))
                    return false;
            }
        }
    }
    return true;
}

bool StoreWriter::writeSteps(const Stage &s)
{
    // The stage's row carries its steps: names and order, and the steps merged away go with
    // their cells.
    QStringList kept;
    for (size_t i = 0; i < s.steps.size(); ++i) {
        const Step &step = s.steps[i];
        QSqlQuery &q = query(u"INSERT INTO step (id, stage_id, position, name) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET stage_id = excluded.stage_id,"
                             " position = excluded.position, name = excluded.name"_s);
        q.addBindValue(step.id);
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(text(step.name));
        if (!exec(q))
            return false;
        kept << QString::number(step.id);
    }
    // Not kept prepared: its text differs with every set of steps.
    QSqlQuery gone(mDb);
    gone.prepare(u"DELETE FROM step WHERE stage_id = ? AND id NOT IN (%1)"_s.arg(kept.join(u',')));
    gone.addBindValue(s.id);
    return exec(gone);
}

bool StoreWriter::writeLane(Id journey, const Lane &l, int position)
{
    QSqlQuery &q
        = query(u"INSERT INTO lane (id, journey_id, position, name, kind, visible, lane_group)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET journey_id = excluded.journey_id,"
                " position = excluded.position, name = excluded.name, kind = excluded.kind,"
                " visible = excluded.visible, lane_group = excluded.lane_group"_s);
    q.addBindValue(l.id);
    q.addBindValue(journey);
    q.addBindValue(position);
    q.addBindValue(text(l.name));
    q.addBindValue(laneKindKey(l.kind));
    q.addBindValue(int(l.visible));
    q.addBindValue(text(l.group));
    return exec(q);
}

bool StoreWriter::writeCell(Id step, Id lane, const Cell *cell)
{
    // A cell's curve points go and come with it (a new file has none to remove).
    if (!mWritingAll) {
        QSqlQuery &q = query(u"DELETE FROM curve_point WHERE step_id = ? AND lane_id = ?"_s);
        q.addBindValue(step);
        q.addBindValue(lane);
        if (!exec(q))
            return false;
    }
    if (!cell || cell->isEmpty()) {
        QSqlQuery &q = query(u"DELETE FROM cell WHERE step_id = ? AND lane_id = ?"_s);
        q.addBindValue(step);
        q.addBindValue(lane);
        return exec(q);
    }
    for (auto it = cell->curves.cbegin(); it != cell->curves.cend(); ++it) {
        QSqlQuery &q = query(u"INSERT INTO curve_point (step_id, lane_id, persona_id, emotion)"
                             " VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(step);
        q.addBindValue(lane);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!exec(q))
            return false;
    }
    QSqlQuery &q = query(
        u"INSERT INTO cell (step_id, lane_id, text, emotion, failure_point, wait_note, arrows,"
        " severities) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (step_id, lane_id) DO UPDATE SET text = excluded.text,"
        " emotion = excluded.emotion, failure_point = excluded.failure_point,"
        " wait_note = excluded.wait_note, arrows = excluded.arrows,"
        " severities = excluded.severities"_s);
    q.addBindValue(step);
    q.addBindValue(lane);
    q.addBindValue(text(cell->text));
    q.addBindValue(orNull(cell->emotion));
    q.addBindValue(int(cell->failurePoint));
    q.addBindValue(text(cell->wait));
    q.addBindValue(text(cellArrowsKey(cell->arrows)));
    q.addBindValue(text(painSeveritiesKey(cell->severities)));
    return exec(q);
}

bool StoreWriter::writeRenewal(Id journey, int question, const RenewalAnswer *answer)
{
    if (!answer || *answer == RenewalAnswer()) {
        QSqlQuery &q = query(u"DELETE FROM renewal_answer WHERE journey_id = ? AND question = ?"_s);
        q.addBindValue(journey);
        q.addBindValue(question);
        return exec(q);
    }
    QSqlQuery &q = query(
        u"INSERT INTO renewal_answer (journey_id, question, answer, note) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (journey_id, question) DO UPDATE SET answer = excluded.answer,"
        " note = excluded.note"_s);
    q.addBindValue(journey);
    q.addBindValue(question);
    q.addBindValue(renewalAnswerKey(answer->answer));
    q.addBindValue(text(answer->note));
    return exec(q);
}

bool StoreWriter::writeMetric(const MetricPeriod &m, int position)
{
    QSqlQuery &q = query(
        u"INSERT INTO metric_period (id, position, period_start, period_end, customers_start,"
        " customers_new, customers_end, dau, mau, computed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
        " period_start = excluded.period_start, period_end = excluded.period_end,"
        " customers_start = excluded.customers_start, customers_new = excluded.customers_new,"
        " customers_end = excluded.customers_end, dau = excluded.dau, mau = excluded.mau,"
        " computed = excluded.computed"_s);
    q.addBindValue(m.id);
    q.addBindValue(position);
    q.addBindValue(m.periodStart.toString(Qt::ISODate));
    q.addBindValue(m.periodEnd.toString(Qt::ISODate));
    q.addBindValue(orNull(m.customersStart));
    q.addBindValue(orNull(m.customersNew));
    q.addBindValue(orNull(m.customersEnd));
    q.addBindValue(orNull(m.dau));
    q.addBindValue(orNull(m.mau));
    q.addBindValue(int(m.computed));
    return exec(q);
}

bool StoreWriter::writeOpportunity(const Opportunity &o, int position)
{
    QSqlQuery &q = query(
        u"INSERT INTO opportunity (id, position, title, description, owner, status,"
        " customer_value, business_value, effort, votes, links)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,"
        " description = excluded.description, owner = excluded.owner, status = excluded.status,"
        " customer_value = excluded.customer_value, business_value = excluded.business_value,"
        " effort = excluded.effort, votes = excluded.votes, links = excluded.links"_s);
    q.addBindValue(o.id);
    q.addBindValue(position);
    q.addBindValue(text(o.title));
    q.addBindValue(text(o.description));
    q.addBindValue(text(o.owner));
    q.addBindValue(opportunityStatusKey(o.status));
    q.addBindValue(o.customerValue);
    q.addBindValue(o.businessValue);
    q.addBindValue(o.effort);
    q.addBindValue(o.votes);
    q.addBindValue(text(opportunityLinksKey(o.links)));
    return exec(q);
}

bool StoreWriter::writeCommentThread(const CommentThread &t, int position, bool subtree)
{
    QSqlQuery &q = query(u"INSERT INTO comment_thread (id, position, target, resolved)"
                         " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                         " position = excluded.position, target = excluded.target,"
                         " resolved = excluded.resolved"_s);
    q.addBindValue(t.id);
    q.addBindValue(position);
    q.addBindValue(commentTargetKey(t.target));
    q.addBindValue(int(t.resolved));
    if (!exec(q))
        return false;
    if (!subtree)
        return true;
    if (!mWritingAll) { // a thread put back brings exactly its comments
        QSqlQuery &clear = query(u"DELETE FROM comment WHERE thread_id = ?"_s);
        clear.addBindValue(t.id);
        if (!exec(clear))
            return false;
    }
    for (size_t i = 0; i < t.comments.size(); ++i) {
        if (!writeComment(t.id, t.comments[i], int(i)))
            return false;
    }
    return true;
}

bool StoreWriter::writeComment(Id thread, const Comment &c, int position)
{
    QSqlQuery &q = query(u"INSERT INTO comment (id, thread_id, position, author, created_at, text)"
                         " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                         " thread_id = excluded.thread_id, position = excluded.position,"
                         " author = excluded.author, created_at = excluded.created_at,"
                         " text = excluded.text"_s);
    q.addBindValue(c.id);
    q.addBindValue(thread);
    q.addBindValue(position);
    q.addBindValue(text(c.author));
    q.addBindValue(commentTimeText(c.time));
    q.addBindValue(text(c.text));
    return exec(q);
}

bool StoreWriter::deleteRow(EntityKind kind, Id id)
{
    QSqlQuery &q = query(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableOf(kind)));
    q.addBindValue(id);
    return exec(q);
}

bool StoreWriter::setPosition(EntityKind kind, Id id, int position)
{
    QSqlQuery &q = query(u"UPDATE %1 SET position = ? WHERE id = ?"_s.arg(tableOf(kind)));
    q.addBindValue(position);
    q.addBindValue(id);
    return exec(q);
}

} // namespace Parcours
