#include "posters/usecasemappostercontent.h"

#include "analytics/forgottenzone.h"
#include "analytics/retentionmetrics.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal posterWidth = 842; // points: A4 landscape's width, the printout's own width

void paintSymbol(QPainter *painter, const QRectF &rect, const QString &symbol)
{
    painter->save();
    QFont font = painter->font();
    font.setPixelSize(int(rect.height()));
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, symbol);
    painter->restore();
}

} // namespace

UseCaseMapPosterContent::UseCaseMapPosterContent(const Workspace &workspace, Id persona)
    : mWorkspace(workspace)
    , mPersona(workspace.persona(persona))
    , mPrinter(workspace, persona)
{
    mPrinter.setInPoster(true);
    // The shortest page on which the whole map fits on one page.
    qreal low = 200;
    qreal high = 595;
    while (mPrinter.pageCount(QSizeF(posterWidth, high)) > 1 && high < 100000)
        high *= 2;
    while (high - low > 4) {
        const qreal middle = (low + high) / 2;
        (mPrinter.pageCount(QSizeF(posterWidth, middle)) > 1 ? low : high) = middle;
    }
    mSize = QSizeF(posterWidth, high);
}

void UseCaseMapPosterContent::paint(QPainter *painter, const QRectF &) const
{
    mPrinter.paintPage(painter, mSize, 0);
}

PosterHeading UseCaseMapPosterContent::heading() const
{
    PosterHeading heading;
    heading.kind = tr("Use-case map");
    if (!mPersona)
        return heading;
    heading.title = mPersona->name;
    heading.description = mPersona->description;
    heading.summary = describeVerdict(personaVerdict(*mPersona, VerdictScope::CurrentOnly));
    heading.fields << std::make_pair(tr("Workspace"), mWorkspace.info.name);
    if (mWorkspace.info.retentionType != RetentionType::Unspecified)
        heading.fields << std::make_pair(
            tr("Retention"), RetentionMetrics::retentionTypeName(mWorkspace.info.retentionType));
    heading.documentTitle = tr("Use-case map — %1").arg(mPersona->name);
    return heading;
}

QList<PosterLegendSection> UseCaseMapPosterContent::legend() const
{
    PosterLegendSection markers;
    markers.title = tr("Markers");
    markers.entries << PosterLegendEntry {tr("Below monthly: in the forgotten zone"),
                                          [](QPainter *painter, const QRectF &rect) {
                                              paintSymbol(painter, rect, u"▽"_s);
                                          }};
    markers.entries << PosterLegendEntry {tr("Below the persona's cadence: at risk of inactivity"),
                                          [](QPainter *painter, const QRectF &rect) {
                                              paintSymbol(painter, rect, u"⚠"_s);
                                          }};
    markers.entries << PosterLegendEntry {tr("Italics: a planned use case"),
                                          [](QPainter *painter, const QRectF &rect) {
                                              painter->save();
                                              QFont font = painter->font();
                                              font.setItalic(true);
                                              font.setPixelSize(int(rect.height()));
                                              painter->setFont(font);
                                              painter->drawText(rect, Qt::AlignCenter, u"Ab"_s);
                                              painter->restore();
                                          },
                                          1.6};
    return {markers};
}

} // namespace Parcours
