#include "journey/newjourneydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {
constexpr int blankRow = -1;
}

NewJourneyDialog::NewJourneyDialog(QWidget *parent)
    : QDialog(parent)
    , mList(new QListWidget)
    , mLanguage(new QComboBox)
    , mName(new QLineEdit)
    , mDescription(new QLabel)
{
    setWindowTitle(tr("New Journey"));
    mList->setAccessibleName(tr("Template"));
    for (JourneyTemplates::Kind kind : JourneyTemplates::all()) {
        auto *item = new QListWidgetItem(mList);
        item->setData(Qt::UserRole, int(kind));
    }
    auto *blank = new QListWidgetItem(mList);
    blank->setData(Qt::UserRole, blankRow);
    mList->setCurrentRow(0);
    mLanguage->addItem(tr("English"), int(JourneyTemplates::Language::English));
    mLanguage->addItem(tr("French"), int(JourneyTemplates::Language::French));
    setLanguage(JourneyTemplates::systemLanguage());
    mDescription->setWordWrap(true);
    mDescription->setMinimumHeight(48);
    mDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("Content &language:"), mLanguage);
    form->addRow(tr("Journey &name:"), mName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Start from a template for your retention type:"));
    label->setBuddy(mList);
    layout->addWidget(label);
    layout->addWidget(mList);
    layout->addWidget(mDescription);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(mList, &QListWidget::currentRowChanged, this, &NewJourneyDialog::refresh);
    connect(mLanguage, &QComboBox::currentIndexChanged, this, &NewJourneyDialog::refresh);
    refresh();
}

std::optional<JourneyTemplates::Kind> NewJourneyDialog::kind() const
{
    const QListWidgetItem *item = mList->currentItem();
    const int value = item ? item->data(Qt::UserRole).toInt() : blankRow;
    if (value == blankRow)
        return std::nullopt;
    return JourneyTemplates::Kind(value);
}

JourneyTemplates::Language NewJourneyDialog::language() const
{
    return JourneyTemplates::Language(mLanguage->currentData().toInt());
}

void NewJourneyDialog::setKind(std::optional<JourneyTemplates::Kind> kind)
{
    for (int row = 0; row < mList->count(); ++row) {
        const int value = mList->item(row)->data(Qt::UserRole).toInt();
        if ((!kind && value == blankRow) || (kind && value == int(*kind)))
            mList->setCurrentRow(row);
    }
}

void NewJourneyDialog::setLanguage(JourneyTemplates::Language language)
{
    mLanguage->setCurrentIndex(mLanguage->findData(int(language)));
}

void NewJourneyDialog::refresh()
{
    const JourneyTemplates::Language lang = language();
    for (int row = 0; row < mList->count(); ++row) {
        QListWidgetItem *item = mList->item(row);
        const int value = item->data(Qt::UserRole).toInt();
        item->setText(value == blankRow
                          ? tr("Blank journey (default lanes)")
                          : JourneyTemplates::title(JourneyTemplates::Kind(value), lang));
    }
    const auto k = kind();
    mDescription->setText(k ? JourneyTemplates::description(*k, lang)
                            : tr("Three empty stages and the default lanes."));
    const QString suggestion = k ? JourneyTemplates::title(*k, lang) : tr("New journey");
    if (mName->text().isEmpty() || mName->text() == mSuggestedName)
        mName->setText(suggestion);
    mSuggestedName = suggestion;
}

Journey NewJourneyDialog::journey() const
{
    const auto k = kind();
    Journey journey = k ? JourneyTemplates::make(*k, language())
                        : JourneyTemplates::blank(QString(), language());
    const QString name = mName->text().trimmed();
    if (!name.isEmpty())
        journey.name = name;
    else if (journey.name.isEmpty())
        journey.name = tr("New journey");
    return journey;
}

} // namespace Parcours
