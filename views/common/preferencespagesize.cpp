// The default poster sheet of a locale, apart from preferences.cpp (themes, palettes:
// QApplication), so that the poster module (app/postermain.cpp) links no widget code.
#include "common/preferences.h"

#include <QLocale>

namespace Parcours {

QPageSize::PageSizeId Preferences::defaultPageSizeFor(const QLocale &locale)
{
    // Where US Letter is the usual sheet; everywhere else uses A4.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Guatemala:
    case QLocale::CostaRica: return QPageSize::Letter;
    default: return QPageSize::A4;
    }
}

} // namespace Parcours
