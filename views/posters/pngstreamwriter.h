#pragma once

#include <QString>

#include <cstdint>
#include <vector>

class QIODevice;
class QImage;

namespace Parcours {

// Writes a PNG image band by band, so that a poster of any size (an A0 at 600 dpi is about
// 560 million pixels) is encoded with the memory of one band. RGB, 8 bits per channel, with
// the resolution recorded (pHYs). The device must be open for writing.
//
// Each band's rows are filtered and deflated on every core, in parts that continue one zlib
// stream (each part primed with the 32 kB before it, ended on a byte boundary, the checksums
// combined), as pigz does: any PNG reader sees one ordinary image. The filter and level were
// chosen on measurement (docs/PERFORMANCE.md, "The 300-dpi A0 PNG").
class PngStreamWriter
{
public:
    // The PNG row filters (Average is left out: never the best on a poster).
    enum class Filter { None, Sub, Up, Paeth, Adaptive };
    struct Compression
    {
        // Measured on the 300-dpi A0 poster: unfiltered rows at level 6 are the smallest file
        // (flat colour and white) for the time of zlib alone; every filter costs time and size.
        Filter filter = Filter::None;
        int level = 6; // zlib's, 1 to 9
        int threads = 0; // 0: one per core
    };

    explicit PngStreamWriter(QIODevice *device);
    ~PngStreamWriter();
    PngStreamWriter(const PngStreamWriter &) = delete;
    PngStreamWriter &operator=(const PngStreamWriter &) = delete;

    // Before begin(); for benchmarks.
    void setCompression(const Compression &compression) { mCompression = compression; }

    bool begin(int width, int height, int dotsPerMeter);
    // The first `rows` lines of `input` (its width must be the image's), top to bottom.
    bool writeRows(const QImage &input, int rows);
    // After all `height` rows.
    bool finish();
    QString errorString() const { return mError; }

private:
    bool writeChunk(const char type[4], const unsigned char *data, size_t size);
    bool writeBytes(const void *data, size_t size);

    QIODevice *mDevice;
    Compression mCompression;
    QString mError;
    int mWidth = 0;
    int mHeight = 0;
    int mWritten = 0;
    uint32_t mAdler = 1; // of every filtered row so far
    std::vector<unsigned char> mPreviousRow; // the last row written, as RGB (the Up filter's)
    std::vector<unsigned char> mTail; // the last 32 kB of filtered rows (the next dictionary)
    std::vector<unsigned char> mFiltered; // one band's filtered rows
};

} // namespace Parcours
