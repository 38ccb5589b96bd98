#include "parcoursrun.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Parcours::Testing {

CliOptions inLocale(const QString &locale)
{
    CliOptions options;
    for (const QString &name : {u"LC_ALL"_s, u"LANG"_s, u"LANGUAGE"_s})
        options.environment.insert(name, locale);
    return options;
}

CliRun runParcours(const QStringList &args, const CliOptions &options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"XDG_RUNTIME_DIR"_s})
        env.remove(name);
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(QStringLiteral(PARCOURS_EXECUTABLE), args);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Parcours::Testing
