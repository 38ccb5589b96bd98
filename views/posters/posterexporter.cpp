#include "posters/posterexporter.h"

#include "posters/exportfile.h"
#include "posters/pngstreamwriter.h"
#include "posters/posterexporterresults.h"
#include "posters/posterrenderer.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <future>

using namespace Qt::StringLiterals;

namespace Parcours {

using namespace PosterExporterResults;

namespace {

constexpr int pdfResolution = 1200;
// Pixels painted at a time for PNG; two bands are in memory, one painted while the other
// is compressed.
constexpr qint64 bandPixels = qint64(4) * 1024 * 1024;

} // namespace

PosterExporter::PosterExporter(const PosterRenderer &renderer, const PosterLayout &layout)
    : mRenderer(renderer)
    , mLayout(layout)
{ }

std::optional<PosterExporter::Format> PosterExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"pdf")
        return Format::Pdf;
    if (n == u"svg")
        return Format::Svg;
    if (n == u"png")
        return Format::Png;
    return std::nullopt;
}

QString PosterExporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf: return u"pdf"_s;
    case Format::Svg: return u"svg"_s;
    case Format::Png: return u"png"_s;
    }
    return {};
}

QSize PosterExporter::imageSize(const PosterLayout &layout, int dpi)
{
    const QSizeF mm = layout.sheetSize();
    return QSize(int(std::lround(mm.width() / mmPerInch * dpi)),
                 int(std::lround(mm.height() / mmPerInch * dpi)));
}

PosterExporter::Result PosterExporter::write(Format format, const QString &path, int dpi,
                                             const Progress &progress) const
{
    if (!mLayout.isValid())
        return failed(mLayout.error());
    if (format != Format::Pdf && mLayout.settings().tiled)
        return failed(tr("SVG and PNG hold the whole poster in one picture: tiling applies to "
                         "PDF and printing only."));
    switch (format) {
    case Format::Pdf: return writePdf(path, progress);
    case Format::Svg: return writeSvg(path, progress);
    case Format::Png: return writePng(path, dpi, progress);
    }
    return failed(tr("Unknown format."));
}

PosterExporter::Result PosterExporter::writePdf(const QString &path, const Progress &progress) const
{
    ExportFile file;
    if (!file.openTarget(path))
        return failed(file.failure());
    const int sheets = mLayout.sheetCount();
    bool stopped = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(mLayout.sheetPageLayout());
        writer.setTitle(mRenderer.documentTitle());
        writer.setCreator(creator());
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.discard();
            return failed(tr("The PDF writer could not start."));
        }
        const qreal k = writer.resolution() / mmPerInch;
        for (int i = 0; i < sheets; ++i) {
            if (progress && !progress(i, sheets)) {
                stopped = true;
                break;
            }
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.scale(k, k);
            mRenderer.paintSheet(&painter, mLayout, i);
            painter.restore();
        }
        painter.end();
    }
    if (stopped || (progress && !progress(sheets, sheets))) {
        file.discard();
        return cancelled();
    }
    const QString error = file.finish();
    return error.isEmpty() ? succeeded() : failed(error);
}

PosterExporter::Result PosterExporter::writeSvg(const QString &path, const Progress &progress) const
{
    if (progress && !progress(0, 1))
        return cancelled();
    ExportFile file;
    if (!file.openTarget(path))
        return failed(file.failure());
    const QSizeF mm = mLayout.sheetSize();
    {
        // Ten units per millimetre, the view box in millimetres: the painter draws in mm.
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(int(std::lround(mmPerInch * 10)));
        generator.setSize(
            QSize(int(std::lround(mm.width() * 10)), int(std::lround(mm.height() * 10))));
        generator.setViewBox(QRectF(QPointF(), mm));
        // QSvgGenerator (6.4) writes the title and description into the markup as they are:
        // a journey named "</title><script>…" would become a live script element.
        generator.setTitle(mRenderer.documentTitle().toHtmlEscaped());
        generator.setDescription(creator().toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.discard();
            return failed(tr("The SVG writer could not start."));
        }
        mRenderer.paintSheet(&painter, mLayout, 0);
        painter.end();
    }
    if (progress && !progress(1, 1)) {
        file.discard();
        return cancelled();
    }
    const QString error = file.finish();
    return error.isEmpty() ? succeeded() : failed(error);
}

PosterExporter::Result PosterExporter::writePng(const QString &path, int dpi,
                                                const Progress &progress) const
{
    if (dpi < 10 || dpi > 2400)
        return failed(tr("A resolution of %1 dpi is not supported.").arg(dpi));
    const QSize size = imageSize(mLayout, dpi);
    ExportFile file;
    if (!file.openTarget(path))
        return failed(file.failure());
    PngStreamWriter png(&file);
    const auto pngFailed = [&] {
        const QString reason = file.failure().isEmpty() ? png.errorString() : file.failure();
        file.discard();
        return failed(reason);
    };
    if (!png.begin(size.width(), size.height(), int(std::lround(dpi / mmPerInch * 1000))))
        return pngFailed();
    // Painted a band at a time: the memory of two bands, whatever the poster's size. While a
    // band is painted here, the one before is compressed (on every core) by a task of its own.
    const int bandHeight
        = int(std::clamp<qint64>(bandPixels / std::max(1, size.width()), 16, size.height()));
    const int bands = (size.height() + bandHeight - 1) / bandHeight;
    QImage images[2] = {QImage(size.width(), bandHeight, QImage::Format_RGB32),
                        QImage(size.width(), bandHeight, QImage::Format_RGB32)};
    if (images[0].isNull() || images[1].isNull()) {
        file.discard();
        return failed(tr("Not enough memory for an image %1 pixels wide.").arg(size.width()));
    }
    std::future<bool> compressing;
    const auto compressed = [&compressing] {
        return !compressing.valid() || compressing.get();
    };
    const qreal k = dpi / mmPerInch; // pixels per mm
    for (int b = 0; b < bands; ++b) {
        if (progress && !progress(b, bands)) {
            compressed();
            file.discard();
            return cancelled();
        }
        const int top = b * bandHeight;
        const int rows = std::min(bandHeight, size.height() - top);
        QImage &band = images[b % 2];
        band.fill(Qt::white);
        QPainter painter(&band);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        painter.translate(0, -top);
        painter.scale(k, k);
        const QRectF exposed(0, top / k, mLayout.sheetSize().width(), rows / k);
        mRenderer.paintSheet(&painter, mLayout, 0, exposed.adjusted(-2, -2, 2, 2));
        painter.end();
        if (!compressed())
            return pngFailed();
        compressing = std::async(std::launch::async,
                                 [&png, &band, rows] { return png.writeRows(band, rows); });
    }
    if (!compressed() || !png.finish())
        return pngFailed();
    if (progress && !progress(bands, bands)) {
        file.discard();
        return cancelled();
    }
    const QString error = file.finish();
    return error.isEmpty() ? succeeded() : failed(error);
}

} // namespace Parcours
