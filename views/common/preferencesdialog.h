#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Parcours {

// Edit > Preferences: language, default poster sheet, emotion scale display, theme, what a
// start without a file opens. Reads
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
    QCheckBox *reopenLastBox() const { return mReopenLast; }

    void accept() override;

private:
    void updateNotes();

    QComboBox *mLanguage;
    QComboBox *mPageSize;
    QComboBox *mEmotionScale;
    QComboBox *mTheme;
    QCheckBox *mReopenLast;
    QLabel *mLanguageNote;
    QLabel *mEmotionExample;
    QString mInitialLanguage;
};

} // namespace Parcours
