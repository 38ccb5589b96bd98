#pragma once

#include "document/changeevent.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTextBrowser;

namespace Parcours {

class WorkspaceDocument;
struct Workspace;

// The page shown when the workspace itself is selected: its name and product (what posters
// and reports are titled with; each change one undoable edit), then where it stands: the
// forgotten-zone verdict of each persona today and with planned use cases, and for each
// journey the stages needing work, time-to-value and largest drop-off. Names link to their
// editors.
class WorkspaceOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceOverview(QWidget *parent = nullptr);
    ~WorkspaceOverview() override;

    void setDocument(WorkspaceDocument *document);

    QLineEdit *nameEdit() const { return mName; }
    QLineEdit *productEdit() const { return mProduct; }
    QTextBrowser *summary() const { return mSummary; }

    // The summary as HTML: links "persona:ID", "journey:ID" and "dashboard".
    static QString summaryHtml(const Workspace &workspace);

signals:
    void entityRequested(const Parcours::EntityRef &entity);
    void dashboardRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void refresh();
    void commit(QLineEdit *edit, int field);
    void openLink(const QUrl &url);

    QPointer<WorkspaceDocument> mDocument;
    QLineEdit *mName;
    QLineEdit *mProduct;
    QTextBrowser *mSummary;
    QTimer mRefresh;
};

} // namespace Parcours
