#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Parcours {

class JourneyCanvas;

// Under the canvas while a journey is compared with another (issue 18): the steps where the
// two curves differ, with both scores and the difference; clicking one selects that step on
// the canvas. Hidden when there is no comparison.
class ComparePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(JourneyCanvas *canvas, QWidget *parent = nullptr);

    QTreeWidget *list() const { return mList; }
    void refresh();
    QSize sizeHint() const override;

private:
    JourneyCanvas *mCanvas;
    QLabel *mTitle;
    QTreeWidget *mList;
};

} // namespace Parcours
