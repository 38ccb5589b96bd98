#include "store/usagerows.h"
#include "store/sqlitehandle.h"
#include "store/usagerowsbulk.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <numeric>
#include <string>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s);
}

QDateTime timeOf(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString namesText(const QHash<QString, qint64> &names)
{
    QJsonObject object;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> namesOf(const QString &text)
{
    QHash<QString, qint64> names;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        names.insert(it.key(), it.value().toInteger());
    return names;
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// A source's identity in the table: what changes when it is replaced.
QString stamp(const UsageSource &source)
{
    return timeText(source.importedAt) + u'|' + source.fingerprint;
}

// Rows of `columns` values inserted many to a statement: ten million events give millions
// of counts, and one statement per row would spend most of the import in SQLite's calls.
template<typename Row, typename Bind>
bool insertRows(QSqlDatabase &db, const QString &table, const QString &columns, int width,
                const std::vector<Row> &rows, Bind bind, QString *error)
{
    constexpr size_t perStatement = 100;
    QString placeholders = u"("_s + u"?, "_s.repeated(width - 1) + u"?)"_s;
    auto statement = [&](size_t count) {
        return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(
            table, columns, (placeholders + u", "_s).repeated(int(count)).chopped(2));
    };
    QSqlQuery full(db);
    if (rows.size() >= perStatement && !full.prepare(statement(perStatement))) {
        *error = full.lastError().text();
        return false;
    }
    size_t i = 0;
    for (; i + perStatement <= rows.size(); i += perStatement) {
        for (size_t j = i; j < i + perStatement; ++j)
            bind(full, rows[j]);
        if (!run(full, error))
            return false;
    }
    if (i == rows.size())
        return true;
    QSqlQuery rest(db);
    if (!rest.prepare(statement(rows.size() - i))) {
        *error = rest.lastError().text();
        return false;
    }
    for (; i < rows.size(); ++i)
        bind(rest, rows[i]);
    return run(rest, error);
}

// "2026-01-01", formatted again only when the date changes (the months of a source's rows).
class DateTexts
{
public:
    const QByteArray &of(const QDate &date)
    {
        if (date == mLast)
            return mText;
        mLast = date;
        int year = 0;
        int month = 0;
        int day = 0;
        date.getDate(&year, &month, &day);
        if (year < 0 || year > 9999) {
            mText = date.toString(Qt::ISODate).toLatin1();
            return mText;
        }
        // As Qt::ISODate writes it, without QString::asprintf (a last day per activity row).
        mText.resize(10);
        char *out = mText.data();
        const auto digits = [&out](int value, int count) {
            for (int i = count - 1; i >= 0; --i, value /= 10)
                out[i] = char('0' + value % 10);
            out += count;
        };
        digits(year, 4);
        *out++ = '-';
        digits(month, 2);
        *out++ = '-';
        digits(day, 2);
        return mText;
    }

private:
    QDate mLast;
    QByteArray mText;
};

template<typename Row, typename Bind>
bool insertSqliteRows(sqlite3 *handle, const char *sql, const std::vector<Row> &rows, Bind bind,
                      QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    for (const Row &row : rows) {
        bind(statement, row);
        if (sqlite3_step(statement) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return false;
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return true;
}

// The values of a source's count and activity rows, as the bulk insert's columns read them.
struct SourceRows
{
    const UsageSource &source;
    DateTexts months;
    DateTexts lastDays;

    static void text(sqlite3_context *result, const QByteArray &text)
    {
        sqlite3_result_text(result, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    static void count(void *rows, size_t row, int column, sqlite3_context *result)
    {
        auto &self = *static_cast<SourceRows *>(rows);
        const UsageCount &c = self.source.counts[row];
        switch (column) {
        case 0: sqlite3_result_int64(result, self.source.id); break;
        case 1: sqlite3_result_int64(result, c.user); break;
        case 2: sqlite3_result_int64(result, c.useCaseId); break;
        case 3: text(result, self.months.of(c.month)); break;
        default: sqlite3_result_int64(result, c.count); break;
        }
    }
    static void activity(void *rows, size_t row, int column, sqlite3_context *result)
    {
        auto &self = *static_cast<SourceRows *>(rows);
        const UsageActivity &a = self.source.activity[row];
        switch (column) {
        case 0: sqlite3_result_int64(result, self.source.id); break;
        case 1: sqlite3_result_int64(result, a.user); break;
        case 2: text(result, self.months.of(a.month)); break;
        case 3: sqlite3_result_int64(result, a.activeDays); break;
        default: text(result, self.lastDays.of(a.lastDay)); break;
        }
    }
};

constexpr const char *insertCount = "INSERT INTO usage_count (source_id, user_idx, use_case_id,"
                                    " month, count) ";
constexpr const char *insertActivity = "INSERT INTO usage_activity (source_id, user_idx, month,"
                                       " active_days, last_day) ";
constexpr const char *valuesOfRow = "VALUES (?, ?, ?, ?, ?)";

// One statement a row, values bound: where the bulk insert's virtual table is not available.
bool insertCountsRowByRow(sqlite3 *handle, const UsageSource &s, QString *error)
{
    DateTexts months;
    const auto bind = [&](sqlite3_stmt *row, const UsageCount &c) {
        const QByteArray &month = months.of(c.month);
        sqlite3_bind_int64(row, 1, s.id);
        sqlite3_bind_int64(row, 2, c.user);
        sqlite3_bind_int64(row, 3, c.useCaseId);
        sqlite3_bind_text(row, 4, month.constData(), int(month.size()), SQLITE_STATIC);
        sqlite3_bind_int64(row, 5, c.count);
    };
    return insertSqliteRows(handle, (insertCount + std::string(valuesOfRow)).c_str(), s.counts,
                            bind, error);
}

bool insertActivityRowByRow(sqlite3 *handle, const UsageSource &s, QString *error)
{
    DateTexts months;
    DateTexts lastDays;
    const auto bind = [&](sqlite3_stmt *row, const UsageActivity &a) {
        const QByteArray &month = months.of(a.month);
        const QByteArray &lastDay = lastDays.of(a.lastDay);
        sqlite3_bind_int64(row, 1, s.id);
        sqlite3_bind_int64(row, 2, a.user);
        sqlite3_bind_text(row, 3, month.constData(), int(month.size()), SQLITE_STATIC);
        sqlite3_bind_int64(row, 4, a.activeDays);
        sqlite3_bind_text(row, 5, lastDay.constData(), int(lastDay.size()), SQLITE_STATIC);
    };
    return insertSqliteRows(handle, (insertActivity + std::string(valuesOfRow)).c_str(), s.activity,
                            bind, error);
}

// A source's rows in two INSERT … SELECT statements (store/usagerowsbulk.h), in the order of
// its vectors, as one statement a row wrote them.
bool insertSqliteCounts(sqlite3 *handle, const UsageSource &s, QString *error)
{
    SourceRows rows {s, {}, {}};
    const std::string select = "SELECT c0, c1, c2, c3, c4 FROM parcours_rows";
    bool unavailable = false;
    if (!UsageRowsBulk::insert(handle, (insertCount + select).c_str(), &rows, s.counts.size(),
                               SourceRows::count, error, &unavailable)) {
        return unavailable && insertCountsRowByRow(handle, s, error)
            && insertActivityRowByRow(handle, s, error);
    }
    return UsageRowsBulk::insert(handle, (insertActivity + select).c_str(), &rows,
                                 s.activity.size(), SourceRows::activity, error, &unavailable)
        || (unavailable && insertActivityRowByRow(handle, s, error));
}

bool insertSource(QSqlDatabase &db, const UsageSource &s, int position, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO usage_source (id, position, file_name, size, fingerprint, imported_at,"
              " events, unmapped_events, first_event, last_event, unmapped_names)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(s.id);
    q.addBindValue(position);
    q.addBindValue(s.fileName.isNull() ? u""_s : s.fileName);
    q.addBindValue(s.size);
    q.addBindValue(s.fingerprint.isNull() ? u""_s : s.fingerprint);
    q.addBindValue(timeText(s.importedAt));
    q.addBindValue(s.events);
    q.addBindValue(s.unmappedEvents);
    q.addBindValue(timeText(s.firstEvent));
    q.addBindValue(timeText(s.lastEvent));
    q.addBindValue(namesText(s.unmappedEventNames));
    if (!run(q, error))
        return false;
    if (sqlite3 *handle = sqliteHandle(db))
        return insertSqliteCounts(handle, s, error);
    const auto bindCount = [&s](QSqlQuery &row, const UsageCount &c) {
        row.addBindValue(s.id);
        row.addBindValue(c.user);
        row.addBindValue(c.useCaseId);
        row.addBindValue(dateText(c.month));
        row.addBindValue(c.count);
    };
    const auto bindActivity = [&s](QSqlQuery &row, const UsageActivity &a) {
        row.addBindValue(s.id);
        row.addBindValue(a.user);
        row.addBindValue(dateText(a.month));
        row.addBindValue(a.activeDays);
        row.addBindValue(dateText(a.lastDay));
    };
    return insertRows(db, u"usage_count"_s, u"source_id, user_idx, use_case_id, month, count"_s, 5,
                      s.counts, bindCount, error)
        && insertRows(db, u"usage_activity"_s,
                      u"source_id, user_idx, month, active_days, last_day"_s, 5, s.activity,
                      bindActivity, error);
}

bool deleteSource(QSqlDatabase &db, Id id, QString *error)
{
    for (const QString &table : {u"usage_count"_s, u"usage_activity"_s}) {
        if (!run(db, u"DELETE FROM %1 WHERE source_id = %2"_s.arg(table).arg(id), error))
            return false;
    }
    return run(db, u"DELETE FROM usage_source WHERE id = %1"_s.arg(id), error);
}

} // namespace

bool UsageRows::write(QSqlDatabase &db, const ObservedUsage &usage, QString *error)
{
    if (!run(db, u"DELETE FROM usage_user"_s, error))
        return false;
    std::vector<size_t> users(usage.users.size());
    std::iota(users.begin(), users.end(), size_t(0));
    const auto bindUser = [&usage](QSqlQuery &q, size_t i) {
        const UsageUser &user = usage.users[i];
        q.addBindValue(qint64(i));
        q.addBindValue(user.userId.isNull() ? u""_s : user.userId);
        q.addBindValue(user.personaId);
    };
    if (sqlite3 *handle = sqliteHandle(db)) {
        QByteArray id;
        const auto bindSqliteUser = [&](sqlite3_stmt *row, size_t i) {
            id = usage.users[i].userId.toUtf8();
            sqlite3_bind_int64(row, 1, qint64(i));
            sqlite3_bind_text(row, 2, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_int64(row, 3, usage.users[i].personaId);
        };
        if (!insertSqliteRows(handle,
                              "INSERT INTO usage_user (idx, user_id, persona_id) VALUES (?, ?, ?)",
                              users, bindSqliteUser, error)) {
            return false;
        }
    } else if (!insertRows(db, u"usage_user"_s, u"idx, user_id, persona_id"_s, 3, users, bindUser,
                           error)) {
        return false;
    }
    QHash<Id, QString> stored;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, imported_at, fingerprint FROM usage_source"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        stored.insert(q.value(0).toLongLong(),
                      q.value(1).toString() + u'|' + q.value(2).toString());
    QSet<Id> kept;
    for (size_t i = 0; i < usage.sources.size(); ++i) {
        const UsageSource &source = usage.sources[i];
        kept.insert(source.id);
        const auto found = stored.constFind(source.id);
        if (found != stored.cend() && *found == stamp(source)) {
            if (!run(db,
                     u"UPDATE usage_source SET position = %1 WHERE id = %2"_s.arg(i).arg(source.id),
                     error))
                return false;
            continue;
        }
        if (found != stored.cend() && !deleteSource(db, source.id, error))
            return false;
        if (!insertSource(db, source, int(i), error))
            return false;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!kept.contains(it.key()) && !deleteSource(db, it.key(), error))
            return false;
    }
    return true;
}

bool UsageRows::read(QSqlDatabase &db, ObservedUsage *usage, QString *error)
{
    *usage = {};
    if (db.record(u"usage_source"_s).isEmpty())
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT idx, user_id, persona_id FROM usage_user ORDER BY idx"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (q.value(0).toLongLong() != qint64(usage->users.size())) {
            *error = tr("the observed usage's users are not numbered 0, 1, 2 …");
            return false;
        }
        usage->users.push_back({q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (!q.exec(u"SELECT id, file_name, size, fingerprint, imported_at, events, unmapped_events,"
                " first_event, last_event, unmapped_names FROM usage_source"
                " ORDER BY position, id"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QHash<Id, size_t> index;
    while (q.next()) {
        UsageSource s;
        s.id = q.value(0).toLongLong();
        s.fileName = q.value(1).toString();
        s.size = q.value(2).toLongLong();
        s.fingerprint = q.value(3).toString();
        s.importedAt = timeOf(q.value(4));
        s.events = q.value(5).toLongLong();
        s.unmappedEvents = q.value(6).toLongLong();
        s.firstEvent = timeOf(q.value(7));
        s.lastEvent = timeOf(q.value(8));
        s.unmappedEventNames = namesOf(q.value(9).toString());
        index.insert(s.id, usage->sources.size());
        usage->sources.push_back(std::move(s));
    }
    const auto users = qint64(usage->users.size());
    auto sourceOf = [&](const QVariant &id, int user) -> UsageSource * {
        const auto found = index.constFind(id.toLongLong());
        if (found == index.cend() || user < 0 || user >= users) {
            *error = tr("an observed usage count refers to no source or no user");
            return nullptr;
        }
        return &usage->sources[*found];
    };
    if (!q.exec(u"SELECT source_id, user_idx, use_case_id, month, count FROM usage_count"
                " ORDER BY source_id, user_idx, month, use_case_id"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageSource *s = sourceOf(q.value(0), q.value(1).toInt());
        if (!s)
            return false;
        s->counts.push_back({q.value(1).toInt(), q.value(2).toLongLong(),
                             QDate::fromString(q.value(3).toString(), Qt::ISODate),
                             q.value(4).toLongLong()});
    }
    if (!q.exec(u"SELECT source_id, user_idx, month, active_days, last_day FROM usage_activity"
                " ORDER BY source_id, user_idx, month"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageSource *s = sourceOf(q.value(0), q.value(1).toInt());
        if (!s)
            return false;
        s->activity.push_back(
            {q.value(1).toInt(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
             q.value(3).toInt(), QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    }
    return true;
}

} // namespace Parcours
