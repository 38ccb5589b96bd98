#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Parcours::Cli {

// A subcommand's arguments: positionals, options taking a value and flags.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> values; // by long name, e.g. "--format"
    QSet<QString> flags;
    QString error; // set when an argument is unknown or a value is missing

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};

// `valueOptions` and `flagOptions` are long names; "-o" and "-f" stand for "--output" and
// "--format".
Arguments parseArguments(const QStringList &args, const QStringList &valueOptions,
                         const QStringList &flagOptions = {});

} // namespace Parcours::Cli
