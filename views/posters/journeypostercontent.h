#pragma once

#include "journey/journeyrenderer.h"
#include "layout/journeylayout.h"
#include "posters/commentslegend.h"
#include "posters/postercontent.h"

#include <QCoreApplication>

namespace Parcours {

// A journey map on a poster: every stage the filter shows and every visible lane, with the
// emotion curve, assessment marks, drop-off and time-to-value, painted by the same
// JourneyRenderer as the screen. Reads the journey from `workspace`, which must outlive it.
class JourneyPosterContent final : public PosterContent
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::JourneyPosterContent)

public:
    JourneyPosterContent(const Workspace &workspace, Id journey,
                         const StageFilter &filter = StageFilter::all());

    bool isValid() const { return mLayout.journey() != nullptr; }
    const JourneyLayout &journeyLayout() const { return mLayout; }

    QSizeF size() const override;
    qreal bodyTextSize() const override;
    qreal smallestTextSize() const override;
    void paint(QPainter *painter, const QRectF &exposed) const override;
    PosterHeading heading() const override;
    QList<PosterLegendSection> legend() const override;
    void setDraft(bool draft) override { mRenderer.setGreeking(draft); }
    bool offersAudience() const override;
    void setAudience(PosterSettings::Audience audience) override;
    QString shrinkAdvice() const override;
    PosterWrapGeometry wrapGeometry() const override;
    QString continuedFrom(int unit) const override;
    // How emotion scores are labelled on the map and in the legend (−2 … +2 by default).
    void setEmotionScale(EmotionScale scale) { mRenderer.setEmotionScale(scale); }
    // An audience view's lanes and stages (issue 23); ViewFilter() for all.
    void setViewFilter(const ViewFilter &view);
    // Comments (issue 23): off by default; on, the commented items get numbers and their open
    // threads are listed under the map (CommentsLegend).
    void setPrintComments(bool print);
    bool printsComments() const { return mPrintComments; }
    // Whether the journey has open comment threads to print.
    bool hasComments() const;

private:
    void measure();
    // The lines drawn, the F and W marks and the arrows; no entries without lane groups.
    PosterLegendSection blueprintLegend() const;
    PosterLegendSection severityLegend() const; // when a stage shown has a severity

    JourneyLayout mLayout;
    JourneyRenderer mRenderer;
    QString mSummary; // the journey's figures, as the canvas title shows them
    bool mPrintComments = false;
    CommentsLegend mComments; // measured with the layout when printed
};

} // namespace Parcours
