#pragma once

#include "domain/journey.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Pain-point severity (issue 20): trivial, workaround or abandonment, set per line of a text
// cell and kept in Cell::severities, aligned with the cell's lines.
namespace Parcours {

// Keys in files, JSON, CSV and the report: "" (none), "trivial", "workaround", "abandonment".
QString painSeverityKey(PainSeverity severity);
std::optional<PainSeverity> painSeverityFromKey(const QString &key); // "" and "none": None
// Translated: "Trivial", "Workaround", "Abandonment" ("None" for None).
QString painSeverityName(PainSeverity severity);
// The mark drawn before a line, a symbol and a letter (never colour alone): "!T", "!!W",
// "!!!A"; empty for None.
QString painSeverityMark(PainSeverity severity);

// Severities as text, one key per line separated by '|' ("abandonment||trivial").
QString painSeveritiesKey(const std::vector<PainSeverity> &severities);
// Reads that text; nullopt with the unknown key in `bad` when an entry is not a severity.
std::optional<std::vector<PainSeverity>> painSeveritiesFromKey(const QString &key,
                                                               QString *bad = nullptr);
// Without trailing Nones: the stored form (equal severities compare equal).
std::vector<PainSeverity> normalizedSeverities(std::vector<PainSeverity> severities);

QStringList cellLines(const QString &text); // split at '\n', empty lines kept
PainSeverity severityOfLine(const Cell &cell, int line);
std::vector<PainSeverity> withSeverity(std::vector<PainSeverity> severities, int line,
                                       PainSeverity severity);

// The severities after the cell's text changes from `before` to `after`: a line kept
// unchanged keeps its severity wherever it moves; with as many lines as before, a line edited
// in place keeps it; a deleted line's severity goes.
std::vector<PainSeverity> realignSeverities(const QString &before, const QString &after,
                                            const std::vector<PainSeverity> &severities);

// Lines of each severity in a stage's cells (lines that exist only).
struct SeverityCounts
{
    int trivial = 0;
    int workaround = 0;
    int abandonment = 0;

    int total() const { return trivial + workaround + abandonment; }
    bool operator==(const SeverityCounts &o) const
    {
        return trivial == o.trivial && workaround == o.workaround && abandonment == o.abandonment;
    }
};
SeverityCounts severityCounts(const Stage &stage);
// "2 abandonment, 1 workaround" (worst first, zeros left out; empty when none), translated.
QString describeSeverityCounts(const SeverityCounts &counts);
// Whether any cell of the journey has a severity (posters list the legend then).
bool usesSeverities(const Journey &journey);

} // namespace Parcours
