#include "common/preferencesdialog.h"

#include "common/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QComboBox *comboBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    return box;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguage(comboBox(this, tr("Language")))
    , mPageSize(comboBox(this, tr("Poster sheet")))
    , mEmotionScale(comboBox(this, tr("Emotion scale")))
    , mTheme(comboBox(this, tr("Theme")))
    , mReopenLast(new QCheckBox(tr("&Reopen last workspace on start"), this))
    , mLanguageNote(new QLabel(this))
    , mEmotionExample(new QLabel(this))
    , mInitialLanguage(Preferences::language())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    // Language names are written in their own language, as users look for them.
    const QString systemLanguage = Preferences::languageFor(QLocale::system());
    const QString systemName = systemLanguage == u"fr" ? u"Français"_s : u"English"_s;
    mLanguage->addItem(tr("System language (%1)").arg(systemName), QString());
    mLanguage->addItem(u"English"_s, u"en"_s);
    mLanguage->addItem(u"Français"_s, u"fr"_s);
    selectData(mLanguage, mInitialLanguage);
    mLanguage->setWhatsThis(tr("The language of menus, dialogs and messages. Numbers and dates "
                               "follow it too (a decimal comma in French)."));
    mLanguageNote->setWordWrap(true);

    const QPageSize::PageSizeId regional = Preferences::defaultPageSizeFor(QLocale::system());
    for (const auto id : {QPageSize::A4, QPageSize::Letter}) {
        QString name = QPageSize::name(id);
        if (id == regional)
            name = tr("%1 (usual in your region)").arg(name);
        mPageSize->addItem(name, int(id));
    }
    selectData(mPageSize, int(Preferences::posterPageSize()));
    mPageSize->setWhatsThis(tr("The sheet a new poster starts on. Each poster can still use "
                               "any size from A4 to A0, Letter or Tabloid, or be tiled."));

    using Scale = Preferences::EmotionScale;
    mEmotionScale->addItem(tr("−2 … +2 (neutral is 0)"), int(Scale::MinusTwoToPlusTwo));
    mEmotionScale->addItem(tr("1 … 5 (neutral is 3)"), int(Scale::OneToFive));
    selectData(mEmotionScale, int(Preferences::emotionScale()));
    mEmotionScale->setWhatsThis(tr("How emotion scores are shown on journeys and posters. "
                                   "Only the display changes: the scores themselves stay the "
                                   "same."));

    using Theme = Preferences::Theme;
    mTheme->addItem(tr("Follow the system"), int(Theme::System));
    mTheme->addItem(tr("Light"), int(Theme::Light));
    mTheme->addItem(tr("Dark"), int(Theme::Dark));
    selectData(mTheme, int(Preferences::theme()));

    mReopenLast->setChecked(Preferences::reopenLastWorkspace());
    mReopenLast->setWhatsThis(tr("Off: Parcours starts on the welcome page (templates, recent "
                                 "workspaces, the sample). On: it opens the workspace you had "
                                 "open last."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), mLanguage);
    form->addRow(QString(), mLanguageNote);
    form->addRow(tr("Default &poster sheet:"), mPageSize);
    form->addRow(tr("&Emotion scale:"), mEmotionScale);
    form->addRow(QString(), mEmotionExample);
    form->addRow(tr("&Theme:"), mTheme);
    form->addRow(tr("Start:"), mReopenLast);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(mLanguage, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    connect(mEmotionScale, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);
    updateNotes();
}

void PreferencesDialog::updateNotes()
{
    const bool changed = mLanguage->currentData().toString() != mInitialLanguage;
    mLanguageNote->setText(changed
                               ? tr("<b>The new language applies when Parcours starts again.</b>")
                               : tr("A new language applies when Parcours starts again."));
    const auto scale = Preferences::EmotionScale(mEmotionScale->currentData().toInt());
    QStringList examples;
    for (const double score : {-2.0, -0.5, 0.0, 1.5, 2.0})
        examples << Preferences::formatEmotion(score, scale);
    mEmotionExample->setText(tr("For example: %1").arg(examples.join(u"   "_s)));
}

void PreferencesDialog::accept()
{
    Preferences::setLanguage(mLanguage->currentData().toString());
    Preferences::setPosterPageSize(QPageSize::PageSizeId(mPageSize->currentData().toInt()));
    Preferences::setEmotionScale(Preferences::EmotionScale(mEmotionScale->currentData().toInt()));
    Preferences::setReopenLastWorkspace(mReopenLast->isChecked());
    const auto theme = Preferences::Theme(mTheme->currentData().toInt());
    if (theme != Preferences::theme()) {
        Preferences::setTheme(theme);
        Preferences::applyTheme(theme);
    }
    QDialog::accept();
}

} // namespace Parcours
