#pragma once

#include "domain/workspace.h"

#include <QStringList>

#include <optional>
#include <vector>

// A Mermaid user journey as read (mermaidreader.cpp), before it becomes a journey
// (mermaidjourney.cpp).
namespace Parcours::MermaidDiagram {

struct ParsedTask
{
    QString name;
    int score = 3;
    QStringList actors;
    QString text; // the statement as written, trimmed
};

struct ParsedStage
{
    QString name;
    int line = 0;
    QStringList statementLines; // as written, trimmed: to tell whether it was edited
    std::vector<ParsedTask> tasks;
    QString meta; // the JSON of its "%% parcours-stage" line
    int metaLine = 0;
};

struct ParsedDiagram
{
    std::optional<QString> title;
    QString frontMatterTitle;
    QString accTitle;
    std::optional<QString> description;
    QString journeyMeta; // the JSON of its "%% parcours-journey" line
    int journeyMetaLine = 0;
    std::vector<ParsedStage> stages;
};

// The journey, with the actors as personas (the first one the journey's): as Parcours wrote
// it where the "%% parcours-" lines are readable and the text still agrees with them, else as
// the Mermaid text says. Adds "FILE:LINE: warning: …" to `warnings`.
Workspace buildJourney(const ParsedDiagram &diagram, const QString &fileName,
                       QStringList &warnings);

} // namespace Parcours::MermaidDiagram
