#include "formats/eventfingerprint.h"

#include <cstddef>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PARCOURS_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Parcours {

namespace {

constexpr std::array<quint32, 8> initialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef PARCOURS_SHA_X86
alignas(16) constexpr quint32 roundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool hasShaInstructions()
{
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1U << 9);
    const bool sse41 = ecx & (1U << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return ssse3 && sse41 && (ebx & (1U << 29));
}

// FIPS 180-4's compression of 64-byte blocks with the SHA extensions: the state held as
// ABEF and CDGH, two rounds an instruction, the message schedule four words at a time
// (W[t] of a group of four from the four groups before it).
__attribute__((target("sha,sse4.1,ssse3"))) void compressSha(quint32 *state, const uchar *data,
                                                             size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    dcba = _mm_shuffle_epi32(dcba, 0xB1); // CDAB
    hgfe = _mm_shuffle_epi32(hgfe, 0x1B); // EFGH
    __m128i abef = _mm_alignr_epi8(dcba, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4];
#pragma GCC unroll 16
        for (std::ptrdiff_t g = 0; g < 16; ++g) { // a pointer offset: 16 * g in ptrdiff_t
            __m128i &x = w[g & 3];
            if (g < 4) {
                x = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            } else {
                const __m128i &previous = w[(g - 1) & 3];
                x = _mm_sha256msg1_epu32(x, w[(g - 3) & 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(previous, w[(g - 2) & 3], 4));
                x = _mm_sha256msg2_epu32(x, previous);
            }
            __m128i message = _mm_add_epi32(
                x, _mm_load_si128(reinterpret_cast<const __m128i *>(roundConstants + 4 * g)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

bool EventFingerprint::usesShaInstructions()
{
#ifdef PARCOURS_SHA_X86
    static const bool has = hasShaInstructions();
    return has;
#else
    return false;
#endif
}

EventFingerprint::EventFingerprint()
    : mFast(usesShaInstructions())
    , mState(initialState)
{ }

void EventFingerprint::compress(const uchar *blocks, size_t count)
{
#ifdef PARCOURS_SHA_X86
    compressSha(mState.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void EventFingerprint::addData(QByteArrayView bytes)
{
    if (!mFast) {
        mQt.addData(bytes);
        return;
    }
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    auto size = size_t(bytes.size());
    mLength += size;
    if (mPendingSize > 0) {
        const size_t taken = std::min(size, 64 - mPendingSize);
        std::memcpy(mPending.data() + mPendingSize, data, taken);
        mPendingSize += taken;
        data += taken;
        size -= taken;
        if (mPendingSize < 64)
            return;
        compress(mPending.data(), 1);
        mPendingSize = 0;
    }
    compress(data, size / 64);
    data += size / 64 * 64;
    size %= 64;
    if (size > 0)
        std::memcpy(mPending.data(), data, size);
    mPendingSize = size;
}

QByteArray EventFingerprint::resultHex()
{
    if (!mFast)
        return mQt.result().toHex();
    // The padding: 0x80, zeros, and the length in bits, big-endian, ending a block.
    std::array<uchar, 128> tail {};
    std::memcpy(tail.data(), mPending.data(), mPendingSize);
    tail[mPendingSize] = 0x80;
    const size_t total = mPendingSize + 9 <= 64 ? 64 : 128;
    const quint64 bits = mLength * 8;
    for (int i = 0; i < 8; ++i)
        tail[total - 1 - size_t(i)] = uchar(bits >> (8 * i));
    compress(tail.data(), total / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(mState[size_t(i)] >> (24 - 8 * j));
    }
    return digest.toHex();
}

} // namespace Parcours
