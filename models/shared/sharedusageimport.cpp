#include "shared/sharedusageimport.h"

#include "domain/ids.h"
#include "formats/eventinput.h"
#include "formats/eventmapping.h"
#include "formats/eventreader.h"
#include "formats/eventtime.h"
#include "shared/pgconnection.h"
#include "shared/sharedstore.h"
#include "store/sqldialect.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qint64 msecsPerDay = 86400000;

// The staging table of one import: one row per event (or per usage-counts line), gone with
// the transaction. `line` orders the rows as the file does (a user's persona is that of their
// first row); `day` is NULL for usage counts (they give months, not days).
constexpr QStringView stagingTable
    = u"CREATE TEMP TABLE parcours_events (line bigint NOT NULL, user_id text NOT NULL,"
      " event text NOT NULL, persona text NOT NULL, day date, month date NOT NULL,"
      " count bigint NOT NULL) ON COMMIT DROP";

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s);
}

QString namesText(const QHash<QString, qint64> &names)
{
    QJsonObject object;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// "YYYY-MM-DD" of a day number (days since 1970-01-01).
void appendDate(QByteArray &out, qint64 dayNumber)
{
    int year = 0;
    int month = 0;
    int day = 0;
    EventTime::civilFromDays(dayNumber, &year, &month, &day);
    char text[16];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    out.append(text, length);
}

// Rows sent to the server with COPY … FROM STDIN in its text format, on the connection's
// libpq handle (Qt's driver has no COPY): a megabyte at a time, so that memory stays flat.
class CopyStream
{
public:
    explicit CopyStream(PGconn *connection)
        : mConnection(connection)
    {
        mBuffer.reserve(chunk + 4096);
    }

    bool start(const QString &sql)
    {
        PGresult *result = PQexec(mConnection, sql.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        if (!ok)
            mError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return ok;
    }
    // A text field, with COPY's escapes for backslash, tab and line breaks.
    void field(QByteArrayView text)
    {
        const auto plain = std::none_of(text.begin(), text.end(), [](char c) {
            return c == '\\' || c == '\t' || c == '\n' || c == '\r';
        });
        if (plain) {
            mBuffer.append(text.data(), text.size());
            mBuffer.append('\t');
            return;
        }
        for (const char c : text) {
            switch (c) {
            case '\\': mBuffer.append("\\\\", 2); break;
            case '\t': mBuffer.append("\\t", 2); break;
            case '\n': mBuffer.append("\\n", 2); break;
            case '\r': mBuffer.append("\\r", 2); break;
            default: mBuffer.append(c);
            }
        }
        mBuffer.append('\t');
    }
    void number(qint64 value)
    {
        char text[24];
        const std::to_chars_result end = std::to_chars(text, text + sizeof text, value);
        mBuffer.append(text, end.ptr - text);
        mBuffer.append('\t');
    }
    void null() { mBuffer.append("\\N\t", 3); }
    // Ends the row (its last field's tab becomes the line break).
    bool endRow()
    {
        mBuffer.back() = '\n';
        return mBuffer.size() < chunk || flush();
    }
    // Sends the rest and ends the COPY; with `abandon`, ends it with an error (nothing kept).
    bool finish(bool abandon = false)
    {
        if (!abandon && !flush())
            return false;
        if (PQputCopyEnd(mConnection, abandon ? "abandoned" : nullptr) != 1)
            return fail();
        bool ok = true;
        while (PGresult *result = PQgetResult(mConnection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && !abandon) {
                mError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
                ok = false;
            }
            PQclear(result);
        }
        return ok;
    }
    QString error() const { return mError; }

private:
    static constexpr qsizetype chunk = 1 << 20;

    bool flush()
    {
        if (!mBuffer.isEmpty()
            && PQputCopyData(mConnection, mBuffer.constData(), int(mBuffer.size())) != 1)
            return fail();
        mBuffer.clear();
        return true;
    }
    bool fail()
    {
        mError = QString::fromUtf8(PQerrorMessage(mConnection)).trimmed();
        return false;
    }

    PGconn *mConnection;
    QByteArray mBuffer;
    QString mError;
};

PGconn *libpqHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The work of one import on its connection, in its transaction.
class ServerImport
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::SharedUsageImport)

public:
    ServerImport(PgConnection &connection, QString schema, const Workspace &workspace,
                 const UsageImportOptions &options, SharedUsageImport::Result &result)
        : mSchema(std::move(schema))
        , mConnection(connection)
        , mWorkspace(workspace)
        , mOptions(options)
        , mResult(result)
        , mImport(result.import)
    {
        mFrom = EventTime::windowStart(options.from);
        mTo = EventTime::windowEnd(options.to);
    }

    // False with mImport.failure, mImport.errors, mImport.cancelled or mResult.saveError set.
    bool run(const QString &path)
    {
        PGconn *handle = libpqHandle(mConnection.db());
        if (!handle)
            return saveFailed(tr("the PostgreSQL driver gives no connection handle"));
        // Imports of the same workspace one at a time: users are numbered in order.
        if (!exec(u"BEGIN"_s) || !exec(u"LOCK TABLE usage_user IN EXCLUSIVE MODE"_s)
            || !exec(stagingTable.toString()))
            return false;
        // Nothing to write without events (the caller says why).
        if (!stream(handle, path) || mEvents == 0)
            return false;
        return mapEvents(handle) && assignUsers(handle) && writeSource() && announce()
            && exec(u"COMMIT"_s);
    }

private:
    bool exec(const QString &sql)
    {
        QString error;
        if (mConnection.exec(sql, &error))
            return true;
        return saveFailed(error);
    }
    bool saveFailed(const QString &error)
    {
        if (mResult.saveError.isEmpty())
            mResult.saveError = error;
        return false;
    }
    bool select(QSqlQuery &q, const QString &sql)
    {
        q.setForwardOnly(true);
        if (q.exec(sql))
            return true;
        return saveFailed(mConnection.failure(q.lastError()));
    }

    // Reads the file and COPYs its events into the staging table.
    bool stream(PGconn *handle, const QString &path)
    {
        EventInput input;
        if (!input.open(path)) {
            mImport.failure = input.error();
            return false;
        }
        std::unique_ptr<EventReader> reader = EventReader::open(input, &mImport.failure);
        if (!reader)
            return false;
        mImport.shape = reader->shapeName();
        CopyStream copy(handle);
        if (!copy.start(u"COPY parcours_events FROM STDIN"_s))
            return saveFailed(copy.error());
        EventRecord record;
        qint64 lines = 0;
        qint64 rows = 0;
        qint64 lastDayNumber = std::numeric_limits<qint64>::min();
        QByteArray dayText;
        QByteArray monthText;
        for (;;) {
            const EventReader::Next next = reader->next(&record);
            if (next == EventReader::Next::End)
                break;
            if (next == EventReader::Next::BadRow) {
                if (mImport.errors.size() < mOptions.listedErrors)
                    mImport.errors.append(reader->error());
                ++mImport.badRows;
            } else if (record.user.contains('\0') || record.event.contains('\0')
                       || record.persona.contains('\0')) {
                if (mImport.errors.size() < mOptions.listedErrors) {
                    mImport.errors.append(
                        u"%1:%2: %3"_s.arg(path)
                            .arg(input.lineNumber())
                            .arg(tr("a NUL character (byte 0) is not text; no field may hold it")));
                }
                ++mImport.badRows;
            } else {
                qint64 first = record.msecs;
                qint64 last = record.msecs;
                bool hasDay = false;
                if (record.month.isValid()) {
                    const qint64 start
                        = EventTime::daysFromCivil(record.month.year(), record.month.month(), 1);
                    first = start * msecsPerDay;
                    last = (start + record.month.daysInMonth()) * msecsPerDay - 1;
                    monthText.clear();
                    appendDate(monthText, start);
                    lastDayNumber = std::numeric_limits<qint64>::min();
                } else {
                    const qint64 dayNumber = EventTime::dayOf(record.msecs);
                    if (dayNumber != lastDayNumber) {
                        lastDayNumber = dayNumber;
                        dayText.clear();
                        appendDate(dayText, dayNumber);
                        monthText = dayText.left(8) + "01";
                    }
                    hasDay = true;
                }
                if (last < mFrom || first >= mTo) {
                    mImport.outsideWindow += record.count;
                } else if (record.count != 0 || hasDay) {
                    mEvents += record.count;
                    mFirst = std::min(mFirst, first);
                    mLast = std::max(mLast, last);
                    copy.number(++rows);
                    copy.field(record.user);
                    copy.field(record.event);
                    copy.field(record.persona);
                    if (hasDay)
                        copy.field(dayText);
                    else
                        copy.null();
                    copy.field(monthText);
                    copy.number(record.count);
                    if (!copy.endRow())
                        return saveFailed(copy.error());
                }
            }
            if ((++lines & 0xFFFF) == 0 && mOptions.progress
                && !mOptions.progress(input.bytesRead(), input.size())) {
                mImport.cancelled = true;
                copy.finish(true);
                return false;
            }
        }
        if (!reader->error().isEmpty()) {
            mImport.failure = reader->error();
            copy.finish(true);
            return false;
        }
        if (mImport.badRows > 0 && !mOptions.skipBadRows) {
            copy.finish(true);
            return false;
        }
        if (!copy.finish())
            return saveFailed(copy.error());
        if (mOptions.progress && !mOptions.progress(input.size(), input.size())) {
            mImport.cancelled = true;
            return false;
        }
        UsageSource &source = mImport.source;
        source.fileName = QFileInfo(path).fileName();
        source.size = input.size();
        source.fingerprint = input.fingerprint();
        source.importedAt = QDateTime::currentDateTimeUtc();
        source.events = mEvents;
        if (mEvents > 0) {
            source.firstEvent = QDateTime::fromMSecsSinceEpoch(mFirst, Qt::UTC);
            source.lastEvent = QDateTime::fromMSecsSinceEpoch(mLast, Qt::UTC);
        }
        return true;
    }

    // The use cases of each distinct event name, worked out here (EventMapping's patterns) and
    // sent as a table; then the unmapped events counted there.
    bool mapEvents(PGconn *handle)
    {
        const EventMapping mapping(mWorkspace);
        QStringList names;
        {
            QSqlQuery q(mConnection.db());
            if (!select(q, u"SELECT DISTINCT event FROM parcours_events"_s))
                return false;
            while (q.next())
                names.append(q.value(0).toString());
        }
        if (!exec(u"CREATE TEMP TABLE parcours_event_map (event text NOT NULL,"
                  " use_case_id bigint NOT NULL) ON COMMIT DROP"_s))
            return false;
        CopyStream copy(handle);
        if (!copy.start(u"COPY parcours_event_map FROM STDIN"_s))
            return saveFailed(copy.error());
        for (const QString &name : std::as_const(names)) {
            const QByteArray bytes = name.toUtf8();
            for (const int useCase : mapping.useCasesOf(bytes)) {
                copy.field(bytes);
                copy.number(mapping.useCases()[size_t(useCase)]);
                if (!copy.endRow())
                    return saveFailed(copy.error());
            }
        }
        if (!copy.finish())
            return saveFailed(copy.error());
        QSqlQuery q(mConnection.db());
        if (!select(q,
                    u"SELECT e.event, sum(e.count) FROM parcours_events e"
                    " WHERE NOT EXISTS (SELECT 1 FROM parcours_event_map m WHERE m.event = e.event)"
                    " GROUP BY e.event"_s))
            return false;
        while (q.next()) {
            const qint64 count = q.value(1).toLongLong();
            mImport.source.unmappedEvents += count;
            mImport.source.unmappedEventNames.insert(q.value(0).toString(), count);
        }
        return true;
    }

    // This file's users with the persona of their first event (or of --users), added to
    // usage_user after the workspace's users, in order of appearance.
    bool assignUsers(PGconn *handle)
    {
        if (!exec(u"CREATE TEMP TABLE parcours_listed (user_id text NOT NULL,"
                  " persona text NOT NULL) ON COMMIT DROP"_s))
            return false;
        if (!mOptions.userPersonas.isEmpty()) {
            CopyStream copy(handle);
            if (!copy.start(u"COPY parcours_listed FROM STDIN"_s))
                return saveFailed(copy.error());
            for (auto it = mOptions.userPersonas.cbegin(); it != mOptions.userPersonas.cend();
                 ++it) {
                copy.field(it.key());
                copy.field(it.value().toUtf8());
                if (!copy.endRow())
                    return saveFailed(copy.error());
            }
            if (!copy.finish())
                return saveFailed(copy.error());
        }
        if (!exec(u"CREATE TEMP TABLE parcours_file_users ON COMMIT DROP AS"
                  " SELECT f.user_id, f.line, COALESCE(l.persona, f.persona) AS name"
                  " FROM (SELECT DISTINCT ON (user_id) user_id, persona, line"
                  " FROM parcours_events ORDER BY user_id, line) f"
                  " LEFT JOIN parcours_listed l USING (user_id)"_s))
            return false;

        // Persona names as UsageImport matches them: trimmed, case-folded.
        QHash<QString, Id> personas;
        for (const Persona &persona : mWorkspace.personas)
            personas.insert(persona.name.trimmed().toCaseFolded(), persona.id);
        // Each name the file's users have, with how many have it; then the table of those that
        // name a persona (no request may run while a COPY is under way).
        std::vector<std::pair<QString, qint64>> names;
        {
            QSqlQuery q(mConnection.db());
            if (!select(q, u"SELECT name, count(*) FROM parcours_file_users GROUP BY name"_s))
                return false;
            while (q.next())
                names.emplace_back(q.value(0).toString(), q.value(1).toLongLong());
        }
        if (!exec(u"CREATE TEMP TABLE parcours_names (name text NOT NULL,"
                  " persona_id bigint NOT NULL) ON COMMIT DROP"_s))
            return false;
        CopyStream copy(handle);
        if (!copy.start(u"COPY parcours_names FROM STDIN"_s))
            return saveFailed(copy.error());
        for (const auto &[name, users] : names) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty())
                continue;
            const Id persona = personas.value(trimmed.toCaseFolded());
            if (!persona) {
                mImport.unknownPersonas[trimmed] += users;
                continue;
            }
            copy.field(name.toUtf8());
            copy.number(persona);
            if (!copy.endRow())
                return saveFailed(copy.error());
        }
        if (!copy.finish())
            return saveFailed(copy.error());
        if (!exec(u"UPDATE usage_user u SET persona_id = n.persona_id FROM parcours_file_users f"
                  " JOIN parcours_names n ON n.name = f.name WHERE u.user_id = f.user_id"_s)
            || !exec(u"INSERT INTO usage_user (idx, user_id, persona_id)"
                     " SELECT b.base + row_number() OVER (ORDER BY f.line) - 1, f.user_id,"
                     " COALESCE(n.persona_id, 0)"
                     " FROM parcours_file_users f LEFT JOIN parcours_names n ON n.name = f.name"
                     " CROSS JOIN (SELECT COALESCE(max(idx) + 1, 0) AS base FROM usage_user) b"
                     " WHERE NOT EXISTS (SELECT 1 FROM usage_user u WHERE u.user_id = f.user_id)"_s)
            || !exec(u"ANALYZE parcours_events"_s))
            return false;
        QSqlQuery q(mConnection.db());
        if (!select(q,
                    u"SELECT u.user_id FROM usage_user u JOIN parcours_file_users f"
                    " USING (user_id) WHERE u.persona_id = 0 ORDER BY u.idx"_s))
            return false;
        while (q.next())
            mImport.unmappedUsers.append(q.value(0).toString());
        return true;
    }

    // The source's row (the same file's, replaced) and its counts, aggregated on the server.
    bool writeSource()
    {
        const UsageSource &s = mImport.source;
        Id id = 0;
        {
            QSqlQuery q(mConnection.db());
            q.prepare(u"SELECT id FROM usage_source WHERE fingerprint = ?"_s);
            q.addBindValue(s.fingerprint);
            if (!q.exec())
                return saveFailed(mConnection.failure(q.lastError()));
            if (q.next())
                id = q.value(0).toLongLong();
        }
        mResult.replaced = id != 0;
        QSqlQuery q(mConnection.db());
        if (mResult.replaced) {
            if (!exec(u"DELETE FROM usage_count WHERE source_id = %1"_s.arg(id))
                || !exec(u"DELETE FROM usage_activity WHERE source_id = %1"_s.arg(id)))
                return false;
            q.prepare(u"UPDATE usage_source SET file_name = ?, size = ?, imported_at = ?,"
                      " events = ?, unmapped_events = ?, first_event = ?, last_event = ?,"
                      " unmapped_names = ? WHERE id = ?"_s);
        } else {
            id = newId();
            q.prepare(u"INSERT INTO usage_source (file_name, size, imported_at, events,"
                      " unmapped_events, first_event, last_event, unmapped_names, id,"
                      " fingerprint, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      " (SELECT COALESCE(max(position) + 1, 0) FROM usage_source))"_s);
        }
        q.addBindValue(s.fileName);
        q.addBindValue(s.size);
        q.addBindValue(timeText(s.importedAt));
        q.addBindValue(s.events);
        q.addBindValue(s.unmappedEvents);
        q.addBindValue(timeText(s.firstEvent));
        q.addBindValue(timeText(s.lastEvent));
        q.addBindValue(namesText(s.unmappedEventNames));
        q.addBindValue(id);
        if (!mResult.replaced)
            q.addBindValue(s.fingerprint);
        if (!q.exec())
            return saveFailed(mConnection.failure(q.lastError()));
        mImport.source.id = id;
        // Per user, month and use case the events; per user and month the days with any.
        return exec(u"INSERT INTO usage_count (source_id, user_idx, use_case_id, month, count)"
                    " SELECT %1, u.idx, m.use_case_id, to_char(e.month, 'YYYY-MM-DD'),"
                    " sum(e.count) FROM parcours_events e"
                    " JOIN parcours_event_map m USING (event) JOIN usage_user u USING (user_id)"
                    " GROUP BY u.idx, m.use_case_id, e.month"_s.arg(id))
            && exec(u"INSERT INTO usage_activity (source_id, user_idx, month, active_days,"
                    " last_day) SELECT %1, u.idx, to_char(e.month, 'YYYY-MM-DD'),"
                    " count(DISTINCT e.day), to_char(COALESCE(max(e.day), e.month), 'YYYY-MM-DD')"
                    " FROM parcours_events e JOIN usage_user u USING (user_id)"
                    " GROUP BY u.idx, e.month"_s.arg(id));
    }

    // Clients that have the workspace open read it again.
    bool announce()
    {
        const SqlDialect dialect(SqlEngine::Postgres);
        if (!exec(dialect.lockChangeLogSql())
            || !exec(
                u"INSERT INTO change_log (entity, scope) VALUES ('workspace_info', 'reset')"_s))
            return false;
        QSqlQuery q(mConnection.db());
        q.prepare(dialect.notifySql());
        q.addBindValue(mSchema);
        q.addBindValue(u"import"_s);
        if (!q.exec())
            return saveFailed(mConnection.failure(q.lastError()));
        return true;
    }

    QString mSchema;
    PgConnection &mConnection;
    const Workspace &mWorkspace;
    const UsageImportOptions &mOptions;
    SharedUsageImport::Result &mResult;
    UsageImportResult &mImport;
    qint64 mEvents = 0;
    qint64 mFrom = 0, mTo = 0;
    qint64 mFirst = std::numeric_limits<qint64>::max();
    qint64 mLast = std::numeric_limits<qint64>::min();
};

} // namespace

SharedUsageImport::Result SharedUsageImport::run(const WorkspaceLocation &location,
                                                 const QString &path,
                                                 const UsageImportOptions &options,
                                                 const std::atomic<bool> *cancelled)
{
    Result result;
    // The mapping and the personas come from the workspace as the server has it now.
    const SharedStore::OpenResult opened
        = SharedStore::open(location, WorkspaceStore::Access::ReadOnly);
    if (!opened.store) {
        result.saveError = opened.error;
        return result;
    }
    PgConnection connection(location);
    connection.setPace(PgConnection::Pace::Bulk);
    connection.setCancelFlag(cancelled);
    QString error;
    if (!connection.open(&error) || !connection.useWorkspaceSchema(&error)) {
        result.saveError = error;
        return result;
    }
    ServerImport import(connection, location.schemaName(), opened.workspace, options, result);
    if (import.run(path)) {
        result.import.ok = true;
        return result;
    }
    connection.exec(u"ROLLBACK"_s);
    return result;
}

} // namespace Parcours
