#pragma once

class QWidget;

namespace Parcours {

class WorkspaceDocument;

// File > Import… and File > Export… over every registered WorkspaceFormat: a file dialog
// listing the formats, then the import as one undoable step (a file with bad rows lists
// them, "FILE:LINE: reason", and offers to skip them) or the export written atomically.
namespace FormatDialogs {
bool importInto(QWidget *parent, WorkspaceDocument &document);
bool exportFrom(QWidget *parent, const WorkspaceDocument &document);
} // namespace FormatDialogs

} // namespace Parcours
