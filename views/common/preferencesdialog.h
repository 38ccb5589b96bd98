#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Parcours {

// Edit > Preferences: language, default poster sheet, emotion scale display, theme. Reads
// and writes through Preferences; the theme applies at once, the language at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return mLanguage; }
    QComboBox *pageSizeBox() const { return mPageSize; }
    QComboBox *emotionScaleBox() const { return mEmotionScale; }
    QComboBox *themeBox() const { return mTheme; }

    void accept() override;

private:
    void updateNotes();

    QComboBox *mLanguage;
    QComboBox *mPageSize;
    QComboBox *mEmotionScale;
    QComboBox *mTheme;
    QLabel *mLanguageNote;
    QLabel *mEmotionExample;
    QString mInitialLanguage;
};

} // namespace Parcours
