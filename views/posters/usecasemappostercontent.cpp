#include "posters/usecasemappostercontent.h"

#include "analytics/forgottenzone.h"
#include "analytics/retentionmetrics.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal posterWidth = 842; // points: A4 landscape's width, the printout's own width
constexpr qreal columnGap = 36; // points between two columns of the table
constexpr qreal shortestColumn = 360; // points: a column holds at least a score of rows
constexpr int mostColumns = 24;

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
    mSize = QSizeF(posterWidth, shortestPage(1));
    mMaxColumns
        = std::clamp(mPrinter.pageCount(QSizeF(posterWidth, shortestColumn)), 1, mostColumns);
}

qreal UseCaseMapPosterContent::shortestPage(int pages) const
{
    if (const auto known = mColumnHeights.find(pages); known != mColumnHeights.end())
        return known->second;
    qreal low = 200;
    qreal high = 595;
    while (mPrinter.pageCount(QSizeF(posterWidth, high)) > pages && high < 100000)
        high *= 2;
    while (high - low > 4) {
        const qreal middle = (low + high) / 2;
        (mPrinter.pageCount(QSizeF(posterWidth, middle)) > pages ? low : high) = middle;
    }
    mColumnHeights[pages] = high;
    return high;
}

QSizeF UseCaseMapPosterContent::columnsSize(int columns) const
{
    if (columns <= 1)
        return mSize;
    const qreal height = shortestPage(columns);
    const int pages = mPrinter.pageCount(QSizeF(posterWidth, height));
    return {pages * posterWidth + (pages - 1) * columnGap, height};
}

void UseCaseMapPosterContent::paint(QPainter *painter, const QRectF &) const
{
    mPrinter.paintPage(painter, mSize, 0);
}

void UseCaseMapPosterContent::paintColumns(QPainter *painter, int columns,
                                           const QRectF &exposed) const
{
    if (columns <= 1) {
        paint(painter, exposed);
        return;
    }
    const QSizeF page(posterWidth, shortestPage(columns));
    const int pages = mPrinter.pageCount(page);
    for (int i = 0; i < pages; ++i) {
        const QRectF column(i * (posterWidth + columnGap), 0, posterWidth, page.height());
        if (!exposed.isEmpty() && !exposed.intersects(column))
            continue;
        painter->save();
        painter->translate(column.topLeft());
        mPrinter.paintPage(painter, page, i);
        painter->restore();
    }
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
