#include "arguments.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

Arguments parseArguments(const QStringList &args, const QStringList &valueOptions,
                         const QStringList &flagOptions)
{
    static const QHash<QString, QString> shortNames
        = {{u"-o"_s, u"--output"_s}, {u"-f"_s, u"--format"_s}};
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString name = shortNames.value(args.at(i), args.at(i));
        if (valueOptions.contains(name)) {
            if (i + 1 >= args.size()) {
                parsed.error = QCoreApplication::translate("Parcours::Cli", "%1 needs a value")
                                   .arg(args.at(i));
                return parsed;
            }
            parsed.values.insert(name, args.at(++i));
        } else if (flagOptions.contains(name)) {
            parsed.flags.insert(name);
        } else if (name.startsWith(u'-') && name.size() > 1) {
            parsed.error
                = QCoreApplication::translate("Parcours::Cli", "unknown option %1").arg(args.at(i));
            return parsed;
        } else {
            parsed.positional << args.at(i);
        }
    }
    return parsed;
}

} // namespace Parcours::Cli
