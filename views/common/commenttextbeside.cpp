#include "common/commenttextbeside.h"

#include "layout/journeylayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace Parcours {

namespace {

// As TextBox lays text out: design metrics, so the widths measured here are the drawn ones.
QTextOption boxOption()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    return option;
}

QString boxText(const TextBox &box)
{
    QString text = box.text();
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

// `box` laid out again with each line as wide as its text there (and a hair): a line breaks
// where the box broke it, so its text and glyphs are the box's. Null when the lines differ.
std::unique_ptr<QTextLayout> relaid(const TextBox &box, const QList<QRectF> &rects)
{
    auto layout = std::make_unique<QTextLayout>(boxText(box), box.font());
    layout->setTextOption(boxOption());
    layout->beginLayout();
    bool same = true;
    for (const QRectF &rect : rects) {
        QTextLine line = layout->createLine();
        if (!line.isValid()) {
            same = false;
            break;
        }
        line.setLeadingIncluded(true);
        line.setLineWidth(rect.width() + 0.5);
        line.setPosition(QPointF(rect.x(), rect.y()));
    }
    same = same && !layout->createLine().isValid();
    layout->endLayout();
    return same ? std::move(layout) : nullptr;
}

// One line of text drawn alone, as the box draws it.
std::unique_ptr<QTextLayout> singleLine(const QString &text, const QFont &font)
{
    auto layout = std::make_unique<QTextLayout>(text, font);
    layout->setTextOption(boxOption());
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setLeadingIncluded(true);
    line.setLineWidth(1.0e7); // wider than any text here: one line, never wrapped
    layout->endLayout();
    return layout;
}

// `text` cut to fit `width` with an ellipsis (the width drawn in *drawn); empty when nothing
// fits.
QString elidedToFit(QString text, const QFont &font, qreal width, qreal *drawn)
{
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == QChar::LineSeparator))
        text.chop(1);
    const QFontMetricsF metrics(font);
    // QFontMetricsF measures hinted glyphs, the box design metrics: narrow until it fits.
    for (qreal room = width; room > 0; room -= 2) {
        QString elided = metrics.elidedText(text, Qt::ElideRight, room);
        if (elided.isEmpty())
            break;
        // "details …" reads as a lost word: the ellipsis against the last letter.
        if (const qsizetype at = elided.size() - 2;
            at > 0 && elided != text && elided.back() == u'…' && elided.at(at).isSpace())
            elided.remove(at, 1);
        const qreal w = singleLine(elided, font)->lineAt(0).naturalTextWidth();
        if (w <= width) {
            *drawn = w;
            return elided;
        }
    }
    *drawn = 0;
    return {};
}

} // namespace

CommentTextBeside::~CommentTextBeside() = default;

CommentTextBeside::CommentTextBeside(const TextBox &text, const QPointF &topLeft,
                                     const QRectF &badge)
    : mText(text)
    , mTopLeft(topLeft)
{
    const QList<QRectF> rects = text.lineRects();
    // The band the text must keep out of, relative to the text's top left.
    if (!badge.isEmpty()) {
        mClear = QRectF(badge.left() - gap - topLeft.x(), badge.top() - topLeft.y(), 1e9,
                        badge.height());
    }
    const auto reaches = [this](const QRectF &line) {
        return !mClear.isEmpty() && line.width() > 0 && line.right() > mClear.left()
            && line.top() < mClear.bottom() && line.bottom() > mClear.top();
    };
    mLines.reserve(rects.size());
    for (const QRectF &rect : rects)
        mLines.push_back({rect, reaches(rect), {}});
    if (std::none_of(mLines.begin(), mLines.end(), [](const Line &l) { return l.elided; }))
        return;
    mRelaid = relaid(text, rects);
    const QString all = boxText(text);
    for (int i = 0; i < int(mLines.size()); ++i) {
        Line &line = mLines[i];
        if (!line.elided)
            continue;
        const qreal room = mClear.left() - line.rect.x();
        if (!mRelaid) { // never seen: cut at the band rather than elide
            line.rect.setWidth(std::max(qreal(0), room));
            continue;
        }
        const QTextLine relaidLine = mRelaid->lineAt(i);
        qreal drawn = 0;
        line.text = elidedToFit(all.mid(relaidLine.textStart(), relaidLine.textLength()),
                                text.font(), room, &drawn);
        line.rect.setWidth(drawn);
    }
}

QList<QRectF> CommentTextBeside::lineRects() const
{
    QList<QRectF> rects;
    for (const Line &line : mLines)
        rects << line.rect.translated(mTopLeft);
    return rects;
}

void CommentTextBeside::draw(QPainter *painter) const
{
    if (mText.isEmpty())
        return;
    if (!mRelaid) {
        if (mClear.isEmpty()
            || std::none_of(mLines.begin(), mLines.end(), [](const Line &l) { return l.elided; })) {
            mText.draw(painter, mTopLeft);
            return;
        }
        const QRectF area = QRectF(mTopLeft, mText.size()).adjusted(-4, -4, 4, 4);
        QPainterPath outside;
        outside.addRect(area);
        QPainterPath band;
        band.addRect(mClear.translated(mTopLeft).intersected(area));
        painter->save();
        painter->setClipPath(outside.subtracted(band), Qt::IntersectClip);
        mText.draw(painter, mTopLeft);
        painter->restore();
        return;
    }
    for (int i = 0; i < int(mLines.size()); ++i) {
        const Line &line = mLines[i];
        if (!line.elided)
            mRelaid->lineAt(i).draw(painter, mTopLeft);
        else if (!line.text.isEmpty())
            singleLine(line.text, mText.font())
                ->lineAt(0)
                .draw(painter, line.rect.topLeft() + mTopLeft);
    }
}

} // namespace Parcours
