// PosterExporter's printing half (the Print dialog's and Print Preview's), apart from the file
// exports so that a module exporting files links no Qt Print Support (posterexporterresults.h).
#include "posters/posterexporter.h"

#include "posters/posterexporterresults.h"
#include "posters/posterrenderer.h"

#include <QPainter>
#include <QPrinter>

namespace Parcours {

using namespace PosterExporterResults;

void PosterExporter::preparePrinter(QPrinter *printer, const PosterLayout &layout,
                                    const QString &documentName)
{
    printer->setPageLayout(layout.sheetPageLayout());
    printer->setFullPage(true); // after the layout, which would reset it
    printer->setDocName(documentName);
    printer->setCreator(creator());
}

PosterSettings PosterExporter::withPrinterPage(const PosterSettings &settings,
                                               const QPrinter *printer)
{
    PosterSettings s = settings;
    const QPageLayout page = printer->pageLayout();
    if (!page.isValid())
        return s;
    if (s.tiled) {
        s.tileSize = page.pageSize();
        s.tileOrientation = page.orientation() == QPageLayout::Landscape
            ? PosterSettings::TileOrientation::Landscape
            : PosterSettings::TileOrientation::Portrait;
    } else {
        s.posterSize = page.pageSize();
        s.orientation = page.orientation();
    }
    return s;
}

PosterExporter::Result PosterExporter::print(QPrinter *printer, const Progress &progress) const
{
    if (!mLayout.isValid())
        return failed(mLayout.error());
    QPainter painter;
    if (!painter.begin(printer))
        return failed(tr("The printer could not start printing."));
    const int sheets = mLayout.sheetCount();
    // Full-page mode: the painter's origin is the paper's corner, whatever the driver's margins.
    const qreal k = printer->resolution() / mmPerInch;
    for (int i = 0; i < sheets; ++i) {
        if (progress && !progress(i, sheets)) {
            printer->abort();
            painter.end();
            return cancelled();
        }
        if (i > 0 && !printer->newPage()) {
            painter.end();
            return failed(tr("The printer stopped after %1 of %2 sheets.").arg(i).arg(sheets));
        }
        painter.save();
        painter.scale(k, k);
        mRenderer.paintSheet(&painter, mLayout, i);
        painter.restore();
    }
    painter.end();
    if (progress)
        progress(sheets, sheets);
    return succeeded();
}

} // namespace Parcours
