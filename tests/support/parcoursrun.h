#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Parcours::Testing {

// What a run of the parcours executable gave.
struct CliRun
{
    int code = -1; // -1: it did not finish in time
    QString out;
    QString err;
};

struct CliOptions
{
    // Set in its environment, e.g. PGPASSWORD; an empty value removes the variable.
    QHash<QString, QString> environment;
    QString workingDirectory; // empty: the test's own
    int timeoutMs = 120000;
};

// Options for a run whose messages follow `locale` (LC_ALL, LANG and LANGUAGE).
CliOptions inLocale(const QString &locale);

// Runs the parcours executable with `args` as a script would, without a display: no
// QT_QPA_PLATFORM, DISPLAY or XDG_RUNTIME_DIR (as under cron, ssh or CI). Command-line modes
// must not need them.
CliRun runParcours(const QStringList &args, const CliOptions &options = {});

} // namespace Parcours::Testing
