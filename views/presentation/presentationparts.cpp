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
    mRenderer.reset();
    const JourneyStyle style = presentationStyle(projector);
    mBackground = style.background;
    mLayout = std::make_unique<JourneyLayout>(workspace, journey, style);
    mLayout->setShowTitle(false);
    mLayout->setViewFilter(stageOnly);
    mLayout->update();
    mRenderer = std::make_unique<JourneyRenderer>(*mLayout);
    update();
}

void PresentationStage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), mBackground);
    if (!mRenderer || mLayout->size().isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF size = mLayout->size();
    // As large as fits, never smaller than the map at 100 % would be unreadable on a wall.
    const qreal scale = std::min({width() / size.width(), height() / size.height(), qreal(3.0)});
    painter.translate((width() - size.width() * scale) / 2, 0);
    painter.scale(scale, scale);
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
    return {800, QFontMetrics(font()).height() * 3};
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
