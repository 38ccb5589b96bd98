#include "opportunities/valueeffortmatrix.h"

#include "itemmodels/opportunitytablemodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QHelpEvent>
#include <QLegend>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

ValueEffortMatrix::ValueEffortMatrix(QWidget *parent)
    : QChartView(parent)
    , mLayer(ValueEffortLayer::of(chart()))
{
    setObjectName(u"valueEffortMatrix"_s);
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // a few dozen items
    setUpChart(chart(), font());
    mLayer->setLabelFont(font());
    setMinimumSize(320, 240);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Value–effort matrix"));
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &ValueEffortMatrix::refresh);
}

void ValueEffortMatrix::setUpChart(QChart *chart, const QFont &font)
{
    chart->setDropShadowEnabled(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    const QColor grid(0xd8, 0xd8, 0xd8);
    auto *x = new QCategoryAxis;
    x->setRange(0.5, 5.5);
    x->setStartValue(0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int effort = Opportunity::minRating; effort <= Opportunity::maxRating; ++effort)
        x->append(QLocale().toString(effort), effort);
    x->setTitleText(tr("Effort"));
    auto *y = new QCategoryAxis;
    y->setRange(1.5, 10.5);
    y->setStartValue(1.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Every other value: nine labels do not fit the height of a board docked under a map.
    for (int value = 2 * Opportunity::minRating; value <= 2 * Opportunity::maxRating; value += 2)
        y->append(QLocale().toString(value), value);
    y->setTitleText(tr("Value (customer + business)"));
    for (QCategoryAxis *axis : {x, y}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setGridLineColor(grid);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The legend of the marker shapes: one empty series per status, drawn in grey so that
    // it says shape, not colour.
    const std::pair<OpportunityStatus, QScatterSeries::MarkerShape> shapes[] = {
        {OpportunityStatus::Idea, QScatterSeries::MarkerShapeCircle},
        {OpportunityStatus::Planned, QScatterSeries::MarkerShapeRectangle},
        {OpportunityStatus::InProgress, QScatterSeries::MarkerShapeRotatedRectangle},
        {OpportunityStatus::Done, QScatterSeries::MarkerShapeTriangle},
        {OpportunityStatus::Dropped, QScatterSeries::MarkerShapePentagon},
    };
    for (const auto &[status, shape] : shapes) {
        auto *series = new QScatterSeries;
        series->setName(opportunityStatusName(status));
        series->setMarkerShape(shape);
        series->setMarkerSize(QFontMetricsF(font).height() * 0.8);
        series->setColor(QColor(0x9a, 0x9a, 0x9a));
        series->setBorderColor(QColor(0x44, 0x44, 0x44));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

std::vector<MatrixBubble> ValueEffortMatrix::bubbles(const Workspace &workspace,
                                                     const std::vector<int> &rows)
{
    const int votes = totalVotes(workspace.opportunities);
    std::vector<MatrixBubble> out;
    out.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || size_t(row) >= workspace.opportunities.size())
            continue;
        const Opportunity &o = workspace.opportunities[size_t(row)];
        out.push_back({o.id, o.title, opportunityScore(o, votes), o.status, opportunityQuadrant(o),
                       o.effort, o.value(), o.votes});
    }
    std::stable_sort(out.begin(), out.end(), [](const MatrixBubble &a, const MatrixBubble &b) {
        return a.score > b.score;
    });
    return out;
}

void ValueEffortMatrix::setModels(OpportunityTableModel *table, QSortFilterProxyModel *filter)
{
    mTable = table;
    mFilter = filter;
    const auto later = [this] {
        mRefreshTimer.start();
    };
    connect(filter, &QAbstractItemModel::modelReset, this, later);
    connect(filter, &QAbstractItemModel::rowsInserted, this, later);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, later);
    connect(filter, &QAbstractItemModel::dataChanged, this, later);
    connect(filter, &QAbstractItemModel::layoutChanged, this, later);
    refresh();
}

void ValueEffortMatrix::setSelected(Id opportunity)
{
    mLayer->setSelected(opportunity);
}

void ValueEffortMatrix::refresh()
{
    mRefreshTimer.stop();
    std::vector<MatrixBubble> shown;
    if (mTable && mFilter && mTable->document()) {
        std::vector<int> rows;
        const int count = mFilter->rowCount();
        rows.reserve(size_t(count));
        for (int row = 0; row < count; ++row)
            rows.push_back(mFilter->mapToSource(mFilter->index(row, 0)).row());
        shown = bubbles(mTable->document()->workspace(), rows);
    }
    setAccessibleDescription(
        tr("%n opportunities by effort (across) and value (up)", nullptr, int(shown.size())));
    mLayer->setBubbles(std::move(shown));
    mHovered = mPressed = -1;
}

QPoint ValueEffortMatrix::bubblePosition(Id opportunity) const
{
    const auto &all = mLayer->bubbles();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].id == opportunity)
            return mapFromScene(chart()->mapToScene(mLayer->placed(i).centre));
    }
    return {-1, -1};
}

int ValueEffortMatrix::bubbleAtViewport(const QPoint &position) const
{
    return mLayer->bubbleAt(chart()->mapFromScene(mapToScene(position)));
}

QString ValueEffortMatrix::describe(const MatrixBubble &b)
{
    return tr("%1\nScore %2 · %3 · %4 · %n votes", nullptr, b.votes)
        .arg(b.title, QLocale().toString(b.score, 'f', 2), opportunityQuadrantName(b.quadrant),
             opportunityStatusName(b.status));
}

bool ValueEffortMatrix::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int hit = bubbleAtViewport(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), describe(mLayer->bubbles()[size_t(hit)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::MouseMove: {
        const int hit = bubbleAtViewport(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (hit != mHovered) {
            mHovered = hit;
            viewport()->setCursor(hit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
        break;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        mPressed = mouse->button() == Qt::LeftButton ? bubbleAtViewport(mouse->position().toPoint())
                                                     : -1;
        break;
    }
    case QEvent::MouseButtonRelease: {
        const int pressed = mPressed;
        mPressed = -1;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (pressed >= 0 && mouse->button() == Qt::LeftButton
            && bubbleAtViewport(mouse->position().toPoint()) == pressed)
            emit opportunityClicked(mLayer->bubbles()[size_t(pressed)].id);
        break;
    }
    default: break;
    }
    return QChartView::viewportEvent(event);
}

} // namespace Parcours
