#include "domain/ids.h"

#include <QRandomGenerator>

namespace Parcours {

Id newId()
{
    constexpr quint64 maxSafeInteger = (quint64(1) << 53) - 1;
    return Id(QRandomGenerator::global()->bounded(quint64(1), maxSafeInteger));
}

} // namespace Parcours
