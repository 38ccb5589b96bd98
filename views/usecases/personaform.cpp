#include "usecases/personaform.h"

#include "common/themetint.h"
#include "document/edits.h"
#include "formats/usecasetext.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setBrush(QColor::isValidColorName(color) ? QColor::fromString(color)
                                                     : QColor(Qt::lightGray));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

} // namespace

PersonaForm::PersonaForm(QWidget *parent)
    : QWidget(parent)
    , mName(new QLineEdit)
    , mColor(new QToolButton)
    , mCadence(new QComboBox)
    , mWeight(new QLineEdit)
    , mDescription(new QPlainTextEdit)
{
    mName->setObjectName(u"personaName"_s);
    mColor->setObjectName(u"personaColor"_s);
    mCadence->setObjectName(u"personaCadence"_s);
    mWeight->setObjectName(u"personaWeight"_s);
    mDescription->setObjectName(u"personaDescription"_s);

    mColor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mColor->setText(tr("Colour…"));
    mColor->setIconSize(QSize(28, 16));
    mCadence->addItem(tr("Not set"), int(Cadence::None));
    mCadence->addItem(tr("Daily"), int(Cadence::Daily));
    mCadence->addItem(tr("Weekly"), int(Cadence::Weekly));
    mCadence->addItem(tr("Monthly"), int(Cadence::Monthly));
    mCadence->setToolTip(tr("What \"active\" means for this persona: use cases less frequent "
                            "than this are at risk of inactivity (⚠)"));
    mWeight->setPlaceholderText(tr("optional, e.g. 0.6"));
    mWeight->setToolTip(tr("Share of the user base this persona stands for"));
    // As wide as its placeholder ("facultatif, p. ex. 0,6" in French), and no wider.
    QStyleOptionFrame frame;
    frame.initFrom(mWeight);
    frame.lineWidth = mWeight->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, mWeight);
    const QSize placeholder(mWeight->fontMetrics().horizontalAdvance(mWeight->placeholderText()),
                            mWeight->fontMetrics().height());
    // The line edit's own text margins (2 px a side) on top of the style's frame.
    const int weightWidth
        = mWeight->style()
              ->sizeFromContents(QStyle::CT_LineEdit, &frame, placeholder + QSize(4, 0), mWeight)
              .width();
    mWeight->setFixedWidth(std::max(110, weightWidth));
    mDescription->setPlaceholderText(tr("Who they are, what they need"));
    mDescription->setTabChangesFocus(true);
    mDescription->setMaximumHeight(mDescription->fontMetrics().lineSpacing() * 3 + 12);

    auto *row = new QHBoxLayout;
    row->addWidget(mName, 2);
    row->addWidget(mColor);
    row->addSpacing(12);
    auto *cadenceLabel = new QLabel(tr("Active means:"));
    cadenceLabel->setBuddy(mCadence);
    row->addWidget(cadenceLabel);
    row->addWidget(mCadence);
    row->addSpacing(12);
    auto *weightLabel = new QLabel(tr("Weight:"));
    weightLabel->setBuddy(mWeight);
    row->addWidget(weightLabel);
    row->addWidget(mWeight);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("&Persona:"));
    nameLabel->setBuddy(mName);
    form->addRow(nameLabel, row);
    form->addRow(tr("&Description:"), mDescription);

    connect(mName, &QLineEdit::editingFinished, this, &PersonaForm::commitName);
    connect(mWeight, &QLineEdit::editingFinished, this, &PersonaForm::commitWeight);
    // Every keystroke is kept (and written); consecutive ones are one undo step.
    connect(mDescription, &QPlainTextEdit::textChanged, this, &PersonaForm::commitDescription);
    connect(mColor, &QToolButton::clicked, this, &PersonaForm::chooseColor);
    connect(mCadence, &QComboBox::activated, this, [this] {
        if (mDocument)
            Edit::setField(*mDocument, EntityRef::persona(mPersona), Field::PersonaCadence,
                           mCadence->currentData().toInt());
    });
    setEnabled(false);
}

PersonaForm::~PersonaForm()
{
    // Children die after this destructor; what they signal on the way must not reach it.
    if (mDocument)
        mDocument->disconnect(this);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void PersonaForm::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mPersona = 0;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &PersonaForm::onChanged);
    refresh();
}

void PersonaForm::setPersona(Id persona)
{
    if (persona == mPersona)
        return;
    mPersona = persona;
    refresh();
}

void PersonaForm::onChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Reset
        || (event.entity.kind == EntityKind::Persona && event.entity.id == mPersona))
        refresh();
}

void PersonaForm::refresh()
{
    const Persona *p = mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
    setEnabled(p && !mDocument->isReadOnly());
    const Persona empty;
    const Persona &persona = p ? *p : empty;
    if (mName->text() != persona.name)
        mName->setText(persona.name);
    mColor->setIcon(swatch(persona.color));
    mColor->setToolTip(tr("Persona colour %1").arg(persona.color));
    mCadence->setCurrentIndex(mCadence->findData(int(persona.cadence)));
    const QString weight = persona.weight
        ? QLocale().toString(*persona.weight, 'g', QLocale::FloatingPointShortest)
        : QString();
    if (!mWeight->hasFocus() || mWeight->text().isEmpty())
        mWeight->setText(weight);
    mWeight->setStyleSheet(QString());
    if (mDescription->toPlainText() != persona.description)
        mDescription->setPlainText(persona.description);
}

void PersonaForm::commitName()
{
    const QString name = mName->text().trimmed();
    if (!mDocument || !mDocument->workspace().persona(mPersona))
        return;
    if (name.isEmpty()) { // a persona keeps a name
        mName->setText(mDocument->workspace().persona(mPersona)->name);
        return;
    }
    Edit::setField(*mDocument, EntityRef::persona(mPersona), Field::PersonaName, name);
}

void PersonaForm::commitWeight()
{
    if (!mDocument || !mDocument->workspace().persona(mPersona))
        return;
    std::optional<double> weight;
    QString error;
    if (!UseCaseText::parseWeight(mWeight->text(), &weight, &error)) {
        mWeight->setStyleSheet(u"color: %1"_s.arg(ThemeTint::errorText(palette()).name()));
        mWeight->setToolTip(error);
        return;
    }
    mWeight->setStyleSheet(QString());
    mWeight->setToolTip(tr("Share of the user base this persona stands for"));
    Edit::setField(*mDocument, EntityRef::persona(mPersona), Field::PersonaWeight,
                   weight ? QVariant(*weight) : QVariant());
}

void PersonaForm::commitDescription()
{
    if (mDocument && mDocument->workspace().persona(mPersona))
        Edit::setField(*mDocument, EntityRef::persona(mPersona), Field::PersonaDescription,
                       mDescription->toPlainText(), true);
}

void PersonaForm::chooseColor()
{
    const Persona *p = mDocument ? mDocument->workspace().persona(mPersona) : nullptr;
    if (!p)
        return;
    const QColor color = QColorDialog::getColor(QColor::fromString(p->color), this,
                                                tr("Colour of %1").arg(p->name));
    if (color.isValid())
        Edit::setField(*mDocument, EntityRef::persona(mPersona), Field::PersonaColor, color.name());
}

} // namespace Parcours
