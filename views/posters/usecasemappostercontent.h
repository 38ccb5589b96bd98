#pragma once

#include "posters/postercontent.h"
#include "usecases/usecasemapprinter.h"

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
    qreal smallestTextSize() const override { return 6; }
    void paint(QPainter *painter, const QRectF &exposed) const override;
    PosterHeading heading() const override;
    QList<PosterLegendSection> legend() const override;

private:
    const Workspace &mWorkspace;
    const Persona *mPersona;
    UseCaseMapPrinter mPrinter;
    QSizeF mSize;
};

} // namespace Parcours
