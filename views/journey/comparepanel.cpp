#include "journey/comparepanel.h"

#include "analytics/journeyanalytics.h"
#include "journey/curveoverlay.h"
#include "journey/curvepainter.h"
#include "journey/journeycanvas.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

enum Column { StepColumn, OwnColumn, OtherColumn, DifferenceColumn };
constexpr int stepIdRole = Qt::UserRole;
constexpr int laneIdRole = Qt::UserRole + 1;

} // namespace

ComparePanel::ComparePanel(JourneyCanvas *canvas, QWidget *parent)
    : QWidget(parent)
    , mCanvas(canvas)
    , mTitle(new QLabel)
    , mList(new QTreeWidget)
{
    setObjectName(u"comparePanel"_s);
    setMinimumHeight(150); // a splitter gives a widget shown late no room otherwise
    mTitle->setWordWrap(true);
    mList->setObjectName(u"compareList"_s);
    mList->setRootIsDecorated(false);
    mList->setColumnCount(4);
    mList->header()->setStretchLastSection(false);
    mList->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (int c : {OwnColumn, OtherColumn, DifferenceColumn})
        mList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    mList->setAccessibleName(tr("Steps that differ"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(mTitle);
    layout->addWidget(mList, 1);
    connect(mList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        mCanvas->setCurrent(item->data(StepColumn, stepIdRole).toLongLong(),
                            item->data(StepColumn, laneIdRole).toLongLong());
        mCanvas->ensureVisible(mCanvas->currentRect(), 40, 40);
    });
    connect(canvas, &JourneyCanvas::layoutUpdated, this, &ComparePanel::refresh);
    connect(canvas->curveOverlay(), &CurveOverlay::changed, this, &ComparePanel::refresh);
    refresh();
}

QSize ComparePanel::sizeHint() const
{
    return {420, 170}; // the canvas keeps most of the height
}

void ComparePanel::refresh()
{
    mList->clear();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!layout) {
        setVisible(false);
        return;
    }
    const Journey *journey = layout->journey();
    const CurvePainter curves(*layout);
    const Journey *other = curves.comparedJourney();
    int row = -1; // the first emotion lane's
    for (int r = 0; other && r < layout->rowCount() && row < 0; ++r) {
        if (layout->laneAt(r) && layout->laneAt(r)->kind == LaneKind::Emotion)
            row = r;
    }
    setVisible(journey && other && row >= 0);
    if (!journey || !other || row < 0)
        return;
    const JourneyComparison comparison = curves.comparison(row);
    const QString ownName = journey->name.trimmed().isEmpty() ? tr("This journey") : journey->name;
    const QString otherName
        = other->name.trimmed().isEmpty() ? tr("(unnamed journey)") : other->name;
    mList->setHeaderLabels({tr("Step"), ownName, otherName, tr("Difference")});
    const EmotionScale scale = mCanvas->emotionScale();
    const std::vector<StepComparison> differing = comparison.differing();
    for (const StepComparison &s : differing) {
        const double d = *s.difference();
        auto *item = new QTreeWidgetItem(mList);
        item->setText(StepColumn, s.name);
        item->setText(OwnColumn, formatEmotion(*s.own, scale));
        item->setText(OtherColumn, formatEmotion(*s.other, scale));
        item->setText(DifferenceColumn,
                      (d > 0 ? u"\u25b2 "_s : u"\u25bc "_s) + CurvePainter::formatDifference(d));
        item->setData(StepColumn, stepIdRole, s.step);
        item->setData(StepColumn, laneIdRole, comparison.lane);
        item->setToolTip(DifferenceColumn,
                         d > 0 ? tr("Better in %1").arg(otherName)
                               : tr("Worse in %1").arg(otherName));
    }
    mTitle->setText(
        differing.empty()
            ? tr("Compared with %1: no step differs.").arg(otherName)
            : tr("Steps that differ from %1: %2").arg(otherName).arg(int(differing.size())));
}

} // namespace Parcours
