#pragma once

#include "layout/posterlayout.h"

#include <QCoreApplication>
#include <QSize>

#include <functional>
#include <optional>

class QPrinter;

namespace Parcours {

class PosterRenderer;

// Writes a poster to PDF (vector, text selectable, fonts embedded; one page per sheet, so a
// tiled poster gives one page per tile), SVG or PNG (the whole poster as one picture), or
// prints it. Files are written to a temporary file beside the target and renamed into place
// when complete: a cancelled or failed export (a full disk: the system's reason) leaves no file
// behind, and an existing file stays as it was. A target that is not a regular file (a device,
// a pipe) is written directly, never replaced.
class PosterExporter
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::PosterExporter)

public:
    enum class Format { Pdf, Svg, Png };

    // Called before each step (a sheet, a band of pixels) with the steps done and the total;
    // returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // set when neither ok nor cancelled
    };

    // Both must outlive the exporter; the layout comes from renderer.layout().
    PosterExporter(const PosterRenderer &renderer, const PosterLayout &layout);

    // PNG at `dpi` dots per inch; SVG and PNG need a poster on one sheet (not tiled).
    Result write(Format format, const QString &path, int dpi = 300,
                 const Progress &progress = {}) const;
    // Prints every sheet on a printer set up by preparePrinter().
    Result print(QPrinter *printer, const Progress &progress = {}) const;

    // Paper, orientation and document name of the layout's sheets, painting from the paper's
    // corner (the layout keeps its own margins).
    static void preparePrinter(QPrinter *printer, const PosterLayout &layout,
                               const QString &documentName);
    // The settings with the sheet a printer dialog chose: the poster's size in fit mode, the
    // tiles' in tiled mode.
    static PosterSettings withPrinterPage(const PosterSettings &settings, const QPrinter *printer);

    static std::optional<Format> formatFromName(const QString &name); // "pdf", "SVG", "png"
    static QString suffix(Format format);
    // Pixels of a PNG of the layout's sheet at `dpi`: millimetres × dpi / 25.4, rounded.
    static QSize imageSize(const PosterLayout &layout, int dpi);

private:
    Result writePdf(const QString &path, const Progress &progress) const;
    Result writeSvg(const QString &path, const Progress &progress) const;
    Result writePng(const QString &path, int dpi, const Progress &progress) const;

    const PosterRenderer &mRenderer;
    const PosterLayout &mLayout;
};

} // namespace Parcours
