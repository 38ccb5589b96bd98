#pragma once

#include <QCoreApplication>

class QWidget;

namespace Parcours {

class WorkspaceDocument;

// File > Import… of an analytics events file (issue 22, docs/observed-usage.md): read and
// aggregated under a progress dialog whose Cancel leaves the workspace as it was, then added
// to the workspace's observed usage as one undo step; bad lines are listed and nothing is
// imported, and what could not be mapped (events, users) is listed after the import.
// Into a shared workspace (an editor's), the file is streamed to the server, which aggregates
// it (shared/sharedusageimport.h) on a thread of its own; every window connected to the
// workspace, this one included, then reads the new usage as it reads others' changes. It is
// not a step of this window's undo stack: the server holds it, as for the command line.
class EventsImport
{
    Q_DECLARE_TR_FUNCTIONS(EventsImport)

public:
    // The name filter of the file dialog.
    static QString nameFilter();
    // Returns a status-bar text.
    static QString importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path);

private:
    static QString importIntoShared(QWidget *parent, WorkspaceDocument &doc, const QString &path);
};

} // namespace Parcours
