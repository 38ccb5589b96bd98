#include "posters/pngstreamwriter.h"

#include <QIODevice>
#include <QImage>
#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <future>
#include <memory>

namespace Parcours {

namespace {

constexpr size_t windowSize = size_t(32) * 1024; // deflate's: what a part is primed with
constexpr int minRowsPerPart = 16;

void putBigEndian(unsigned char *out, uint32_t value)
{
    out[0] = static_cast<unsigned char>(value >> 24);
    out[1] = static_cast<unsigned char>(value >> 16);
    out[2] = static_cast<unsigned char>(value >> 8);
    out[3] = static_cast<unsigned char>(value);
}

// One line of an RGB32 image as R, G, B bytes.
void toRgb(const QRgb *line, int width, unsigned char *out)
{
    for (int x = 0; x < width; ++x, out += 3) {
        const QRgb p = line[x];
        out[0] = static_cast<unsigned char>(qRed(p));
        out[1] = static_cast<unsigned char>(qGreen(p));
        out[2] = static_cast<unsigned char>(qBlue(p));
    }
}

unsigned char paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return static_cast<unsigned char>(a);
    return static_cast<unsigned char>(pb <= pc ? b : c);
}

// Writes the filter type byte and the filtered bytes of `row` (n bytes, RGB) to `out`.
void filterRow(PngStreamWriter::Filter filter, const unsigned char *row, const unsigned char *prior,
               size_t n, unsigned char *out)
{
    using Filter = PngStreamWriter::Filter;
    unsigned char *o = out + 1;
    switch (filter) {
    case Filter::None:
        out[0] = 0;
        std::memcpy(o, row, n);
        return;
    case Filter::Sub:
        out[0] = 1;
        for (size_t i = 0; i < n; ++i)
            o[i] = static_cast<unsigned char>(row[i] - (i >= 3 ? row[i - 3] : 0));
        return;
    case Filter::Up:
        out[0] = 2;
        for (size_t i = 0; i < n; ++i)
            o[i] = static_cast<unsigned char>(row[i] - prior[i]);
        return;
    case Filter::Paeth:
        out[0] = 4;
        for (size_t i = 0; i < n; ++i) {
            const int a = i >= 3 ? row[i - 3] : 0;
            const int c = i >= 3 ? prior[i - 3] : 0;
            o[i] = static_cast<unsigned char>(row[i] - paeth(a, prior[i], c));
        }
        return;
    case Filter::Adaptive: { // libpng's heuristic: the smallest sum of bytes taken as signed
        std::vector<unsigned char> candidate(n + 1);
        long best = -1;
        for (Filter f : {Filter::None, Filter::Sub, Filter::Up, Filter::Paeth}) {
            filterRow(f, row, prior, n, candidate.data());
            long sum = 0;
            for (size_t i = 1; i <= n; ++i)
                sum += std::abs(int(static_cast<signed char>(candidate[i])));
            if (best < 0 || sum < best) {
                best = sum;
                std::memcpy(out, candidate.data(), n + 1);
            }
        }
        return;
    }
    }
}

// Rows [first, last) of `band` filtered into `out`; `prior` is the row before `first` as RGB.
void filterRows(PngStreamWriter::Filter filter, const QImage &band, int first, int last,
                std::vector<unsigned char> prior, unsigned char *out)
{
    const int width = band.width();
    const size_t n = size_t(width) * 3;
    std::vector<unsigned char> row(n);
    for (int y = first; y < last; ++y, out += n + 1) {
        const auto *line = reinterpret_cast<const QRgb *>(band.constScanLine(y));
        if (filter == PngStreamWriter::Filter::None) { // straight into place
            out[0] = 0;
            toRgb(line, width, out + 1);
            continue;
        }
        toRgb(line, width, row.data());
        filterRow(filter, row.data(), prior.data(), n, out);
        prior.swap(row);
    }
}

// A part of the zlib stream: raw deflate, primed with the window before it, ended on a byte
// boundary (or finished, for the image's last part).
struct Part
{
    const unsigned char *data = nullptr;
    size_t size = 0;
    const unsigned char *dictionary = nullptr;
    size_t dictionarySize = 0;
    bool last = false;
    std::unique_ptr<unsigned char[]> out; // not zero-filled: only what deflate writes is touched
    size_t outSize = 0;
    uint32_t adler = 1;
    bool ok = false;
};

void deflatePart(Part &part, int level)
{
    part.adler = uint32_t(adler32(1, part.data, uInt(part.size)));
    z_stream z {};
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    if (part.dictionarySize > 0)
        deflateSetDictionary(&z, part.dictionary, uInt(part.dictionarySize));
    const size_t bound = deflateBound(&z, uLong(part.size)) + 16; // + the sync flush's marker
    part.out.reset(new unsigned char[bound]);
    z.next_in = const_cast<unsigned char *>(part.data);
    z.avail_in = uInt(part.size);
    z.next_out = part.out.get();
    z.avail_out = uInt(bound);
    const int result = deflate(&z, part.last ? Z_FINISH : Z_SYNC_FLUSH);
    part.ok
        = part.last ? result == Z_STREAM_END : result == Z_OK && z.avail_in == 0 && z.avail_out > 0;
    part.outSize = bound - z.avail_out;
    deflateEnd(&z);
}

// The second byte of the zlib header: the level's class, and the check bits.
unsigned char zlibFlags(int level)
{
    const int levelClass = level <= 1 ? 0 : level <= 5 ? 1 : level == 6 ? 2 : 3;
    int flags = levelClass << 6;
    flags += 31 - ((0x78 * 256 + flags) % 31);
    return static_cast<unsigned char>(flags);
}

// Runs job(0) … job(count - 1), each on a thread of its own but the first, which runs here.
template<typename Job>
void runParallel(int count, const Job &job)
{
    std::vector<std::future<void>> others;
    others.reserve(size_t(std::max(0, count - 1)));
    for (int i = 1; i < count; ++i)
        others.push_back(std::async(std::launch::async, job, i));
    job(0);
    for (std::future<void> &f : others)
        f.get();
}

} // namespace

PngStreamWriter::PngStreamWriter(QIODevice *device)
    : mDevice(device)
{ }

PngStreamWriter::~PngStreamWriter() = default;

bool PngStreamWriter::writeBytes(const void *data, size_t size)
{
    if (mDevice->write(static_cast<const char *>(data), qint64(size)) != qint64(size)) {
        mError = QStringLiteral("cannot write to the file");
        return false;
    }
    return true;
}

bool PngStreamWriter::writeChunk(const char type[4], const unsigned char *data, size_t size)
{
    unsigned char head[8];
    putBigEndian(head, uint32_t(size));
    std::memcpy(head + 4, type, 4);
    uLong crc = crc32(0, head + 4, 4);
    if (size > 0)
        crc = crc32(crc, data, uInt(size));
    unsigned char tail[4];
    putBigEndian(tail, uint32_t(crc));
    return writeBytes(head, 8) && (size == 0 || writeBytes(data, size)) && writeBytes(tail, 4);
}

bool PngStreamWriter::begin(int width, int height, int dotsPerMeter)
{
    // Rows as RGB with their filter byte must fit in a PNG chunk of at most 2^31 - 1 bytes.
    if (width <= 0 || height <= 0 || width > 1000000 || height > 1000000) {
        mError = QStringLiteral("invalid image size");
        return false;
    }
    mWidth = width;
    mHeight = height;
    mWritten = 0;
    mAdler = 1;
    mPreviousRow.assign(size_t(width) * 3, 0); // the row above the first is zero
    mTail.clear();
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char header[13];
    putBigEndian(header, uint32_t(width));
    putBigEndian(header + 4, uint32_t(height));
    header[8] = 8; // bits per channel
    header[9] = 2; // RGB
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering (a filter type per row)
    header[12] = 0; // not interlaced
    if (!writeBytes(signature, 8) || !writeChunk("IHDR", header, 13))
        return false;
    if (dotsPerMeter > 0) {
        unsigned char phys[9];
        putBigEndian(phys, uint32_t(dotsPerMeter));
        putBigEndian(phys + 4, uint32_t(dotsPerMeter));
        phys[8] = 1; // per metre
        if (!writeChunk("pHYs", phys, 9))
            return false;
    }
    return true;
}

bool PngStreamWriter::writeRows(const QImage &input, int rows)
{
    if (mWidth == 0 || input.width() != mWidth || rows > input.height() || rows < 0
        || mWritten + rows > mHeight) {
        mError = QStringLiteral("rows do not match the image");
        return false;
    }
    if (rows == 0)
        return true;
    const QImage band
        = input.format() == QImage::Format_RGB32 || input.format() == QImage::Format_ARGB32
        ? input
        : input.copy(0, 0, mWidth, rows).convertToFormat(QImage::Format_RGB32);
    const size_t stride = size_t(mWidth) * 3 + 1;
    mFiltered.resize(stride * size_t(rows));

    const int cores = mCompression.threads > 0 ? mCompression.threads
                                               : std::max(1, QThread::idealThreadCount());
    const int parts = std::clamp(rows / minRowsPerPart, 1, cores);
    auto firstRow = [&](int part) {
        return int(qint64(rows) * part / parts);
    };

    // Filtered in parallel: each part starts from the row above it, as RGB.
    runParallel(parts, [&](int part) {
        const int first = firstRow(part);
        std::vector<unsigned char> prior = mPreviousRow;
        if (first > 0)
            toRgb(reinterpret_cast<const QRgb *>(band.constScanLine(first - 1)), mWidth,
                  prior.data());
        filterRows(mCompression.filter, band, first, firstRow(part + 1), std::move(prior),
                   mFiltered.data() + stride * size_t(first));
    });

    // Deflated in parallel, each part primed with the 32 kB before it.
    const bool lastRows = mWritten + rows == mHeight;
    std::vector<Part> chunks(static_cast<size_t>(parts));
    for (int part = 0; part < parts; ++part) {
        Part &c = chunks[size_t(part)];
        const size_t offset = stride * size_t(firstRow(part));
        c.data = mFiltered.data() + offset;
        c.size = stride * size_t(firstRow(part + 1) - firstRow(part));
        if (part == 0) {
            c.dictionary = mTail.data();
            c.dictionarySize = mTail.size();
        } else {
            c.dictionarySize = std::min(offset, windowSize);
            c.dictionary = c.data - c.dictionarySize;
        }
        c.last = lastRows && part == parts - 1;
    }
    runParallel(parts, [&](int part) { deflatePart(chunks[size_t(part)], mCompression.level); });

    for (Part &c : chunks) {
        if (!c.ok) {
            mError = QStringLiteral("the compressor failed");
            return false;
        }
        mAdler = uint32_t(adler32_combine(mAdler, c.adler, z_off_t(c.size)));
    }
    for (size_t i = 0; i < chunks.size(); ++i) {
        Part &c = chunks[i];
        std::vector<unsigned char> framed; // the zlib header before the first, checksum after
        const bool first = mWritten == 0 && i == 0;
        if (first || c.last) {
            if (first)
                framed = {0x78, zlibFlags(mCompression.level)};
            framed.insert(framed.end(), c.out.get(), c.out.get() + c.outSize);
            if (c.last) {
                unsigned char adler[4];
                putBigEndian(adler, mAdler);
                framed.insert(framed.end(), adler, adler + 4);
            }
            if (!writeChunk("IDAT", framed.data(), framed.size()))
                return false;
        } else if (!writeChunk("IDAT", c.out.get(), c.outSize)) {
            return false;
        }
        c.out.reset();
    }

    toRgb(reinterpret_cast<const QRgb *>(band.constScanLine(rows - 1)), mWidth,
          mPreviousRow.data());
    const size_t filtered = mFiltered.size();
    if (filtered >= windowSize) {
        mTail.assign(mFiltered.end() - std::ptrdiff_t(windowSize), mFiltered.end());
    } else {
        mTail.insert(mTail.end(), mFiltered.begin(), mFiltered.end());
        if (mTail.size() > windowSize)
            mTail.erase(mTail.begin(), mTail.end() - std::ptrdiff_t(windowSize));
    }
    mWritten += rows;
    return true;
}

bool PngStreamWriter::finish()
{
    if (mWidth == 0 || mWritten != mHeight) {
        mError = QStringLiteral("the image is incomplete");
        return false;
    }
    return writeChunk("IEND", nullptr, 0);
}

} // namespace Parcours
