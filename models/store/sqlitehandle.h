#pragma once

class QSqlDatabase;
struct sqlite3;

namespace Parcours {

// The connection's own SQLite handle, for the few paths that go through SQLite's API where
// Qt's layer would make a QVariant and a QString per value (store/usagerows.cpp writing the
// counts of millions of events, store/storereadersummary.cpp reading `info`'s summary);
// null when the connection is not Qt's SQLite driver (PostgreSQL), for the caller to use Qt's
// layer.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Parcours
