#include "presentation/presentationparts.h"

#include "journey/journeyrenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

JourneyStyle presentationStyle(bool projector)
{
    JourneyStyle s = JourneyStyle::standard();
    s.editorHints = false;
    // Compact rows and margins: a stage's every lane fits a 720-line screen with its text
    // drawn larger than on the canvas (the room reads it; nobody types in it).
    s.margin = 8;
    s.laneHeaderWidth = 150;
    s.padding = 6;
    s.spacing = 4;
    s.minRowHeight = 30;
    s.emotionRowHeight = 110;
    s.colorBand = 4;
    if (!projector)
        return s;
    // High contrast: white on black, colours kept only where they carry meaning, brightened.
    s.background = Qt::black;
    s.text = Qt::white;
    s.secondaryText = QColor(0xdd, 0xdd, 0xdd);
    s.grid = QColor(0x80, 0x80, 0x80);
    s.headerBackground = QColor(0x10, 0x10, 0x10);
    s.laneBackground = QColor(0x1c, 0x1c, 0x1c);
    s.alternateRow = Qt::black;
    s.chipBackground = QColor(0x26, 0x26, 0x26);
    s.chipBorder = Qt::white;
    s.accent = Qt::white;
    s.emotionLine = Qt::white;
    s.positive = QColor(0x7c, 0xff, 0x7c);
    s.negative = QColor(0xff, 0x80, 0x80);
    s.funnelBar = QColor(0xc0, 0xc0, 0xc0);
    return s;
}

PresentationStage::PresentationStage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"presentationStage"_s);
}

PresentationStage::~PresentationStage() = default;

void PresentationStage::showStage(const Workspace &workspace, Id journey,
                                  const ViewFilter &stageOnly, bool projector)
{
    mWorkspace = &workspace;
    mJourney = journey;
    mStageOnly = stageOnly;
    mProjector = projector;
    layOut();
    update();
}

void PresentationStage::layOut()
{
    mRenderer.reset();
    mLayout.reset();
    JourneyStyle style = presentationStyle(mProjector);
    mBackground = style.background;
    if (!mWorkspace)
        return;
    // The column width that lets the stage be drawn largest in this widget: a few candidates,
    // each a layout of one stage (cheap). Never more than 4 times the map's own size.
    const qreal maxScale = 4;
    const QSizeF area(std::max(1, width()), std::max(1, height()));
    std::unique_ptr<JourneyLayout> best;
    qreal bestScale = 0;
    for (const qreal columnWidth : {236.0, 300.0, 380.0, 480.0, 600.0, 760.0}) {
        style.columnWidth = columnWidth;
        auto layout = std::make_unique<JourneyLayout>(*mWorkspace, mJourney, style);
        layout->setShowTitle(false);
        layout->setViewFilter(mStageOnly);
        layout->update();
        const QSizeF size = layout->size();
        if (size.isEmpty())
            continue;
        const qreal scale
            = std::min({area.width() / size.width(), area.height() / size.height(), maxScale});
        if (scale > bestScale * 1.02) { // a wider column must gain something
            bestScale = scale;
            best = std::move(layout);
        }
    }
    mScale = bestScale > 0 ? bestScale : 1;
    if (!best)
        return;
    mLayout = std::move(best);
    mRenderer = std::make_unique<JourneyRenderer>(*mLayout);
}

void PresentationStage::clear()
{
    mWorkspace = nullptr;
    layOut();
    update();
}

qreal PresentationStage::cellTextPixelSize() const
{
    return mLayout ? mLayout->style().font.pixelSize() * mScale : 0;
}

void PresentationStage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOut();
}

void PresentationStage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), mBackground);
    if (!mRenderer || mLayout->size().isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = mLayout->size();
    painter.translate((width() - size.width() * mScale) / 2, 0);
    painter.scale(mScale, mScale);
    mRenderer->paint(&painter);
}

PresentationStrip::PresentationStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"presentationStrip"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PresentationStrip::setStages(const QStringList &stages, int current, bool projector)
{
    mStages = stages;
    mCurrent = current;
    mProjector = projector;
    update();
}

QSize PresentationStrip::sizeHint() const
{
    return {800, QFontMetrics(font()).height() * 2 + 12};
}

void PresentationStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background = mProjector ? QColor(Qt::black) : QColor(0xf6, 0xf7, 0xf9);
    const QColor text = mProjector ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x28);
    const QColor current = mProjector ? QColor(Qt::white) : QColor(0x3b, 0x5b, 0xa9);
    painter.fillRect(rect(), background);
    if (mStages.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal gap = 6;
    const qreal boxWidth = (width() - gap * qreal(mStages.size() + 1)) / qreal(mStages.size());
    for (int i = 0; i < mStages.size(); ++i) {
        const QRectF box(gap + i * (boxWidth + gap), gap, boxWidth, height() - 2 * gap);
        const bool isCurrent = i == mCurrent;
        painter.setPen(QPen(isCurrent ? current : QColor(0x80, 0x80, 0x80), isCurrent ? 3 : 1));
        painter.setBrush(isCurrent ? current : background);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(isCurrent ? background : text);
        const QString label = u"%1. %2"_s.arg(i + 1).arg(mStages[i]);
        painter.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                         QFontMetricsF(font()).elidedText(label, Qt::ElideRight, box.width() - 12));
    }
}

} // namespace Parcours
