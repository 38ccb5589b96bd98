#pragma once

#include "posters/postercontent.h"
#include "usecases/usecasemapprinter.h"

#include <map>

namespace Parcours {

// A persona's use-case map (verdicts, spectrum, table) as one poster: the printout of
// UseCaseMapPrinter laid out on a single tall page, in points.
class UseCaseMapPosterContent final : public PosterContent
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseMapPosterContent)

public:
    UseCaseMapPosterContent(const Workspace &workspace, Id persona);

    QSizeF size() const override { return mSize; }
    qreal bodyTextSize() const override { return 7.5; } // UseCaseMapPrinter's body text
    // The printout's smallest text in a poster: 7.5 pt, drawn at a whole 8 px.
    qreal smallestTextSize() const override { return 8; }
    void paint(QPainter *painter, const QRectF &exposed) const override;
    PosterHeading heading() const override;
    QList<PosterLegendSection> legend() const override;

    // The table's pages side by side: each column one page of the printout, as short as lets
    // the map fit in that many, its table header repeated at the top.
    int maxColumns() const override { return mMaxColumns; }
    QSizeF columnsSize(int columns) const override;
    void paintColumns(QPainter *painter, int columns, const QRectF &exposed) const override;

private:
    qreal shortestPage(int pages) const; // the height on which the map fits in `pages` pages

    const Workspace &mWorkspace;
    const Persona *mPersona;
    UseCaseMapPrinter mPrinter;
    QSizeF mSize;
    int mMaxColumns = 1;
    mutable std::map<int, qreal> mColumnHeights; // shortestPage() by page count
};

} // namespace Parcours
