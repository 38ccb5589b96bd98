#include "store/storereadersummary.h"
#include "store/sqlitehandle.h"
#include "store/storereader.h"

#include "analytics/forgottenzone.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : mDb(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &mStatement, nullptr) != SQLITE_OK)
            mStatement = nullptr;
    }
    ~Statement() { sqlite3_finalize(mStatement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // The next row; false at the end or on an error (then error() says which).
    bool next()
    {
        if (!mStatement)
            return false;
        mStep = sqlite3_step(mStatement);
        return mStep == SQLITE_ROW;
    }
    bool failed() const { return !mStatement || (mStep != SQLITE_ROW && mStep != SQLITE_DONE); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(mDb)); }

    qint64 integer(int column) const { return sqlite3_column_int64(mStatement, column); }
    double real(int column) const { return sqlite3_column_double(mStatement, column); }
    bool isNull(int column) const { return sqlite3_column_type(mStatement, column) == SQLITE_NULL; }
    QByteArrayView bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
        return {text, sqlite3_column_bytes(mStatement, column)};
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    sqlite3 *mDb;
    sqlite3_stmt *mStatement = nullptr;
    int mStep = SQLITE_DONE;
};

// A column's few distinct keys ("current", "month"…) turned into their values once each, not
// once a row.
template<typename T>
class KeyMemo
{
public:
    explicit KeyMemo(std::optional<T> (*fromKey)(const QString &))
        : mFromKey(fromKey)
    { }
    std::optional<T> operator()(QByteArrayView key)
    {
        for (const auto &known : mKnown) {
            if (known.first == key)
                return known.second;
        }
        mKnown.emplace_back(key.toByteArray(), mFromKey(QString::fromUtf8(key)));
        return mKnown.back().second;
    }

private:
    std::optional<T> (*mFromKey)(const QString &);
    std::vector<std::pair<QByteArray, std::optional<T>>> mKnown;
};

// An id's index in `ids`, or -1: the personas and journeys are few, and the rows come persona
// by persona (journey by journey), so one lookup for each run of rows.
qsizetype indexOf(const std::vector<Id> &ids, Id id)
{
    const auto at = std::find(ids.cbegin(), ids.cend(), id);
    return at == ids.cend() ? -1 : qsizetype(at - ids.cbegin());
}

} // namespace

bool StoreReader::readSummary(WorkspaceSummary &summary)
{
    sqlite3 *db = sqliteHandle(mDb);
    if (!db) // a WorkspaceStore's connection is always SQLite's
        return fail(tr("cannot read the workspace: %1").arg(mDb.driverName()));
    auto failed = [this](const Statement &s) {
        return fail(tr("cannot read the workspace: %1").arg(s.error()));
    };

    std::vector<Id> personaIds;
    Statement personas(db, "SELECT id, name FROM persona ORDER BY position, id");
    while (personas.next()) {
        personaIds.push_back(personas.integer(0));
        summary.personas.push_back({personas.text(1), 0, false});
    }
    if (personas.failed())
        return failed(personas);

    // The verdict's columns in each persona's order, from the index over them (schema 15): the
    // rows, which hold the use cases' text, are not read. The same checks as readUseCases().
    if (!readUseCaseSummary(db, personaIds, summary))
        return false;

    Statement journeys(db, "SELECT id, name, persona_id FROM journey ORDER BY position, id");
    std::vector<Id> journeyIds;
    while (journeys.next()) {
        journeyIds.push_back(journeys.integer(0));
        WorkspaceSummary::JourneyLine line {journeys.text(1), std::nullopt, {}};
        if (const qsizetype p = indexOf(personaIds, journeys.integer(2)); p >= 0)
            line.persona = summary.personas[size_t(p)].name;
        summary.journeys.push_back(std::move(line));
    }
    if (journeys.failed())
        return failed(journeys);

    // The stages' names in one pass over the table, sorted here: SQLite, ordering by the
    // journey index, looked each row up by its id and sorted each journey's stages in a
    // temporary tree ("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY").
    struct StageRow
    {
        qsizetype journey;
        qint64 position;
        Id id;
        QString name;
    };
    std::vector<StageRow> stageRows;
    Statement stages(db, "SELECT id, journey_id, position, name FROM stage");
    Id journeyId = 0;
    qsizetype journey = -1;
    while (stages.next()) {
        if (const Id rowJourney = stages.integer(1); journey < 0 || rowJourney != journeyId) {
            journey = indexOf(journeyIds, rowJourney);
            if (journey < 0)
                return fail(tr("stage %1 belongs to no journey").arg(stages.integer(0)));
            journeyId = rowJourney;
        }
        stageRows.push_back({journey, stages.integer(2), stages.integer(0), stages.text(3)});
    }
    if (stages.failed())
        return failed(stages);
    std::sort(stageRows.begin(), stageRows.end(), [](const StageRow &a, const StageRow &b) {
        return std::tie(a.journey, a.position, a.id) < std::tie(b.journey, b.position, b.id);
    });
    for (StageRow &row : stageRows)
        summary.journeys[size_t(row.journey)].stages.append(std::move(row.name));
    return true;
}

bool StoreReader::readUseCaseSummary(sqlite3 *db, const std::vector<Id> &personaIds,
                                     WorkspaceSummary &summary)
{
    Statement useCases(db,
                       "SELECT persona_id, id, status, freq_times, freq_interval, freq_period,"
                       " weight FROM use_case ORDER BY persona_id, position, id");
    KeyMemo<UseCaseStatus> status(&statusFromKey);
    KeyMemo<Period> period(&periodFromKey);
    Id personaId = 0;
    WorkspaceSummary::PersonaLine *line = nullptr;
    std::optional<VerdictTally> tally;
    while (useCases.next()) {
        const Id id = useCases.integer(1);
        if (const Id rowPersona = useCases.integer(0); !line || rowPersona != personaId) {
            if (line)
                line->forgottenZone = tally->verdict().forgottenZone;
            const qsizetype p = indexOf(personaIds, rowPersona);
            if (p < 0)
                return fail(tr("use case %1 belongs to no persona").arg(id));
            line = &summary.personas[size_t(p)];
            personaId = rowPersona;
            tally.emplace(VerdictScope::CurrentOnly);
        }
        ++line->useCases;
        UsageFrequency frequency;
        if (!useCases.isNull(5)) {
            const std::optional<Period> known = period(useCases.bytes(5));
            if (!known)
                return fail(tr("use case %1 has an unknown frequency period \"%2\"")
                                .arg(id)
                                .arg(useCases.text(5)));
            frequency = UsageFrequency(useCases.real(3), useCases.real(4), *known);
        }
        const std::optional<double> weight
            = useCases.isNull(6) ? std::nullopt : std::optional<double>(useCases.real(6));
        tally->add(status(useCases.bytes(2)).value_or(UseCaseStatus::Current), frequency, weight);
    }
    if (line)
        line->forgottenZone = tally->verdict().forgottenZone;
    return !useCases.failed() || fail(tr("cannot read the workspace: %1").arg(useCases.error()));
}

WorkspaceSummary summaryOf(const Workspace &workspace)
{
    WorkspaceSummary summary;
    for (const Persona &p : workspace.personas) {
        summary.personas.push_back({p.name, qsizetype(p.useCases.size()),
                                    personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone});
    }
    for (const Journey &j : workspace.journeys) {
        WorkspaceSummary::JourneyLine line {j.name, std::nullopt, {}};
        if (const Persona *persona = workspace.persona(j.personaId))
            line.persona = persona->name;
        line.stages.reserve(qsizetype(j.stages.size()));
        for (const Stage &s : j.stages)
            line.stages.append(s.name);
        summary.journeys.push_back(std::move(line));
    }
    return summary;
}

} // namespace Parcours
