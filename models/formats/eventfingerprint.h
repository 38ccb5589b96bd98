#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>

namespace Parcours {

// The SHA-256 of an events file's bytes, which recognises a re-import (UsageSource::
// fingerprint). Qt 6.4's own SHA-256 hashes about 130 MB a second, four seconds of a
// 600 MB file; on an x86-64 processor with the SHA extensions (Intel since 2019's Ice Lake,
// AMD since Zen) the blocks go through those instructions, about ten times faster
// (docs/PERFORMANCE.md). Elsewhere Qt's hashes them. The same digest either way.
class EventFingerprint
{
public:
    EventFingerprint();
    void addData(QByteArrayView bytes);
    // The digest in lowercase hex; call once, at the end.
    QByteArray resultHex();

    // Whether this processor hashes with the SHA extensions (for tests and figures).
    static bool usesShaInstructions();

private:
    void compress(const uchar *blocks, size_t count);

    bool mFast;
    QCryptographicHash mQt {QCryptographicHash::Sha256};
    std::array<quint32, 8> mState {};
    std::array<uchar, 64> mPending {};
    size_t mPendingSize = 0;
    quint64 mLength = 0; // bytes
};

} // namespace Parcours
