#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

namespace Parcours {

// Distinct byte strings (user ids, event names) numbered 0, 1, 2 … in order of insertion,
// looked up by a view into a read buffer without allocating: the events import meets one per
// line, ten million times. Open addressing over one array of slots; the keys live end to end
// in one string.
class ByteKeyTable
{
public:
    // The key's number, or -1.
    int find(QByteArrayView key) const;
    // The key's number, adding it when new (`added` then true).
    int insert(QByteArrayView key, bool *added = nullptr);
    QByteArrayView key(int index) const
    {
        const size_t from = mEnds[size_t(index)] - mLengths[size_t(index)];
        return {mBytes.data() + from, qsizetype(mLengths[size_t(index)])};
    }
    int size() const { return int(mEnds.size()); }

private:
    struct Slot
    {
        quint32 tag = 0; // the hash's high bits
        quint32 index = 0; // number + 1; 0: empty
    };
    static size_t hashOf(QByteArrayView key);
    size_t slotOf(QByteArrayView key, size_t hash) const;
    void grow();

    std::vector<Slot> mSlots;
    std::string mBytes;
    std::vector<size_t> mEnds;
    std::vector<quint32> mLengths;
};

} // namespace Parcours
