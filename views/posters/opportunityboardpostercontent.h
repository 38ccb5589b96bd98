#pragma once

#include "domain/workspace.h"
#include "posters/postercontent.h"

#include <QCoreApplication>

#include <memory>

class QGraphicsScene;

namespace Parcours {

// The opportunities board as a poster (issue 20): the value–effort matrix, the same chart and
// ValueEffortLayer as the board's, above the ranked list (rank, title, status, quadrant,
// score, votes, what each is linked to). Given the rows the board's filters keep, or every
// opportunity. Print, preview, PDF, SVG and PNG go through PosterRenderer like every poster.
// Reads `workspace`, which must outlive it, once.
class OpportunityBoardPosterContent final : public PosterContent
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::OpportunityBoardPosterContent)

public:
    // `rows`: indexes in the workspace's opportunities; every one when left out.
    explicit OpportunityBoardPosterContent(const Workspace &workspace,
                                           std::optional<std::vector<int>> rows = std::nullopt);
    ~OpportunityBoardPosterContent() override;

    QSizeF size() const override; // logical pixels
    qreal bodyTextSize() const override;
    qreal smallestTextSize() const override;
    void paint(QPainter *painter, const QRectF &exposed) const override;
    PosterHeading heading() const override;
    QList<PosterLegendSection> legend() const override;
    PosterDefaults defaults() const override;
    bool suggestsTiling() const override { return true; }

private:
    struct Row
    {
        const Opportunity *opportunity = nullptr;
        double score = 0;
        QString linkedTo;
    };
    void paintList(QPainter *painter, const QRectF &area, const QRectF &exposed) const;

    const Workspace &mWorkspace;
    std::vector<Row> mRows; // ranked
    std::unique_ptr<QGraphicsScene> mMatrix;
};

} // namespace Parcours
