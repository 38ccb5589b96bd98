#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <vector>

namespace Parcours {

// What changed between two states of a workspace (issue 23: a version and another, or now),
// field by field. Fields are named and valued as in the workspace JSON (docs/FILE-FORMATS.md),
// so every field, also one added later, is compared.
struct FieldChange
{
    QString field; // "text", "frequency", "customers_end"
    QJsonValue before; // null when absent
    QJsonValue after;
};

struct ItemChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString item; // "persona", "use_case", "journey", "stage", "step", "lane", "cell", …
    QString name; // as the user knows it: a name, a title, "Stage × Lane" for a cell
    std::vector<FieldChange> fields; // Changed only
};

// The changes of one persona, journey, or of the workspace's other parts.
struct ChangeGroup
{
    QString kind; // "workspace", "persona", "journey", "metrics", "opportunities", "usage"
    QString name; // the persona's or journey's name; empty for the others
    std::vector<ItemChange> changes;
};

// A persona whose forgotten-zone verdict (current use cases) is not what it was.
struct VerdictFlip
{
    QString persona;
    bool before = false;
    bool after = false;
};

struct WorkspaceDiff
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDiff)

public:
    // Called out first: verdicts that flipped, metric periods added, removed or changed.
    std::vector<VerdictFlip> verdictFlips;
    std::vector<ItemChange> metricChanges;
    std::vector<ChangeGroup> groups; // workspace, then personas, journeys, the rest

    bool isEmpty() const { return verdictFlips.empty() && metricChanges.empty() && groups.empty(); }
    int changeCount() const;

    static WorkspaceDiff compare(const Workspace &from, const Workspace &to);

    // Readable text, one change a line, grouped; "No changes." when empty. Translated.
    QString toText() const;
    // {"changed": bool, "forgotten_zone": […], "metrics": […], "groups": […]}; see
    // docs/FILE-FORMATS.md. Keys are not translated.
    QByteArray toJson() const;

    // "added stage \"Discover\"": the line's beginning for one item. Translated.
    static QString describe(const ItemChange &change);
    // A value as the text shows it: strings quoted, null as "—".
    static QString valueText(const QJsonValue &value);
};

} // namespace Parcours
