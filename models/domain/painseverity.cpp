#include "domain/painseverity.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr std::array<PainSeverity, 3> severe
    = {PainSeverity::Abandonment, PainSeverity::Workaround, PainSeverity::Trivial};

// A blank line is no pain point: its severity goes (a cell emptied, a line cleared).
std::vector<PainSeverity> withoutBlankLines(const QStringList &lines,
                                            std::vector<PainSeverity> severities)
{
    for (size_t i = 0; i < severities.size() && i < size_t(lines.size()); ++i) {
        if (lines.at(qsizetype(i)).trimmed().isEmpty())
            severities[i] = PainSeverity::None;
    }
    return normalizedSeverities(std::move(severities));
}

} // namespace

QString painSeverityKey(PainSeverity severity)
{
    switch (severity) {
    case PainSeverity::None: return {};
    case PainSeverity::Trivial: return u"trivial"_s;
    case PainSeverity::Workaround: return u"workaround"_s;
    case PainSeverity::Abandonment: return u"abandonment"_s;
    }
    return {};
}

std::optional<PainSeverity> painSeverityFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty() || k == u"none"_s)
        return PainSeverity::None;
    for (const PainSeverity s : severe) {
        if (k == painSeverityKey(s))
            return s;
    }
    return std::nullopt;
}

QString painSeverityName(PainSeverity severity)
{
    switch (severity) {
    case PainSeverity::None: return QCoreApplication::translate("Parcours::PainSeverity", "None");
    case PainSeverity::Trivial:
        return QCoreApplication::translate("Parcours::PainSeverity", "Trivial");
    case PainSeverity::Workaround:
        return QCoreApplication::translate("Parcours::PainSeverity", "Workaround");
    case PainSeverity::Abandonment:
        return QCoreApplication::translate("Parcours::PainSeverity", "Abandonment");
    }
    return {};
}

QString painSeverityMark(PainSeverity severity)
{
    switch (severity) {
    case PainSeverity::None: return {};
    //: The mark before a trivial pain point: exclamation marks and the name's first letter
    case PainSeverity::Trivial: return QCoreApplication::translate("Parcours::PainSeverity", "!T");
    //: The mark before a pain point with a workaround
    case PainSeverity::Workaround:
        return QCoreApplication::translate("Parcours::PainSeverity", "!!W");
    //: The mark before a pain point that makes customers give up
    case PainSeverity::Abandonment:
        return QCoreApplication::translate("Parcours::PainSeverity", "!!!A");
    }
    return {};
}

QString painSeveritiesKey(const std::vector<PainSeverity> &severities)
{
    QStringList keys;
    for (const PainSeverity s : severities)
        keys.append(painSeverityKey(s));
    return keys.join(u'|');
}

std::optional<std::vector<PainSeverity>> painSeveritiesFromKey(const QString &key, QString *bad)
{
    std::vector<PainSeverity> severities;
    if (key.trimmed().isEmpty())
        return severities;
    for (const QString &part : key.split(u'|')) {
        const auto s = painSeverityFromKey(part);
        if (!s) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        severities.push_back(*s);
    }
    return normalizedSeverities(std::move(severities));
}

std::vector<PainSeverity> normalizedSeverities(std::vector<PainSeverity> severities)
{
    while (!severities.empty() && severities.back() == PainSeverity::None)
        severities.pop_back();
    return severities;
}

QStringList cellLines(const QString &text)
{
    return text.split(u'\n');
}

PainSeverity severityOfLine(const Cell &cell, int line)
{
    return line >= 0 && size_t(line) < cell.severities.size() ? cell.severities[size_t(line)]
                                                              : PainSeverity::None;
}

std::vector<PainSeverity> withSeverity(std::vector<PainSeverity> severities, int line,
                                       PainSeverity severity)
{
    if (line < 0)
        return severities;
    if (size_t(line) >= severities.size())
        severities.resize(size_t(line) + 1, PainSeverity::None);
    severities[size_t(line)] = severity;
    return normalizedSeverities(std::move(severities));
}

std::vector<PainSeverity> realignSeverities(const QString &before, const QString &after,
                                            const std::vector<PainSeverity> &severities)
{
    if (severities.empty())
        return {};
    const QStringList oldLines = cellLines(before);
    const QStringList newLines = cellLines(after);
    const auto oldCount = size_t(oldLines.size());
    const auto newCount = size_t(newLines.size());
    auto oldSeverity = [&](size_t i) {
        return i < severities.size() ? severities[i] : PainSeverity::None;
    };
    std::vector<PainSeverity> result(newCount, PainSeverity::None);
    if (oldCount == newCount) {
        // Edited in place (or unchanged): each line keeps its own.
        for (size_t i = 0; i < newCount; ++i)
            result[i] = oldSeverity(i);
        return withoutBlankLines(newLines, std::move(result));
    }
    // Lines inserted or deleted: the longest common subsequence of lines says which old line
    // each unchanged new line is. Cells hold a few lines, so the table is small.
    std::vector<std::vector<int>> lcs(oldCount + 1, std::vector<int>(newCount + 1, 0));
    for (size_t i = oldCount; i-- > 0;) {
        for (size_t j = newCount; j-- > 0;) {
            lcs[i][j] = oldLines[qsizetype(i)] == newLines[qsizetype(j)]
                ? lcs[i + 1][j + 1] + 1
                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<bool> oldUsed(oldCount, false);
    std::vector<bool> newMatched(newCount, false);
    size_t i = 0;
    size_t j = 0;
    while (i < oldCount && j < newCount) {
        if (oldLines[qsizetype(i)] == newLines[qsizetype(j)]) {
            result[j] = oldSeverity(i);
            oldUsed[i] = newMatched[j] = true;
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    // A line moved elsewhere is unchanged too: the first unused old line of the same text.
    for (size_t n = 0; n < newCount; ++n) {
        for (size_t o = 0; o < oldCount && !newMatched[n]; ++o) {
            if (!oldUsed[o] && oldLines[qsizetype(o)] == newLines[qsizetype(n)]) {
                result[n] = oldSeverity(o);
                oldUsed[o] = newMatched[n] = true;
            }
        }
    }
    return withoutBlankLines(newLines, std::move(result));
}

SeverityCounts severityCounts(const Stage &stage)
{
    SeverityCounts counts;
    for (const Step &step : stage.steps) {
        for (const Cell &cell : step.cells) {
            const auto lines = size_t(cellLines(cell.text).size());
            for (size_t i = 0; i < cell.severities.size() && i < lines; ++i) {
                switch (cell.severities[i]) {
                case PainSeverity::None: break;
                case PainSeverity::Trivial: ++counts.trivial; break;
                case PainSeverity::Workaround: ++counts.workaround; break;
                case PainSeverity::Abandonment: ++counts.abandonment; break;
                }
            }
        }
    }
    return counts;
}

QString describeSeverityCounts(const SeverityCounts &counts)
{
    QStringList parts;
    if (counts.abandonment > 0)
        parts.append(QCoreApplication::translate("Parcours::PainSeverity", "%n abandonment",
                                                 nullptr, counts.abandonment));
    if (counts.workaround > 0)
        parts.append(QCoreApplication::translate("Parcours::PainSeverity", "%n workaround", nullptr,
                                                 counts.workaround));
    if (counts.trivial > 0)
        parts.append(QCoreApplication::translate("Parcours::PainSeverity", "%n trivial", nullptr,
                                                 counts.trivial));
    return parts.join(u", "_s);
}

bool usesSeverities(const Journey &journey)
{
    return std::any_of(journey.stages.begin(), journey.stages.end(),
                       [](const Stage &stage) { return severityCounts(stage).total() > 0; });
}

} // namespace Parcours
