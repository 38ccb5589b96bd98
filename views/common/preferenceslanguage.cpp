// The language preferences, apart from the rest of preferences.cpp (themes, palettes): the
// command-line executable reads them and links no widget code (app/main.cpp).
#include "common/preferences.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString languageKey = u"ui/language"_s;

} // namespace

QStringList Preferences::uiLanguages()
{
    return {u"en"_s, u"fr"_s};
}

QString Preferences::language()
{
    const QString code = QSettings().value(languageKey).toString();
    return uiLanguages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    QSettings settings;
    if (uiLanguages().contains(code))
        settings.setValue(languageKey, code);
    else
        settings.remove(languageKey);
}

QString Preferences::languageFor(const QLocale &locale)
{
    // uiLanguages() lists the user's languages in order of preference (LANGUAGE, LANG…).
    const QStringList available = uiLanguages();
    for (const QString &name : locale.uiLanguages()) {
        QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return u"en"_s;
}

} // namespace Parcours
