#include "common/preferences.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString themeKey = u"ui/theme"_s;
const QString pageSizeKey = u"poster/pageSize"_s;
const QString emotionScaleKey = u"journey/emotionScale"_s;
const QString reopenLastKey = u"start/reopenLastWorkspace"_s;
// What PosterDialog remembers of the last sheets of each kind of poster (journeys and
// use-case maps, the dashboard: see PosterDefaults::settingsGroup).
const QStringList rememberedPosterSizeKeys {u"poster/size"_s, u"poster/tileSize"_s,
                                            u"dashboardPoster/size"_s,
                                            u"dashboardPoster/tileSize"_s};

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6a, 0xa8)); // 5.6:1 with white text
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x58));
    return p;
}

} // namespace

bool Preferences::reopenLastWorkspace()
{
    return QSettings().value(reopenLastKey, false).toBool();
}

void Preferences::setReopenLastWorkspace(bool reopen)
{
    if (reopen == reopenLastWorkspace())
        return;
    QSettings().setValue(reopenLastKey, reopen);
    emit notifier()->changed();
}

QPageSize::PageSizeId Preferences::posterPageSize()
{
    const QString name = QSettings().value(pageSizeKey).toString();
    if (name == u"A4")
        return QPageSize::A4;
    if (name == u"Letter")
        return QPageSize::Letter;
    return defaultPageSizeFor(QLocale::system());
}

void Preferences::setPosterPageSize(QPageSize::PageSizeId size)
{
    size = size == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    QSettings settings;
    const bool stored = settings.contains(pageSizeKey);
    if (stored && size == posterPageSize())
        return;
    settings.setValue(pageSizeKey, size == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
    if (stored || size != defaultPageSizeFor(QLocale::system())) {
        // A new default sheet: the next poster starts on it, not on the one remembered.
        for (const QString &key : rememberedPosterSizeKeys)
            settings.remove(key);
    }
    emit notifier()->changed();
}

Preferences::EmotionScale Preferences::emotionScale()
{
    return QSettings().value(emotionScaleKey).toString() == u"1-5"
        ? EmotionScale::OneToFive
        : EmotionScale::MinusTwoToPlusTwo;
}

void Preferences::setEmotionScale(EmotionScale scale)
{
    if (QSettings().contains(emotionScaleKey) && scale == emotionScale())
        return;
    QSettings().setValue(emotionScaleKey, scale == EmotionScale::OneToFive ? u"1-5"_s : u"-2-+2"_s);
    emit notifier()->changed();
}

PreferencesNotifier *Preferences::notifier()
{
    static PreferencesNotifier instance;
    return &instance;
}

Preferences::Theme Preferences::theme()
{
    const QString name = QSettings().value(themeKey).toString();
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    QSettings settings;
    switch (theme) {
    case Theme::System: settings.remove(themeKey); break;
    case Theme::Light: settings.setValue(themeKey, u"light"_s); break;
    case Theme::Dark: settings.setValue(themeKey, u"dark"_s); break;
    }
}

void Preferences::applyTheme(Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(QPalette()); // resolves to the platform's palette again
        break;
    case Theme::Light: {
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        QApplication::setStyle(fusion);
        QPalette light = fusion->standardPalette();
        // Fusion's highlight gives white text only 3.7:1; this blue gives 5.6:1 (WCAG AA).
        light.setColor(QPalette::Active, QPalette::Highlight, QColor(0x2f, 0x6a, 0xa8));
        light.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2f, 0x6a, 0xa8));
        QApplication::setPalette(light);
        break;
    }
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace Parcours
