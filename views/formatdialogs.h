#pragma once

class QString;
class QWidget;

namespace Parcours {

class WorkspaceDocument;
class WorkspaceFormat;

// File > Import… and File > Export… over every registered WorkspaceFormat: a file dialog
// listing the formats, then the import as one undoable step (a file with bad rows lists
// them, "FILE:LINE: reason", and offers to skip them) or the export written atomically.
namespace FormatDialogs {
bool importInto(QWidget *parent, WorkspaceDocument &document);
// The import after the file dialog: reads `path` with `format`, asks before skipping bad
// rows, merges as one undo step. Returns whether anything was imported.
bool importFile(QWidget *parent, WorkspaceDocument &document, const QString &path,
                const WorkspaceFormat *format);
bool exportFrom(QWidget *parent, const WorkspaceDocument &document);
} // namespace FormatDialogs

} // namespace Parcours
