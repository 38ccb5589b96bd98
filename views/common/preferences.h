#pragma once

#include "analytics/journeyanalytics.h"

#include <QObject>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QLocale;

namespace Parcours {

// The user's preferences, kept in QSettings. One place for the keys and their defaults, so
// that the Preferences dialog, the start-up code and the editors read the same values.
class Preferences
{
public:
    // ---- Language: "" follows the system, otherwise a code of uiLanguages().
    static QStringList uiLanguages(); // {"en", "fr"}
    static QString language();
    static void setLanguage(const QString &code);
    // The language of uiLanguages() that `locale` prefers ("en" when none matches).
    static QString languageFor(const QLocale &locale);

    // ---- Start: a start without a file shows the welcome page, or with this on, the last
    // workspace opened (off by default).
    static bool reopenLastWorkspace();
    static void setReopenLastWorkspace(bool reopen);

    // ---- Posters: the default sheet, A4 or Letter from the system's territory. It is the
    // size a new poster starts on in the poster dialog; changing it forgets the size the
    // dialog remembered. (`parcours export` uses defaultPageSizeFor(QLocale::system()) only.)
    static QPageSize::PageSizeId posterPageSize();
    static void setPosterPageSize(QPageSize::PageSizeId size);
    static QPageSize::PageSizeId defaultPageSizeFor(const QLocale &locale);

    // ---- Emotion scores are stored from -2 to +2; this is how they are shown (on the journey
    // canvas, its editor and tooltips, and the posters printed from the window; the command
    // line always prints −2 … +2).
    using EmotionScale = Parcours::EmotionScale;
    static EmotionScale emotionScale();
    static void setEmotionScale(EmotionScale scale);
    // A stored score (-2 … +2) as the user reads it, in the default locale: "+1.5" or "4.5".
    static QString formatEmotion(double score, EmotionScale scale)
    {
        return Parcours::formatEmotion(score, scale);
    }
    static QString formatEmotion(double score) { return formatEmotion(score, emotionScale()); }

    // ---- Theme: follow the platform, or force a light or dark palette (Fusion style).
    enum class Theme { System, Light, Dark };
    static Theme theme();
    static void setTheme(Theme theme);
    // Applies `theme` to the running application; the System theme restores what the
    // platform gave at the first call.
    static void applyTheme(Theme theme);

    // Emits changed() after a setter changed a value, so that open views follow at once.
    static class PreferencesNotifier *notifier();
};

class PreferencesNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void changed();
};

} // namespace Parcours
