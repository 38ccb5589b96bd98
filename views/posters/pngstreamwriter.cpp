#include "posters/pngstreamwriter.h"

#include <QIODevice>
#include <QImage>

#include <png.h>

#include <csetjmp>
#include <cstring>

namespace Parcours {

struct PngStreamWriter::State
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    QIODevice *device = nullptr;
    char message[256] = {};
};

namespace {

void onError(png_structp png, png_const_charp message)
{
    auto *state = static_cast<PngStreamWriter::State *>(png_get_error_ptr(png));
    if (state->message[0] == 0)
        std::strncpy(state->message, message, sizeof(state->message) - 1);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp)
{ }

void onWrite(png_structp png, png_bytep data, png_size_t length)
{
    auto *state = static_cast<PngStreamWriter::State *>(png_get_io_ptr(png));
    if (state->device->write(reinterpret_cast<const char *>(data), qint64(length))
        != qint64(length)) {
        std::strncpy(state->message, "cannot write to the file", sizeof(state->message) - 1);
        png_error(png, "write failed");
    }
}

void onFlush(png_structp)
{ }

// The libpng calls, each behind its setjmp, with nothing on the stack that longjmp could leak.
bool writeHeader(PngStreamWriter::State *s, int width, int height, int dotsPerMeter)
{
    if (setjmp(png_jmpbuf(s->png)))
        return false;
    png_set_write_fn(s->png, s, onWrite, onFlush);
    png_set_IHDR(s->png, s->info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (dotsPerMeter > 0)
        png_set_pHYs(s->png, s->info, png_uint_32(dotsPerMeter), png_uint_32(dotsPerMeter),
                     PNG_RESOLUTION_METER);
    png_set_compression_level(s->png, 6);
    png_write_info(s->png, s->info);
    return true;
}

bool writeRow(PngStreamWriter::State *s, const unsigned char *row)
{
    if (setjmp(png_jmpbuf(s->png)))
        return false;
    png_write_row(s->png, row);
    return true;
}

bool writeEnd(PngStreamWriter::State *s)
{
    if (setjmp(png_jmpbuf(s->png)))
        return false;
    png_write_end(s->png, nullptr);
    return true;
}

} // namespace

PngStreamWriter::PngStreamWriter(QIODevice *device)
    : mState(new State)
{
    mState->device = device;
}

PngStreamWriter::~PngStreamWriter()
{
    if (mState->png)
        png_destroy_write_struct(&mState->png, &mState->info);
    delete mState;
}

bool PngStreamWriter::begin(int width, int height, int dotsPerMeter)
{
    if (width <= 0 || height <= 0 || width > 1000000 || height > 1000000) {
        mError = QStringLiteral("invalid image size");
        return false;
    }
    mState->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, mState, onError, onWarning);
    mState->info = mState->png ? png_create_info_struct(mState->png) : nullptr;
    if (!mState->png || !mState->info) {
        mError = QStringLiteral("cannot start the PNG encoder");
        return false;
    }
    mWidth = width;
    mHeight = height;
    if (!writeHeader(mState, width, height, dotsPerMeter)) {
        mError = QString::fromLocal8Bit(mState->message);
        return false;
    }
    return true;
}

bool PngStreamWriter::writeRows(const QImage &band, int rows)
{
    if (!mState->png || band.width() != mWidth || rows > band.height()
        || mWritten + rows > mHeight) {
        mError = QStringLiteral("rows do not match the image");
        return false;
    }
    const QImage rgb = band.format() == QImage::Format_RGB888
        ? band
        : band.copy(0, 0, mWidth, rows).convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < rows; ++y) {
        if (!writeRow(mState, rgb.constScanLine(y))) {
            mError = QString::fromLocal8Bit(mState->message);
            return false;
        }
    }
    mWritten += rows;
    return true;
}

bool PngStreamWriter::finish()
{
    if (!mState->png || mWritten != mHeight) {
        mError = QStringLiteral("the image is incomplete");
        return false;
    }
    if (!writeEnd(mState)) {
        mError = QString::fromLocal8Bit(mState->message);
        return false;
    }
    return true;
}

} // namespace Parcours
