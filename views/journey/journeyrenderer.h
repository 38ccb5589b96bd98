#pragma once

#include "common/commentcounts.h"
#include "journey/opportunitybadges.h"
#include "layout/journeylayout.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QRectF>
#include <QSet>

class QPainter;

namespace Parcours {

// Paints a journey map from its JourneyLayout on any QPainter: the interactive canvas (each
// scene item paints its part through the same functions), images, and later print, PDF and
// SVG. Coordinates are the layout's logical pixels; scale the painter for other sizes.
class JourneyRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::JourneyRenderer)

public:
    explicit JourneyRenderer(const JourneyLayout &layout);

    // Draw text too small to read (below ~4 device pixels) as grey bars: for the screen at
    // low zoom. Off by default: print and export always get real text.
    void setGreeking(bool greeking) { mGreeking = greeking; }

    // How emotion scores are labelled (the scale beside an emotion lane, each point's score).
    void setEmotionScale(EmotionScale scale) { mEmotionScale = scale; }
    // The canvas's opportunity count badges (nullptr: none, as on posters); not owned.
    void setOpportunityBadges(const OpportunityBadges *badges) { mBadges = badges; }
    // The canvas's open-comment badges (issue 23; nullptr: none, as on posters); not owned.
    void setCommentCounts(const CommentCounts *counts) { mComments = counts; }
    // Badges painted over the map by someone else, in the layout's coordinates (a poster's
    // numbered comments): the text of the item holding one keeps out of it, as out of its own.
    void setOverlaidBadges(const QList<QRectF> &badges) { mOverlaidBadges = badges; }
    EmotionScale emotionScale() const { return mEmotionScale; }
    // Personas whose curves are not drawn (the canvas's "Show Curves…"); not owned.
    void setHiddenCurves(const QSet<Id> *hidden) { mHiddenCurves = hidden; }

    // The whole map, or what intersects `exposed` (an empty rect means everything).
    void paint(QPainter *painter, const QRectF &exposed = QRectF()) const;

    // The parts, each within its layout rectangle.
    void paintBackground(QPainter *painter, const QRectF &rect) const;
    void paintTitle(QPainter *painter) const;
    void paintTimeToValue(QPainter *painter) const;
    void paintCorner(QPainter *painter) const;
    // The header of the stage holding `column`, from that column to `lastColumn` (-1: to the
    // stage's last column).
    void paintStageHeader(QPainter *painter, int column, int lastColumn = -1) const;
    void paintStepHeader(QPainter *painter, int column) const; // a step's name
    void paintFunnelLabel(QPainter *painter) const;
    void paintFunnel(QPainter *painter, int column, int lastColumn = -1) const;
    void paintLaneHeader(QPainter *painter, int row) const;
    void paintCell(QPainter *painter, int column, int row) const;
    // The curve of an emotion row and the area between it and neutral, without the points.
    void paintEmotionCurve(QPainter *painter, int row, const QRectF &exposed = QRectF()) const;
    // One point of the curve with its score; `score` may differ from the model while dragged.
    // The persona curves of an emotion row, with their markers, and the compared journey's
    // overlay (issue 18; see CurvePainter).
    void paintPersonaCurves(QPainter *painter, int row, const QRectF &exposed = QRectF()) const;
    void paintEmotionPoint(QPainter *painter, int column, int row, double score,
                           bool highlighted = false) const;
    void paintEmpty(QPainter *painter) const;
    // Service blueprints: the arrows from cell to cell, over the cells they join.
    void paintArrows(QPainter *painter) const;

    enum class Mark { Conversion, ValueDelivered, LargestDrop };
    static void paintAssessmentIcon(QPainter *painter, const QRectF &rect, Assessment assessment,
                                    const QColor &color);
    static void paintMarkIcon(QPainter *painter, const QRectF &rect, Mark mark,
                              const QColor &color);
    // Colour disc with the assessment's icon, for combo boxes and menus.
    static QIcon assessmentIcon(Assessment assessment);
    static QColor stageColor(const Stage &stage);

private:
    // With a badge band (not empty: the item's badges, see badgeBand()), the lines that reach
    // it are elided before it.
    void drawText(QPainter *painter, const TextBox &text, const QPointF &topLeft,
                  const QColor &color, const QRectF &badge = QRectF()) const;
    void drawPill(QPainter *painter, const Pill &pill, const QPointF &origin, const QColor &fill,
                  const QColor &textColor) const;
    bool isTooSmall(QPainter *painter, const QFont &font) const;
    // The part of a stage's header or funnel cell from `column` to `lastColumn` (-1: its end).
    QRectF stagePart(const QRectF &stageRect, int column, int lastColumn) const;
    void paintMarks(QPainter *painter, const CellBox &box, const QPointF &at,
                    const QRectF &band) const;
    // Chips beside the band: one reaching it is cut short (its text elided), those after it
    // in its row left out, as the rest of a text line is.
    void paintChips(QPainter *painter, const CellBox &box, const QPointF &at,
                    const QRectF &band) const;
    void paintBadge(QPainter *painter, const QRectF &rect, Id stage, Id lane) const;
    // What an item's text keeps out of: its comment badge, its opportunity badge (`stage` and
    // `lane` as paintBadge() takes them; 0, 0: none) and an overlaid badge in `rect`, united.
    // Empty: no badge.
    QRectF badgeBand(const QRectF &rect, const QRectF &commentBadge, Id stage, Id lane) const;
    // Where the open-comment badge of `target` goes in its item's `rect`; empty: none.
    QRectF commentBadgeRect(const QRectF &rect, const CommentTarget &target) const;
    void paintCommentBadge(QPainter *painter, const QRectF &badge,
                           const CommentTarget &target) const;

    const JourneyLayout &mLayout;
    bool mGreeking = false;
    EmotionScale mEmotionScale = EmotionScale::MinusTwoToPlusTwo;
    const OpportunityBadges *mBadges = nullptr;
    const CommentCounts *mComments = nullptr;
    const QSet<Id> *mHiddenCurves = nullptr;
    QList<QRectF> mOverlaidBadges;
};

} // namespace Parcours
