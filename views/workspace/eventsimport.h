#pragma once

#include <QCoreApplication>

class QWidget;

namespace Parcours {

class WorkspaceDocument;

// File > Import… of an analytics events file (issue 22, docs/observed-usage.md): read and
// aggregated under a progress dialog whose Cancel leaves the workspace as it was, then added
// to the workspace's observed usage as one undo step; bad lines are listed and nothing is
// imported, and what could not be mapped (events, users) is listed after the import.
class EventsImport
{
    Q_DECLARE_TR_FUNCTIONS(EventsImport)

public:
    // The name filter of the file dialog.
    static QString nameFilter();
    // Returns a status-bar text.
    static QString importFile(QWidget *parent, WorkspaceDocument &doc, const QString &path);
};

} // namespace Parcours
