#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Parcours::Cli {

// A subcommand's arguments: positionals, options taking a value and flags.
struct Arguments
{
    QStringList positional;
    QHash<QString, QStringList> values; // by long name, e.g. "--format"; in the order given
    QSet<QString> flags;
    // Set when an option is unknown or a value is missing: "unknown option --x",
    // "--format needs a value"; `offending` is that argument as typed.
    QString error;
    QString offending;
    bool givenTwice = false; // `error` says that the option `offending` names has two values

    // The option's value. Given several times, the values must be the same (else `error` is
    // set), except for --editor, --viewer and --commenter, which may name several users.
    QString value(const QString &name) const
    {
        const QStringList given = values.value(name);
        return given.isEmpty() ? QString() : given.constLast();
    }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};

// Parses with QCommandLineParser: `--name value`, `--name=value`, and `--` ending the options
// (what follows is positional, even when it starts with "-"). `valueOptions` and
// `flagOptions` are long names; "-o", "-f" and "-t" stand for "--output", "--format" and
// "--template" where those are options. What was read is filled in even when `error` is set.
Arguments parseArguments(const QStringList &args, const QStringList &valueOptions,
                         const QStringList &flagOptions = {});

} // namespace Parcours::Cli
