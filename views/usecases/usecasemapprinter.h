#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace Parcours {

// A persona's use-case map on paper: title block, verdicts today and with planned use cases,
// the frequency spectrum and the table (rows split over as many pages as needed, header
// repeated, markers ▽ and ⚠ as on screen). Paints on any QPainter whose unit is the point,
// so that a printer, a PDF writer, an image or a future poster layout can all use it.
class UseCaseMapPrinter
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseMapPrinter)

public:
    UseCaseMapPrinter(const Workspace &workspace, Id persona);

    // Inside a poster, whose title block and legend say it already, the map leaves out its own
    // title, description, key and page footer.
    void setInPoster(bool inPoster) { mInPoster = inPoster; }

    // Pages needed for a printable area of that size, in points.
    int pageCount(const QSizeF &area) const;
    // Paints page `page` (0-based) of the area; the painter's unit is the point and its
    // origin the area's top-left corner.
    void paintPage(QPainter *painter, const QSizeF &area, int page) const;
    // Prints every page on a QPrinter or QPdfWriter, within its page layout's margins.
    bool print(QPagedPaintDevice *device) const;
    // A PDF of the map on A4 landscape (or the given page size id), for File > Export PDF.
    bool exportPdf(const QString &path, QString *error) const;

private:
    struct Layout
    {
        QList<QList<int>> pages; // use-case rows on each page
        QList<qreal> rowHeights; // each use case's row, measured once for every page
        qreal firstTableTop = 0; // where the table starts on page one
    };
    Layout layout(const QSizeF &area) const;
    void paintPage(QPainter *painter, const QSizeF &area, const Layout &layout, int page) const;
    qreal rowHeight(int row, qreal width) const;
    qreal paintHeader(QPainter *painter, qreal width) const; // returns its height
    qreal paintTableHeader(QPainter *painter, qreal top, qreal width) const;
    qreal paintRow(QPainter *painter, int row, qreal top, qreal width, qreal height) const;
    void paintChart(QPainter *painter, const QRectF &rect) const;

    const Workspace &mWorkspace;
    const Persona *mPersona;
    bool mInPoster = false;
};

} // namespace Parcours
