#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parcours {

struct UsageImportOptions
{
    // --users FILE: user id → persona name; it wins over the events' own persona values.
    QHash<QByteArray, QString> userPersonas;
    QDate from, to; // --from/--to, both included; invalid: no bound
    bool skipBadRows = false;
    // Bytes of the file read so far and in all; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
    int listedErrors = 50; // bad rows listed; all are counted
};

struct UsageImportResult
{
    // Whether there is a source to add: false when the file could not be read (failure), has
    // bad rows without skipBadRows (errors), or the import was cancelled.
    bool ok = false;
    bool cancelled = false;
    QString failure; // "FILE: reason" or "FILE:LINE: reason" when it cannot be read at all
    QStringList errors; // "FILE:LINE: reason", the first listedErrors bad rows
    qint64 badRows = 0;
    QString shape; // the shape recognised, for the user
    UsageSource source; // id 0: Edit::importUsage gives it one, or that of the same file
    std::vector<UsageUser> users; // the workspace's users, then those new in this file
    QStringList unmappedUsers; // this file's users without a persona, in order of appearance
    QHash<QString, qint64> unknownPersonas; // persona names not in the workspace → users
    qint64 outsideWindow = 0; // events before --from or after --to, left out
};

// Reads an events file of any shape (formats/eventreader.h) and aggregates it into one usage
// source against the workspace: its use cases' events give the mapping, its personas' names
// the users' personas. Reads in bounded memory: what grows is the aggregate (users × months ×
// use cases done), never the events.
class UsageImport
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::UsageImport)

public:
    static UsageImportResult read(const QString &path, const Workspace &workspace,
                                  const UsageImportOptions &options = {});
    // The unmapped events' names with their counts, most frequent first (then by name).
    static std::vector<std::pair<QString, qint64>> byCount(
        const QHash<QString, qint64> &unmappedEventNames);
    // Whether a file starting with `head` is an events file of a shape read() knows (or gzip,
    // which only reading tells): File > Import's detection.
    static bool looksLikeEvents(const QByteArray &head);
    // A users CSV, header user_id,persona; false with "FILE:LINE: reason" when it is not one.
    static bool readUsers(const QString &path, QHash<QByteArray, QString> *userPersonas,
                          QString *error);
};

} // namespace Parcours
