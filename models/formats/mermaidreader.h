#pragma once

#include "formats/workspaceformat.h"

#include <QStringList>

namespace Parcours {

// Reads the lines [begin, end) of one Mermaid user-journey diagram into `result`: its errors
// and warnings, naming lines of the whole file `fileName`, and without errors the fragment
// (one journey, its actors as personas).
void readMermaidDiagram(const QStringList &lines, qsizetype begin, qsizetype end,
                        const QString &fileName, ImportResult &result);

} // namespace Parcours
