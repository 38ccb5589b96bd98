#pragma once

#include "opportunities/valueeffortlayer.h"

#include <QChartView>
#include <QTimer>

class QSortFilterProxyModel;

namespace Parcours {

class OpportunityTableModel;
struct Workspace;

// The board's value–effort matrix (issue 20): Qt Charts draws the axes (effort 1–5, value
// 2–10), the grid and the status legend; ValueEffortLayer the quadrants, bubbles and labels.
// It shows exactly the rows its filter model keeps, and follows every change of them (edits,
// undo, filters) on the next pass of the event loop. Hovering a bubble names it in a tooltip;
// clicking it emits opportunityClicked().
class ValueEffortMatrix final : public QChartView
{
    Q_OBJECT

public:
    explicit ValueEffortMatrix(QWidget *parent = nullptr);

    // `filter` is a proxy over `table`; both must outlive the matrix.
    void setModels(OpportunityTableModel *table, QSortFilterProxyModel *filter);
    void setSelected(Id opportunity);
    // Reads the filter model's rows now (changes are otherwise gathered for the event loop).
    void refresh();

    ValueEffortLayer *layer() const { return mLayer; }
    // Where bubble `opportunity` is drawn, in viewport coordinates (tests, accessibility).
    QPoint bubblePosition(Id opportunity) const;
    // Tooltip text for a bubble: title, score, quadrant, status, votes.
    static QString describe(const MatrixBubble &bubble);

    // The chart's axes and status legend, on the board and on the poster alike; `font` is the
    // labels' font (pixel sizes for print).
    static void setUpChart(QChart *chart, const QFont &font);
    // The opportunities of `workspace` at `rows` (indexes in its list), ranked by score.
    static std::vector<MatrixBubble> bubbles(const Workspace &workspace,
                                             const std::vector<int> &rows);

signals:
    void opportunityClicked(qint64 opportunity);

protected:
    bool viewportEvent(QEvent *event) override;

private:
    int bubbleAtViewport(const QPoint &position) const;

    OpportunityTableModel *mTable = nullptr;
    QSortFilterProxyModel *mFilter = nullptr;
    ValueEffortLayer *mLayer;
    QTimer mRefreshTimer;
    int mHovered = -1;
    int mPressed = -1;
};

} // namespace Parcours
