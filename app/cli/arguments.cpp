#include "arguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

// "--format" → "format", as QCommandLineOption names it.
QString bare(const QString &longName)
{
    return longName.mid(2);
}

// The option an argument names: "--format=json", "-format" → "format"; empty for a positional
// ("x", "-").
QString optionName(const QString &arg)
{
    if (arg.size() < 2 || !arg.startsWith(u'-'))
        return {};
    return arg.mid(arg.startsWith(u"--"_s) ? 2 : 1).section(u'=', 0, 0);
}

// QCommandLineParser's messages differ from the ones scripts and the tests know: these are
// made here from what it found.
void describeError(const QCommandLineParser &parser, const QStringList &args,
                   const QStringList &flagOptions, Arguments *parsed)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Parcours::Cli", text);
    };
    // The first option that is unknown or a flag given a value ("--json=yes").
    const QStringList unknown = parser.unknownOptionNames();
    for (const QString &arg : args) {
        if (arg == u"--")
            break;
        const QString name = optionName(arg);
        if (name.isEmpty())
            continue;
        const bool flagWithValue
            = arg.contains(u'=') && flagOptions.contains(u"--"_s + name, Qt::CaseSensitive);
        if (unknown.contains(name) || flagWithValue) {
            parsed->offending = arg;
            parsed->error = tr("unknown option %1").arg(arg);
            return;
        }
    }
    // Else an option that takes a value came last, without one.
    parsed->offending = args.isEmpty() ? QString() : args.constLast();
    parsed->error = tr("%1 needs a value").arg(parsed->offending);
}

} // namespace

Arguments parseArguments(const QStringList &args, const QStringList &valueOptions,
                         const QStringList &flagOptions)
{
    static const QHash<QString, QString> shortNames
        = {{u"output"_s, u"o"_s}, {u"format"_s, u"f"_s}, {u"template"_s, u"t"_s}};
    QCommandLineParser parser;
    // "-x" is one option named "x", never the letters of several: "-weird.parcours" is
    // reported whole.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto addOption = [&parser](const QString &longName, bool takesValue) {
        QStringList names {bare(longName)};
        if (const QString shortName = shortNames.value(names.first()); !shortName.isEmpty())
            names << shortName;
        parser.addOption(QCommandLineOption(names, QString(), takesValue ? u"value"_s : QString()));
    };
    for (const QString &name : valueOptions)
        addOption(name, true);
    for (const QString &name : flagOptions)
        addOption(name, false);

    Arguments parsed;
    const bool ok = parser.parse(QStringList {u"parcours"_s} + args);
    parsed.positional = parser.positionalArguments();
    for (const QString &name : valueOptions) {
        if (parser.isSet(bare(name)))
            parsed.values.insert(name, parser.values(bare(name)));
    }
    for (const QString &name : flagOptions) {
        if (parser.isSet(bare(name)))
            parsed.flags.insert(name);
    }
    if (!ok) {
        describeError(parser, args, flagOptions, &parsed);
        return parsed;
    }
    // An option given twice with two values is a mistake (a script that adds "-o" to a
    // command that has one): taking the last silently wrote another file or format. Only
    // the users an admin grants may be several.
    static const QStringList repeatable = {u"--editor"_s, u"--viewer"_s, u"--commenter"_s};
    for (const QString &name : valueOptions) {
        const QStringList given = parsed.values.value(name);
        if (repeatable.contains(name) || given.size() < 2)
            continue;
        for (const QString &other : given) {
            if (other != given.first()) {
                parsed.offending = name;
                parsed.givenTwice = true;
                parsed.error = QCoreApplication::translate("Parcours::Cli",
                                                           "%1 is given twice (%2 and %3); give "
                                                           "it once")
                                   .arg(name, given.first(), other);
                return parsed;
            }
        }
    }
    return parsed;
}

} // namespace Parcours::Cli
