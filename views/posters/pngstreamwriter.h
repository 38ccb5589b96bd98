#pragma once

#include <QString>

class QIODevice;
class QImage;

namespace Parcours {

// Writes a PNG image band by band, so that a poster of any size (an A0 at 600 dpi is about
// 560 million pixels) is encoded with the memory of one band. RGB, 8 bits per channel, with
// the resolution recorded (pHYs). The device must be open for writing.
class PngStreamWriter
{
public:
    explicit PngStreamWriter(QIODevice *device);
    ~PngStreamWriter();
    PngStreamWriter(const PngStreamWriter &) = delete;
    PngStreamWriter &operator=(const PngStreamWriter &) = delete;

    bool begin(int width, int height, int dotsPerMeter);
    // The first `rows` lines of `band` (its width must be the image's), top to bottom.
    bool writeRows(const QImage &band, int rows);
    // After all `height` rows.
    bool finish();
    QString errorString() const { return mError; }

    // For libpng's callbacks.
    struct State;

private:
    State *mState;
    QString mError;
    int mWidth = 0;
    int mHeight = 0;
    int mWritten = 0;
};

} // namespace Parcours
