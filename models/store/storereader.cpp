#include "store/storereader.h"
#include "domain/opportunitylinkplace.h"

#include "document/entitykinds.h"
#include "domain/painseverity.h"
#include "store/migrations.h"
#include "store/opportunitylinkrows.h"
#include "store/usagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <deque>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

template<typename T>
std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

// The columns schema 4 added (service blueprints), or their defaults where a schema 3 store is
// read as it is (a shared workspace read without upgrading it). A catalogue lookup: a failed
// statement would end a PostgreSQL read transaction.
QString blueprintColumns(const QSqlRecord &record, const QString &columns, const QString &defaults)
{
    return record.contains(columns.section(u',', 0, 0).trimmed()) ? columns : defaults;
}
QString blueprintColumns(const QSqlDatabase &db, const QString &table, const QString &columns,
                         const QString &defaults)
{
    return blueprintColumns(db.record(table), columns, defaults);
}

// A use case's frequency from its freq_times, freq_interval and freq_period columns (none when
// the period is null); false for an unknown period.
bool readFrequency(const QSqlQuery &q, int timesColumn, UsageFrequency *frequency)
{
    const QVariant period = q.value(timesColumn + 2);
    if (period.isNull())
        return true;
    const auto known = periodFromKey(period.toString());
    if (!known)
        return false;
    *frequency = UsageFrequency(q.value(timesColumn).toDouble(),
                                q.value(timesColumn + 1).toDouble(), *known);
    return true;
}

} // namespace

bool StoreReader::fail(const QString &message)
{
    mError = message;
    return false;
}

bool StoreReader::read(Workspace &w)
{
    return readInfo(w) && readPersonas(w) && readUseCases(w) && readJourneys(w) && readLanes(w)
        && readStages(w) && readSteps(w) && readCells(w) && readRenewal(w) && readMetrics(w)
        && readOpportunities(w) && readCommentThreads(w) && readComments(w) && readUsage(w);
}

bool StoreReader::readUsage(Workspace &w)
{
    // Only a whole read holds the usage (a restricted one reads some entities' rows).
    if (mRestriction)
        return true;
    QString error;
    if (!UsageRows::read(mDb, &w.usage, &error))
        return fail(tr("the observed usage is unreadable: %1").arg(error));
    return true;
}

bool StoreReader::readOutline(Workspace &w)
{
    return readInfo(w) && readPersonas(w) && readUseCaseOutline(w) && readJourneys(w)
        && readStageOutline(w);
}

void StoreReader::restrictTo(const EntityRef &ref, bool subtree)
{
    mRestriction = std::make_pair(ref, subtree);
}

StoreReader::Filter StoreReader::filterFor(const QString &table, const EntityRef &ref, bool subtree)
{
    Filter skip {true, {}, {}};
    auto where = [](const QString &clause, QVariantList binds) {
        return Filter {false, clause, std::move(binds)};
    };
    const std::optional<EntityKind> rows = kindOfTable(table);
    if (!rows)
        return skip;
    const EntityKindTraits &traits = traitsOf(ref.kind);
    if (*rows == ref.kind) { // its own row
        switch (traits.key) {
        case RowKey::Settings: return {};
        case RowKey::OwnId: return where(u"id = ?"_s, {ref.id});
        case RowKey::StepAndLane:
            return where(u"step_id = ? AND lane_id = ?"_s, {ref.id, ref.secondary});
        case RowKey::JourneyAndQuestion:
            return where(u"journey_id = ? AND question = ?"_s, {ref.parent, ref.id});
        }
    }
    // Stand-ins for its ancestors: its parent's row, and a cell's stage's (with its steps).
    if (traits.parent != EntityKind::Workspace && *rows == traits.parent)
        return where(u"id = ?"_s, {ref.parent});
    if (ref.kind == EntityKind::Cell && *rows == EntityKind::Stage)
        return where(u"id IN (SELECT stage_id FROM step WHERE id = ?)"_s, {ref.id});
    if (!subtree)
        return skip;
    // The rows it owns. Cells are keyed by step and lane, not by an owner's id.
    const QString stepsOfJourney = u"step_id IN (SELECT step.id FROM step JOIN stage ON"
                                   " stage.id = step.stage_id WHERE stage.journey_id = ?)"_s;
    if (*rows == EntityKind::Cell) {
        switch (ref.kind) {
        case EntityKind::Journey: return where(stepsOfJourney, {ref.id});
        case EntityKind::Stage:
            return where(u"step_id IN (SELECT id FROM step WHERE stage_id = ?)"_s, {ref.id});
        case EntityKind::Lane:
            return where(u"lane_id = ? AND "_s + stepsOfJourney, {ref.id, ref.parent});
        default: return skip;
        }
    }
    if (ref.kind == EntityKind::Lane && *rows == EntityKind::Stage) // the cells' stage index
        return where(u"journey_id = ?"_s, {ref.parent});
    if ((traits.owns & kindBit(*rows)) && traitsOf(*rows).parent == ref.kind)
        return where(parentColumnOf(*rows) + u" = ?"_s, {ref.id});
    return skip;
}

StoreReader::Filter StoreReader::filter(const QString &table) const
{
    return mRestriction ? filterFor(table, mRestriction->first, mRestriction->second) : Filter {};
}

StoreReader::Selected StoreReader::select(QSqlQuery &query, EntityKind kind, const QString &sql)
{
    query.setForwardOnly(true);
    const Filter f = filter(tableOf(kind));
    if (f.skip)
        return Selected::Skipped;
    QString filtered = sql;
    if (!f.where.isEmpty()) {
        const qsizetype orderBy = filtered.indexOf(u" ORDER BY "_s);
        filtered.insert(orderBy < 0 ? filtered.size() : orderBy, u" WHERE "_s + inlined(f));
    }
    if (query.exec(filtered))
        return Selected::Rows;
    fail(tr("cannot read the workspace: %1").arg(query.lastError().text()));
    return Selected::Failed;
}

QString StoreReader::inlined(const Filter &filter)
{
    // Only ids and question numbers: integers, so written in directly (no prepare round trip).
    QString where;
    qsizetype bind = 0;
    for (const QChar c : filter.where) {
        if (c == u'?' && bind < filter.binds.size())
            where += QString::number(filter.binds.at(bind++).toLongLong());
        else
            where += c;
    }
    return where;
}

bool StoreReader::readInfo(Workspace &w)
{
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::Workspace, u"SELECT key, value FROM workspace_info"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"name")
            w.info.name = value;
        else if (key == u"product")
            w.info.product = value;
        else if (key == u"retention_type")
            w.info.retentionType = retentionTypeFromKey(value).value_or(RetentionType::Unspecified);
    }
    return true;
}

bool StoreReader::readPersonas(Workspace &w)
{
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::Persona,
                 u"SELECT id, name, description, color, weight, cadence FROM persona"
                 " ORDER BY position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Persona p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.description = q.value(2).toString();
        p.color = q.value(3).toString();
        p.weight = optionalValue<double>(q.value(4));
        p.cadence = cadenceFromKey(q.value(5).toString());
        w.personas.push_back(std::move(p));
    }
    return true;
}

bool StoreReader::readUseCases(Workspace &w)
{
    QHash<Id, size_t> personaIndex;
    for (size_t i = 0; i < w.personas.size(); ++i)
        personaIndex.insert(w.personas[i].id, i);

    // A store of schema 6 read as it is (a shared workspace not upgraded) has no events.
    const QString events = blueprintColumns(mDb, u"use_case"_s, u"events"_s, u"''"_s);
    // The rows in the table's own order, then sorted here by what the ORDER BY named (persona,
    // position, id): SQLite walking the persona index to each row was a sixth of `parcours
    // check` at L, and each persona's list grown row by row another 3 % (docs/PERFORMANCE.md).
    // The rows are checked in that order too, so the first bad row named is the same.
    struct Row
    {
        Id persona;
        qint64 position;
        Id id;
        size_t read; // its index in `read`
    };
    std::vector<Row> rows;
    std::deque<UseCase> read; // not moved as it grows, unlike a vector
    std::vector<QString> errors; // a row's reason to fail the read, or empty
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::UseCase,
                 u"SELECT id, persona_id, problem, use_case, why_better, alternative,"
                 " freq_times, freq_interval, freq_period, weight, status, notes, "_s
                     + events + u", position FROM use_case"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        UseCase u;
        u.id = q.value(0).toLongLong();
        QString error;
        if (!personaIndex.contains(q.value(1).toLongLong()))
            error = tr("use case %1 belongs to no persona").arg(u.id);
        u.problem = q.value(2).toString();
        u.useCase = q.value(3).toString();
        u.whyBetter = q.value(4).toString();
        u.alternative = q.value(5).toString();
        if (!readFrequency(q, 6, &u.frequency) && error.isEmpty())
            error = tr("use case %1 has an unknown frequency period \"%2\"")
                        .arg(u.id)
                        .arg(q.value(8).toString());
        u.weight = optionalValue<double>(q.value(9));
        u.status = statusFromKey(q.value(10).toString()).value_or(UseCaseStatus::Current);
        u.notes = q.value(11).toString();
        const QString eventNames = q.value(12).toString();
        if (!eventNames.isEmpty())
            u.events = eventNames.split(u'\n');
        rows.push_back({q.value(1).toLongLong(), q.value(13).toLongLong(), u.id, read.size()});
        read.push_back(std::move(u));
        errors.push_back(std::move(error));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.persona, a.position, a.id) < std::tie(b.persona, b.position, b.id);
    });
    for (const Row &row : rows) {
        if (!errors[row.read].isEmpty())
            return fail(errors[row.read]);
    }
    // Each persona's list at its size once.
    std::vector<size_t> counts(w.personas.size());
    for (const Row &row : rows)
        ++counts[personaIndex.value(row.persona)];
    for (size_t i = 0; i < counts.size(); ++i)
        w.personas[i].useCases.reserve(w.personas[i].useCases.size() + counts[i]);
    for (const Row &row : rows)
        w.personas[personaIndex.value(row.persona)].useCases.push_back(std::move(read[row.read]));
    return true;
}

bool StoreReader::readUseCaseOutline(Workspace &w)
{
    QHash<Id, size_t> personaIndex;
    for (size_t i = 0; i < w.personas.size(); ++i)
        personaIndex.insert(w.personas[i].id, i);

    // The rows in the table's own order, sorted here as readUseCases() has SQLite sort them:
    // SQLite's ORDER BY (through the persona index, or its sorter) took half the time of
    // `parcours info` at L (docs/PERFORMANCE.md, "Start-up").
    struct Row
    {
        size_t persona;
        qint64 position;
        Id id;
        UsageFrequency frequency;
        std::optional<double> weight;
        UseCaseStatus status;
    };
    std::vector<Row> rows;
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::UseCase,
                                  u"SELECT id, persona_id, position,"
                                  " freq_times, freq_interval, freq_period, weight, status"
                                  " FROM use_case"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        const auto persona = personaIndex.constFind(q.value(1).toLongLong());
        if (persona == personaIndex.cend())
            return fail(tr("use case %1 belongs to no persona").arg(id));
        UsageFrequency frequency;
        if (!readFrequency(q, 3, &frequency))
            return fail(tr("use case %1 has an unknown frequency period \"%2\"")
                            .arg(id)
                            .arg(q.value(5).toString()));
        rows.push_back({*persona, q.value(2).toLongLong(), id, frequency,
                        optionalValue<double>(q.value(6)),
                        statusFromKey(q.value(7).toString()).value_or(UseCaseStatus::Current)});
    }
    // Each row goes to its own persona: what counts is the order within one, position then id.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.persona, a.position, a.id) < std::tie(b.persona, b.position, b.id);
    });
    // Each persona's list at its size once: growing them row by row moved and re-faulted 20,000
    // use cases at L (docs/PERFORMANCE.md, "Start-up").
    std::vector<size_t> counts(w.personas.size());
    for (const Row &row : rows)
        ++counts[row.persona];
    for (size_t i = 0; i < counts.size(); ++i)
        w.personas[i].useCases.reserve(counts[i]);
    for (const Row &row : rows) {
        UseCase u;
        u.id = row.id;
        u.frequency = row.frequency;
        u.weight = row.weight;
        u.status = row.status;
        w.personas[row.persona].useCases.push_back(std::move(u));
    }
    return true;
}

bool StoreReader::readJourneys(Workspace &w)
{
    // A store of schema 8 or older read as it is (a shared workspace not upgraded) has no link.
    const QString compareWith = blueprintColumns(mDb, u"journey"_s, u"compare_with"_s, u"0"_s);
    // Nor, before schema 12, audience views.
    const QString views = blueprintColumns(mDb, u"journey"_s, u"audience_views"_s, u"''"_s);
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::Journey,
                                  u"SELECT id, name, description, persona_id, %1, %2 FROM journey"
                                  " ORDER BY position, id"_s.arg(compareWith, views));
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Journey j;
        j.id = q.value(0).toLongLong();
        j.name = q.value(1).toString();
        j.description = q.value(2).toString();
        j.personaId = q.value(3).toLongLong();
        j.compareWith = q.value(4).toLongLong();
        QString why;
        auto audienceViews = audienceViewsFromKey(q.value(5).toString(), &why);
        if (!audienceViews)
            return fail(tr("journey %1's audience views are unreadable: %2").arg(j.id).arg(why));
        j.views = std::move(*audienceViews);
        w.journeys.push_back(std::move(j));
    }
    return true;
}

bool StoreReader::readLanes(Workspace &w)
{
    QHash<Id, size_t> journeyIndex;
    for (size_t i = 0; i < w.journeys.size(); ++i)
        journeyIndex.insert(w.journeys[i].id, i);
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::Lane,
                                  u"SELECT id, journey_id, name, kind, visible, %1 FROM lane"
                                  " ORDER BY journey_id, position, id"_s.arg(
                                      blueprintColumns(mDb, u"lane"_s, u"lane_group"_s, u"''"_s)));
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Lane l;
        l.id = q.value(0).toLongLong();
        const auto journey = journeyIndex.constFind(q.value(1).toLongLong());
        if (journey == journeyIndex.cend())
            return fail(tr("lane %1 belongs to no journey").arg(l.id));
        l.name = q.value(2).toString();
        l.kind = laneKindFromKey(q.value(3).toString()).value_or(LaneKind::Text);
        l.visible = q.value(4).toBool();
        l.group = q.value(5).toString();
        w.journeys[*journey].lanes.push_back(std::move(l));
    }
    return true;
}

bool StoreReader::readStages(Workspace &w)
{
    QHash<Id, int> journeyIndex;
    for (size_t i = 0; i < w.journeys.size(); ++i)
        journeyIndex.insert(w.journeys[i].id, int(i));
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::Stage,
                 u"SELECT id, journey_id, name, description, color, duration, duration_unit,"
                 " entering, assessment, is_conversion, is_value_delivered FROM stage"
                 " ORDER BY journey_id, position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Stage s;
        s.id = q.value(0).toLongLong();
        const auto journey = journeyIndex.constFind(q.value(1).toLongLong());
        if (journey == journeyIndex.cend())
            return fail(tr("stage %1 belongs to no journey").arg(s.id));
        s.name = q.value(2).toString();
        s.description = q.value(3).toString();
        s.color = q.value(4).toString();
        s.duration = optionalValue<double>(q.value(5));
        s.durationUnit = durationUnitFromKey(q.value(6).toString()).value_or(DurationUnit::Days);
        s.entering = optionalValue<qint64>(q.value(7));
        s.assessment = assessmentFromKey(q.value(8).toString()).value_or(Assessment::None);
        s.isConversion = q.value(9).toBool();
        s.isValueDelivered = q.value(10).toBool();
        s.withOneStep(); // its steps, when read, replace this one
        auto &stages = w.journeys[size_t(*journey)].stages;
        mStageIndex.insert(s.id, {*journey, int(stages.size())});
        stages.push_back(std::move(s));
    }
    return true;
}

bool StoreReader::readStageOutline(Workspace &w)
{
    // The outline's stages: ids and names, in readStages()'s order. The other columns (text,
    // colours) and each journey's list grown stage by stage were a third of `parcours info` at
    // L, whose largest journey has 10,000 stages (docs/PERFORMANCE.md, "Start-up").
    QHash<Id, size_t> journeyIndex;
    for (size_t i = 0; i < w.journeys.size(); ++i)
        journeyIndex.insert(w.journeys[i].id, i);
    // Each journey's count from the journey index, without reading the rows (a read restricted
    // to part of the workspace skips this; a failure shows in the select below).
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!mRestriction && q.exec(u"SELECT journey_id, COUNT(*) FROM stage GROUP BY journey_id"_s)) {
        while (q.next()) {
            if (const auto journey = journeyIndex.constFind(q.value(0).toLongLong());
                journey != journeyIndex.cend())
                w.journeys[*journey].stages.reserve(size_t(q.value(1).toLongLong()));
        }
    }
    if (const Selected s = select(q, EntityKind::Stage,
                                  u"SELECT id, journey_id, name FROM stage"
                                  " ORDER BY journey_id, position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Stage s;
        s.id = q.value(0).toLongLong();
        const auto journey = journeyIndex.constFind(q.value(1).toLongLong());
        if (journey == journeyIndex.cend())
            return fail(tr("stage %1 belongs to no journey").arg(s.id));
        s.name = q.value(2).toString();
        s.steps.front().id = s.id; // as readStages() would give a stage of one step
        w.journeys[*journey].stages.push_back(std::move(s));
    }
    return true;
}

bool StoreReader::readSteps(Workspace &w)
{
    // A workspace read without upgrading it (schema 6 and older, on a server) has no steps:
    // each stage keeps its one step of the stage's id, which its cells' stage_id names.
    const bool hasSteps = !mDb.record(u"step"_s).isEmpty();
    if (mStageIndex.isEmpty() || !hasSteps) {
        for (const auto &where : std::as_const(mStageIndex)) {
            Stage &stage = w.journeys[size_t(where.first)].stages[size_t(where.second)];
            mSteps.insert(stage.steps.front().id, &stage.steps.front());
        }
        return true;
    }
    // The steps of the stages read (all of them, or those a restricted read brought).
    QString sql = u"SELECT id, stage_id, name FROM step"_s;
    if (mRestriction) {
        QStringList ids;
        for (auto it = mStageIndex.cbegin(); it != mStageIndex.cend(); ++it)
            ids << QString::number(it.key());
        sql += u" WHERE stage_id IN (%1)"_s.arg(ids.join(u','));
    }
    sql += u" ORDER BY stage_id, position, id"_s;
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(tr("cannot read the workspace: %1").arg(q.lastError().text()));
    // At least one step a stage: 10,000 at L, which grown one by one rehashed both tables.
    QHash<Id, std::vector<Step>> stepsOfStage;
    stepsOfStage.reserve(mStageIndex.size());
    mSteps.reserve(mStageIndex.size());
    while (q.next()) {
        const Id stage = q.value(1).toLongLong();
        if (!mStageIndex.contains(stage))
            return fail(tr("step %1 belongs to no stage").arg(q.value(0).toLongLong()));
        stepsOfStage[stage].push_back({q.value(0).toLongLong(), q.value(2).toString(), {}});
    }
    for (auto it = mStageIndex.cbegin(); it != mStageIndex.cend(); ++it) {
        Stage &stage = w.journeys[size_t(it->first)].stages[size_t(it->second)];
        if (auto steps = stepsOfStage.find(it.key()); steps != stepsOfStage.end())
            stage.steps = std::move(*steps);
        for (Step &step : stage.steps)
            mSteps.insert(step.id, &step);
    }
    return true;
}

bool StoreReader::readCells(Workspace &) // into the steps readSteps() found
{
    const QSqlRecord columns = mDb.record(u"cell"_s); // one catalogue lookup for the three
    QSqlQuery q(mDb);
    if (const Selected s = select(
            q, EntityKind::Cell,
            u"SELECT %3, lane_id, text, emotion, %1, %2 FROM cell"_s.arg(
                blueprintColumns(columns, u"failure_point, wait_note, arrows"_s, u"0, '', ''"_s),
                blueprintColumns(columns, u"severities"_s, u"''"_s),
                blueprintColumns(columns, u"step_id"_s, u"stage_id"_s)));
        s != Selected::Rows)
        return s == Selected::Skipped;
    // A step's rows come together (the rows are in the order they were written, step by step):
    // one lookup for each run of them, not one a row.
    Id stepId = 0;
    Step *step = nullptr;
    while (q.next()) {
        if (const Id rowStep = q.value(0).toLongLong(); !step || rowStep != stepId) {
            step = mSteps.value(rowStep);
            stepId = rowStep;
            if (!step)
                return fail(tr("a cell belongs to no step"));
        }
        Cell cell;
        cell.text = q.value(2).toString();
        cell.emotion = optionalValue<double>(q.value(3));
        cell.failurePoint = q.value(4).toBool();
        cell.wait = q.value(5).toString();
        // Most cells have no arrows and no severities: their empty keys are not parsed.
        if (const QString arrowsKey = q.value(6).toString(); !arrowsKey.isEmpty()) {
            auto arrows = cellArrowsFromKey(arrowsKey);
            if (!arrows)
                return fail(tr("a cell's arrows are unreadable: %1").arg(arrowsKey));
            cell.arrows = std::move(*arrows);
        }
        if (const QString severitiesKey = q.value(7).toString(); !severitiesKey.isEmpty()) {
            QString bad;
            auto severities = painSeveritiesFromKey(severitiesKey, &bad);
            if (!severities)
                return fail(tr("a cell's pain-point severity is unknown: %1").arg(bad));
            cell.severities = std::move(*severities);
        }
        // Moved in: a copy allocated the arrows and severities again and freed the originals.
        step->cells.emplace(q.value(1).toLongLong(), std::move(cell));
    }
    return readCurves();
}

bool StoreReader::readCurves() // into the cells readCells() read
{
    // A store of schema 8 or older read as it is (a shared workspace not upgraded) has none.
    const Filter f = filter(tableOf(EntityKind::Cell)); // their rows go with their cell's
    if (f.skip || mDb.record(u"curve_point"_s).isEmpty())
        return true;
    QString sql = u"SELECT step_id, lane_id, persona_id, emotion FROM curve_point"_s;
    if (!f.where.isEmpty())
        sql += u" WHERE "_s + inlined(f);
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(tr("cannot read the workspace: %1").arg(q.lastError().text()));
    while (q.next()) {
        Step *step = mSteps.value(q.value(0).toLongLong());
        const double emotion = q.value(3).toDouble();
        if (!step)
            return fail(tr("a curve's point belongs to no step"));
        if (emotion < -2 || emotion > 2)
            return fail(tr("a curve's point is outside -2 … +2: %1").arg(emotion));
        step->cells[q.value(1).toLongLong()].curves.insert(q.value(2).toLongLong(), emotion);
    }
    return true;
}

bool StoreReader::readRenewal(Workspace &w)
{
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::Renewal,
                 u"SELECT journey_id, question, answer, note FROM renewal_answer"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        const int j = indexOfId(w.journeys, q.value(0).toLongLong());
        const int question = q.value(1).toInt();
        if (j < 0 || question < 0 || question >= renewalQuestionCount)
            return fail(tr("a renewal answer belongs to no journey"));
        RenewalAnswer a;
        a.answer
            = renewalAnswerFromKey(q.value(2).toString()).value_or(RenewalAnswerValue::Unanswered);
        a.note = q.value(3).toString();
        w.journeys[size_t(j)].renewal.insert(question, a);
    }
    return true;
}

bool StoreReader::readMetrics(Workspace &w)
{
    // A store of schema 12 or older read as it is (a shared workspace not upgraded) marks no
    // count computed.
    const QString computed = blueprintColumns(mDb, u"metric_period"_s, u"computed"_s, u"0"_s);
    QSqlQuery q(mDb);
    if (const Selected s
        = select(q, EntityKind::MetricPeriod,
                 u"SELECT id, period_start, period_end, customers_start, customers_new,"
                 " customers_end, dau, mau, %1 FROM metric_period ORDER BY position, id"_s.arg(
                     computed));
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        MetricPeriod m;
        m.id = q.value(0).toLongLong();
        m.periodStart = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        m.periodEnd = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        m.customersStart = optionalValue<qint64>(q.value(3));
        m.customersNew = optionalValue<qint64>(q.value(4));
        m.customersEnd = optionalValue<qint64>(q.value(5));
        m.dau = optionalValue<qint64>(q.value(6));
        m.mau = optionalValue<qint64>(q.value(7));
        m.computed = q.value(8).toUInt() & MetricPeriod::AllCounts;
        w.metrics.push_back(m);
    }
    return true;
}

bool StoreReader::readOpportunities(Workspace &w)
{
    // A schema 4 store read as it is (a shared workspace not upgraded) has none.
    if (mDb.record(u"opportunity"_s).isEmpty())
        return true;
    if (filter(tableOf(EntityKind::Opportunity)).skip)
        return true;
    // A store of schema 13 or older read as it is (a viewer of a shared workspace does not
    // upgrade it): its cell links name stages, which now means their first steps.
    const SqlEngine engine = mDb.driverName() == u"QPSQL" ? SqlEngine::Postgres : SqlEngine::Sqlite;
    const int version = Migrations::schemaVersion(mDb, engine);
    const bool legacy = version >= 7 && version < opportunityStepsSchemaVersion; // 7: steps
    QHash<Id, Id> firstSteps;
    if (QString error; legacy && !OpportunityLinkRows::firstSteps(mDb, &firstSteps, &error))
        return fail(tr("the steps are unreadable: %1").arg(error));
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::Opportunity,
                                  u"SELECT id, title, description, owner, status, customer_value,"
                                  " business_value, effort, votes, links FROM opportunity"
                                  " ORDER BY position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Opportunity o;
        o.id = q.value(0).toLongLong();
        o.title = q.value(1).toString();
        o.description = q.value(2).toString();
        o.owner = q.value(3).toString();
        const std::optional<OpportunityStatus> status
            = opportunityStatusFromKey(q.value(4).toString());
        const auto links = opportunityLinksFromKey(q.value(9).toString());
        o.customerValue = q.value(5).toInt();
        o.businessValue = q.value(6).toInt();
        o.effort = q.value(7).toInt();
        o.votes = q.value(8).toInt();
        if (!status)
            return fail(tr("an opportunity has an unknown status: %1").arg(q.value(4).toString()));
        if (!links)
            return fail(tr("an opportunity's links are unreadable: %1").arg(q.value(9).toString()));
        if (!isRating(o.customerValue) || !isRating(o.businessValue) || !isRating(o.effort)
            || o.votes < 0)
            return fail(tr("an opportunity has a value or effort outside 1–5, or negative votes"));
        o.status = *status;
        o.links = *links;
        if (legacy)
            legacyCellLinksToFirstSteps(o.links, firstSteps);
        w.opportunities.push_back(o);
    }
    return true;
}

bool StoreReader::readCommentThreads(Workspace &w)
{
    // A store before schema 11 read as it is (a shared workspace not upgraded) has none.
    if (mDb.record(u"comment_thread"_s).isEmpty())
        return true;
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::CommentThread,
                                  u"SELECT id, target, resolved FROM comment_thread"
                                  " ORDER BY position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        CommentThread t;
        t.id = q.value(0).toLongLong();
        const std::optional<CommentTarget> target = commentTargetFromKey(q.value(1).toString());
        if (!target) {
            return fail(tr("comment thread %1 names no item it is about: \"%2\"")
                            .arg(t.id)
                            .arg(q.value(1).toString()));
        }
        t.target = *target;
        t.resolved = q.value(2).toBool();
        w.comments.push_back(std::move(t));
    }
    return true;
}

bool StoreReader::readComments(Workspace &w)
{
    if (mDb.record(u"comment"_s).isEmpty())
        return true;
    QHash<Id, size_t> threadIndex;
    for (size_t i = 0; i < w.comments.size(); ++i)
        threadIndex.insert(w.comments[i].id, i);
    QSqlQuery q(mDb);
    if (const Selected s = select(q, EntityKind::Comment,
                                  u"SELECT id, thread_id, author, created_at, text FROM comment"
                                  " ORDER BY thread_id, position, id"_s);
        s != Selected::Rows)
        return s == Selected::Skipped;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toLongLong();
        const auto thread = threadIndex.constFind(q.value(1).toLongLong());
        if (thread == threadIndex.cend())
            return fail(tr("comment %1 belongs to no thread").arg(c.id));
        const std::optional<QDateTime> time = commentTimeFromText(q.value(3).toString());
        if (!time) {
            return fail(
                tr("comment %1 has an unreadable time: %2").arg(c.id).arg(q.value(3).toString()));
        }
        c.author = q.value(2).toString();
        c.time = *time;
        c.text = q.value(4).toString();
        w.comments[*thread].comments.push_back(std::move(c));
    }
    return true;
}

} // namespace Parcours
