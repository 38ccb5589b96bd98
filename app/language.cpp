#include "language.h"

#include "common/preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Parcours::Language {

namespace {

QString gCurrent = u"en"_s;

QTranslator *translator(const char *name)
{
    auto *t = QCoreApplication::instance()->findChild<QTranslator *>(QLatin1StringView(name));
    if (!t) {
        t = new QTranslator(QCoreApplication::instance());
        t->setObjectName(QLatin1StringView(name));
    }
    return t;
}

// Replaces the translator named `name` by the file found for `code`, or removes it.
bool load(const char *name, const QString &file, const QString &directory, const QString &code)
{
    QTranslator *t = translator(name);
    QCoreApplication::removeTranslator(t);
    if (code == u"en")
        return true; // the sources are English
    if (!t->load(file + u'_' + code, directory))
        return false;
    return QCoreApplication::installTranslator(t);
}

} // namespace

QString forGui()
{
    const QString chosen = Preferences::language();
    return chosen.isEmpty() ? Preferences::languageFor(QLocale::system()) : chosen;
}

QString forCommandLine()
{
    return Preferences::languageFor(QLocale::system());
}

bool install(const QString &code)
{
    // Parcours's own strings are embedded (resources/CMakeLists.txt); Qt's come from the
    // system (Debian: qt6-translations-l10n) or the deployed translations folder.
    const bool own = load("parcoursTranslator", u"parcours"_s, u":/i18n"_s, code);
    const bool qt = load("qtTranslator", u"qtbase"_s,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath), code);
    const QLocale system = QLocale::system();
    const QString systemCode = Preferences::languageFor(system);
    if (code == systemCode && system.language() != QLocale::C)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(code));
    gCurrent = code;
    return own && qt;
}

QString current()
{
    return gCurrent;
}

} // namespace Parcours::Language
