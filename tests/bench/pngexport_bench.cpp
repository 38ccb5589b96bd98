// PNG poster benchmark (issue 24 item 2): the L scale's largest journey (200 stages) as an A0
// PNG at 300 dpi, 14,043 × 9,933 pixels. Prints, from one run of the program:
//  * the export as the application does it (PosterExporter), and the export as it was done
//    before (the same bands painted, then libpng at level 6 with its adaptive filters, one
//    row at a time on one core): wall-clock and CPU time, file size, peak memory;
//  * on the same rows held in memory, each encoder alone: libpng as before, zlib alone (the
//    floor: unfiltered rows, one stream, one core, levels 6 and 1), and PngStreamWriter with
//    each row filter and level on one core (one run each: the sizes are what they are), then
//    with the chosen ones on every core.
// Not a test: it reports figures.
//
//   cmake --preset bench && cmake --build --preset bench --target pngexport_bench &&
//   build/bench/tests/bench/pngexport_bench [--runs N] [--quick]
#include "scale/scaleworkspace.h"

#include "posters/journeypostercontent.h"
#include "posters/pngstreamwriter.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <ctime>

#include <algorithm>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr qreal mmPerInch = 25.4;
constexpr int dpi = 300;
constexpr qint64 bandPixels = qint64(8) * 1024 * 1024; // as PosterExporter

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s); // "5" resets VmHWM to the current RSS
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Figure
{
    double wallMs = 0;
    double cpuMs = 0;
    qint64 bytes = 0;
};

// Median wall and CPU times of `runs` runs; `work` returns the bytes it wrote.
Figure measure(int runs, const std::function<qint64()> &work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        const double c0 = cpuMs();
        QElapsedTimer timer;
        timer.start();
        bytes = work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2], bytes};
}

void print(const QString &what, const Figure &f, double peakMb = -1)
{
    out() << what.leftJustified(58) << QString::number(f.wallMs, 'f', 0).rightJustified(7)
          << QString::number(f.cpuMs, 'f', 0).rightJustified(8)
          << QString::number(double(f.bytes) / 1e6, 'f', 2).rightJustified(9);
    if (peakMb >= 0)
        out() << QString::number(peakMb, 'f', 0).rightJustified(8);
    out() << Qt::endl;
}

// Counts what is written, keeps nothing.
class NullDevice : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        return size;
    }
};

// ---- The encoder as it was before issue 24: libpng, level 6, its default (adaptive) filters,
// each band copied to RGB888 and given to libpng one row at a time.
void onPngWrite(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QIODevice *>(png_get_io_ptr(png))
        ->write(reinterpret_cast<const char *>(data), qint64(length));
}
void onPngFlush(png_structp)
{ }

class LibpngWriter
{
public:
    LibpngWriter(QIODevice *device, int width, int height)
        : mPng(png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr))
        , mInfo(png_create_info_struct(mPng))
        , mWidth(width)
    {
        if (setjmp(png_jmpbuf(mPng)))
            qFatal("libpng failed");
        png_set_write_fn(mPng, device, onPngWrite, onPngFlush);
        png_set_IHDR(mPng, mInfo, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB,
                     PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        const auto dpm = png_uint_32(std::lround(dpi / mmPerInch * 1000));
        png_set_pHYs(mPng, mInfo, dpm, dpm, PNG_RESOLUTION_METER);
        png_set_compression_level(mPng, 6);
        png_write_info(mPng, mInfo);
    }
    ~LibpngWriter() { png_destroy_write_struct(&mPng, &mInfo); }
    LibpngWriter(const LibpngWriter &) = delete;
    LibpngWriter &operator=(const LibpngWriter &) = delete;

    void writeRows(const QImage &band, int rows)
    {
        const QImage rgb = band.copy(0, 0, mWidth, rows).convertToFormat(QImage::Format_RGB888);
        if (setjmp(png_jmpbuf(mPng)))
            qFatal("libpng failed");
        for (int y = 0; y < rows; ++y)
            png_write_row(mPng, rgb.constScanLine(y));
    }
    void finish()
    {
        if (setjmp(png_jmpbuf(mPng)))
            qFatal("libpng failed");
        png_write_end(mPng, nullptr);
    }

private:
    png_structp mPng;
    png_infop mInfo;
    int mWidth;
};

// The poster painted band by band, as PosterExporter::writePng does.
struct Poster
{
    const PosterRenderer &renderer;
    const PosterLayout &layout;
    QSize size;
    int bandHeight = 0;

    int bands() const { return (size.height() + bandHeight - 1) / bandHeight; }
    int rowsOf(int b) const { return std::min(bandHeight, size.height() - b * bandHeight); }
    void paint(QImage &band, int b) const
    {
        const qreal k = dpi / mmPerInch;
        const int top = b * bandHeight;
        band.fill(Qt::white);
        QPainter painter(&band);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        painter.translate(0, -top);
        painter.scale(k, k);
        const QRectF exposed(0, top / k, layout.sheetSize().width(), rowsOf(b) / k);
        renderer.paintSheet(&painter, layout, 0, exposed.adjusted(-2, -2, 2, 2));
    }
};

QString filterName(PngStreamWriter::Filter filter)
{
    switch (filter) {
    case PngStreamWriter::Filter::None: return u"none"_s;
    case PngStreamWriter::Filter::Sub: return u"Sub"_s;
    case PngStreamWriter::Filter::Up: return u"Up"_s;
    case PngStreamWriter::Filter::Paeth: return u"Paeth"_s;
    case PngStreamWriter::Filter::Adaptive: return u"adaptive"_s;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = std::max(
        1, args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 3);
    const bool quick = args.contains(u"--quick"_s);

    const Workspace w = Bench::generateWorkspace(Bench::Scale::byName(u"L"_s));
    const JourneyPosterContent content(w, w.journeys.front().id);
    PosterInfo info;
    info.date = QDate(2026, 9, 1);
    const PosterRenderer renderer(content, info);
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A0);
    settings.orientation = renderer.largerScaleOrientation(settings); // as `parcours export`
    const PosterLayout layout = renderer.layout(settings);
    const QSize size = PosterExporter::imageSize(layout, dpi);
    const Poster poster {renderer, layout, size,
                         int(std::clamp<qint64>(bandPixels / size.width(), 16, size.height()))};
    out() << "A0 poster of a " << w.journeys.front().stages.size() << "-stage journey at " << dpi
          << " dpi: " << size.width() << " x " << size.height() << " pixels, " << poster.bands()
          << " bands; median of " << runs << " runs" << Qt::endl;
    out() << QString().leftJustified(58) << u"wall ms"_s.rightJustified(7)
          << u"CPU ms"_s.rightJustified(8) << u"MB"_s.rightJustified(9)
          << u"peak MB"_s.rightJustified(8) << Qt::endl;

    QTemporaryDir dir;
    const QString file = dir.filePath(u"poster.png"_s);
    resetPeakRss();
    const Figure now = measure(runs, [&] {
        if (!PosterExporter(renderer, layout).write(PosterExporter::Format::Png, file, dpi).ok)
            qFatal("the export failed");
        return QFileInfo(file).size();
    });
    print(u"Export now (PosterExporter)"_s, now, peakRssMb());
    resetPeakRss();
    const Figure before = measure(runs, [&] {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        LibpngWriter png(&f, size.width(), size.height());
        QImage band(size.width(), poster.bandHeight, QImage::Format_RGB32);
        for (int b = 0; b < poster.bands(); ++b) {
            poster.paint(band, b);
            png.writeRows(band, poster.rowsOf(b));
        }
        png.finish();
        f.close();
        return QFileInfo(file).size();
    });
    print(u"Export as before (libpng, level 6, adaptive, 1 core)"_s, before, peakRssMb());
    out() << "Ratio before / now: wall " << QString::number(before.wallMs / now.wallMs, 'f', 2)
          << ", CPU " << QString::number(before.cpuMs / now.cpuMs, 'f', 2) << "; size now / before "
          << QString::number(double(now.bytes) / double(before.bytes), 'f', 3) << Qt::endl;
    if (quick)
        return 0;

    // The same rows in memory, each encoder alone.
    std::vector<QImage> bands;
    const Figure painting = measure(1, [&] {
        for (int b = 0; b < poster.bands(); ++b) {
            bands.emplace_back(size.width(), poster.bandHeight, QImage::Format_RGB32);
            poster.paint(bands.back(), b);
        }
        return qint64(0);
    });
    print(u"Painting alone"_s, painting);
    const Figure libpng = measure(runs, [&] {
        NullDevice sink;
        LibpngWriter png(&sink, size.width(), size.height());
        for (int b = 0; b < poster.bands(); ++b)
            png.writeRows(bands[size_t(b)], poster.rowsOf(b));
        png.finish();
        return sink.written;
    });
    print(u"Encoder: libpng as before"_s, libpng);
    for (int level : {6, 1}) {
        // The floor: the rows as libpng receives them (RGB, filter byte 0), deflated by zlib
        // in one stream on one core; only deflate is timed.
        std::vector<unsigned char> rows;
        z_stream z {};
        deflateInit(&z, level);
        std::vector<unsigned char> output(1 << 20);
        qint64 compressed = 0;
        double wall = 0;
        double cpu = 0;
        for (int b = 0; b < poster.bands(); ++b) {
            const QImage &band = bands[size_t(b)];
            const int n = poster.rowsOf(b);
            const size_t stride = size_t(size.width()) * 3 + 1;
            rows.resize(stride * size_t(n));
            for (int y = 0; y < n; ++y) {
                unsigned char *o = rows.data() + stride * size_t(y);
                *o++ = 0;
                const auto *line = reinterpret_cast<const QRgb *>(band.constScanLine(y));
                for (int x = 0; x < size.width(); ++x, o += 3) {
                    o[0] = static_cast<unsigned char>(qRed(line[x]));
                    o[1] = static_cast<unsigned char>(qGreen(line[x]));
                    o[2] = static_cast<unsigned char>(qBlue(line[x]));
                }
            }
            const double c0 = cpuMs();
            QElapsedTimer timer;
            timer.start();
            z.next_in = rows.data();
            z.avail_in = uInt(rows.size());
            const int flush = b + 1 == poster.bands() ? Z_FINISH : Z_NO_FLUSH;
            do {
                z.next_out = output.data();
                z.avail_out = uInt(output.size());
                deflate(&z, flush);
                compressed += qint64(output.size() - z.avail_out);
            } while (z.avail_out == 0 || (flush == Z_FINISH && z.avail_in > 0));
            wall += double(timer.nsecsElapsed()) / 1e6;
            cpu += cpuMs() - c0;
        }
        deflateEnd(&z);
        print(u"Floor: zlib alone, level %1, unfiltered, 1 core"_s.arg(level),
              {wall, cpu, compressed});
    }
    auto encode = [&](const PngStreamWriter::Compression &compression, int times) {
        return measure(times, [&] {
            NullDevice sink;
            PngStreamWriter png(&sink);
            png.setCompression(compression);
            if (!png.begin(size.width(), size.height(), 11811))
                qFatal("%s", qPrintable(png.errorString()));
            for (int b = 0; b < poster.bands(); ++b)
                png.writeRows(bands[size_t(b)], poster.rowsOf(b));
            if (!png.finish())
                qFatal("%s", qPrintable(png.errorString()));
            return sink.written;
        });
    };
    using Filter = PngStreamWriter::Filter;
    for (Filter filter : {Filter::None, Filter::Sub, Filter::Up, Filter::Paeth, Filter::Adaptive}) {
        for (int level : {1, 2, 3, 4, 6}) {
            print(u"PngStreamWriter, %1, level %2, 1 core"_s.arg(filterName(filter)).arg(level),
                  encode({filter, level, 1}, 1));
        }
    }
    const PngStreamWriter::Compression chosen;
    print(u"PngStreamWriter as chosen (%1, level %2), every core"_s.arg(filterName(chosen.filter))
              .arg(chosen.level),
          encode(chosen, runs));
    return 0;
}
