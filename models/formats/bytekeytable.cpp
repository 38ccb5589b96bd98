#include "formats/bytekeytable.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace Parcours {

size_t ByteKeyTable::hashOf(QByteArrayView key)
{
    return qHashBits(key.data(), size_t(key.size()), 0);
}

// The slot holding the key, or the empty slot where it would go.
size_t ByteKeyTable::slotOf(QByteArrayView key, size_t hash) const
{
    const size_t mask = mSlots.size() - 1;
    const auto tag = quint32(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = mSlots[i];
        if (slot.index == 0)
            return i;
        if (slot.tag == tag) {
            const QByteArrayView stored = this->key(int(slot.index - 1));
            if (stored.size() == key.size()
                && std::memcmp(stored.data(), key.data(), size_t(key.size())) == 0) {
                return i;
            }
        }
    }
}

int ByteKeyTable::find(QByteArrayView key) const
{
    if (mSlots.empty())
        return -1;
    const Slot &slot = mSlots[slotOf(key, hashOf(key))];
    return int(slot.index) - 1;
}

int ByteKeyTable::insert(QByteArrayView key, bool *added)
{
    // At most half full: short probes.
    if ((mEnds.size() + 1) * 2 > mSlots.size())
        grow();
    const size_t hash = hashOf(key);
    Slot &slot = mSlots[slotOf(key, hash)];
    if (added)
        *added = slot.index == 0;
    if (slot.index != 0)
        return int(slot.index - 1);
    mBytes.append(key.data(), size_t(key.size()));
    mEnds.push_back(mBytes.size());
    mLengths.push_back(quint32(key.size()));
    slot.tag = quint32(hash >> 32);
    slot.index = quint32(mEnds.size());
    return int(mEnds.size()) - 1;
}

void ByteKeyTable::grow()
{
    mSlots.assign(std::max<size_t>(64, mSlots.size() * 2), Slot());
    for (size_t i = 0; i < mEnds.size(); ++i) {
        const QByteArrayView k = key(int(i));
        const size_t hash = hashOf(k);
        Slot &slot = mSlots[slotOf(k, hash)];
        slot.tag = quint32(hash >> 32);
        slot.index = quint32(i + 1);
    }
}

} // namespace Parcours
