#include "journey/journeypanel.h"

#include "document/edits.h"
#include "document/workspacedocument.h"
#include "domain/painseverity.h"
#include "journey/journeyrenderer.h"
#include "layout/journeylayout.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Tableau 10: distinct, print well, readable with white text.
const char16_t *const stagePalette[] = {u"#4e79a7", u"#f28e2b", u"#e15759", u"#76b7b2", u"#59a14f",
                                        u"#edc948", u"#b07aa1", u"#ff9da7", u"#9c755f", u"#bab0ac"};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::white, Qt::BDiagPattern));
    p.drawRect(QRectF(0.5, 0.5, 15, 15));
    return QIcon(pixmap);
}

QPlainTextEdit *smallTextEdit()
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(72);
    return edit;
}

} // namespace

JourneyPanel::JourneyPanel(QWidget *parent)
    : QScrollArea(parent)
    , mStageBox(new QGroupBox(tr("Stage")))
    , mName(new QLineEdit)
    , mDescription(smallTextEdit())
    , mColor(new QToolButton)
    , mDuration(new QDoubleSpinBox)
    , mUnit(new QComboBox)
    , mEntering(new QSpinBox)
    , mAssessment(new QComboBox)
    , mConversion(new QCheckBox(tr("Conversion stage")))
    , mValueDelivered(new QCheckBox(tr("Value delivered here")))
    , mJourneyName(new QLineEdit)
    , mPersona(new QComboBox)
    , mJourneyDescription(smallTextEdit())
    , mSummary(new QLabel)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);

    mName->setAccessibleName(tr("Stage name"));
    mDescription->setAccessibleName(tr("Stage description"));
    mDescription->installEventFilter(this);
    mColor->setPopupMode(QToolButton::InstantPopup);
    mColor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *colorMenu = new QMenu(mColor);
    for (const char16_t *hex : stagePalette) {
        const QColor color = QColor::fromString(QStringView(hex));
        colorMenu->addAction(swatch(color), QString::fromUtf16(hex), this, [this, hex] {
            setStageField(Field::StageColor, QString::fromUtf16(hex));
        });
    }
    colorMenu->addSeparator();
    colorMenu->addAction(tr("Other colour…"), this, &JourneyPanel::chooseColor);
    colorMenu->addAction(tr("No colour"), this,
                         [this] { setStageField(Field::StageColor, QString()); });
    mColor->setMenu(colorMenu);
    mColor->setAccessibleName(tr("Stage colour"));

    mDuration->setRange(0, 100000);
    mDuration->setDecimals(1);
    mDuration->setSpecialValueText(tr("Not set"));
    mDuration->setKeyboardTracking(false);
    mDuration->setAccessibleName(tr("Duration"));
    for (DurationUnit unit :
         {DurationUnit::Hours, DurationUnit::Days, DurationUnit::Weeks, DurationUnit::Months})
        mUnit->addItem(durationUnitLabel(unit), int(unit));
    mEntering->setRange(-1, INT_MAX);
    mEntering->setSpecialValueText(tr("Not set"));
    mEntering->setKeyboardTracking(false);
    mEntering->setGroupSeparatorShown(true);
    mEntering->setAccessibleName(tr("Customers entering"));
    mEntering->setToolTip(tr("How many customers enter this stage; drop-off is computed from "
                             "these counts."));
    for (int a = 0; a < assessmentCount; ++a) {
        mAssessment->addItem(JourneyRenderer::assessmentIcon(Assessment(a)),
                             assessmentLabel(Assessment(a)), a);
    }
    mAssessment->setAccessibleName(tr("Assessment"));

    auto *duration = new QHBoxLayout;
    duration->addWidget(mDuration, 1);
    duration->addWidget(mUnit);
    auto *stageForm = new QFormLayout(mStageBox);
    stageForm->addRow(tr("&Name:"), mName);
    stageForm->addRow(tr("&Description:"), mDescription);
    stageForm->addRow(tr("Co&lour:"), mColor);
    auto *durationLabel = new QLabel(tr("D&uration:"));
    durationLabel->setBuddy(mDuration);
    stageForm->addRow(durationLabel, duration);
    stageForm->addRow(tr("En&tering:"), mEntering);
    stageForm->addRow(tr("&Assessment:"), mAssessment);
    stageForm->addRow(QString(), mConversion);
    stageForm->addRow(QString(), mValueDelivered);

    auto *journeyBox = new QGroupBox(tr("Journey"));
    mJourneyName->setAccessibleName(tr("Journey name"));
    mJourneyDescription->installEventFilter(this);
    auto *journeyForm = new QFormLayout(journeyBox);
    journeyForm->addRow(tr("Na&me:"), mJourneyName);
    journeyForm->addRow(tr("&Persona:"), mPersona);
    journeyForm->addRow(tr("Descr&iption:"), mJourneyDescription);

    auto *summaryBox = new QGroupBox(tr("Summary"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setObjectName(u"journeySummary"_s);
    summaryLayout->addWidget(mSummary);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(mStageBox);
    layout->addWidget(summaryBox);
    layout->addWidget(journeyBox);
    layout->addStretch(1);
    setWidget(content);

    connect(mName, &QLineEdit::editingFinished, this, [this] {
        const QString name = mName->text().simplified();
        if (!name.isEmpty())
            setStageField(Field::StageName, name);
        mName->setModified(false); // written: nothing left for commitTyping()
    });
    connect(mDuration, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        setStageField(Field::StageDuration, value > 0 ? QVariant(value) : QVariant());
    });
    connect(mUnit, &QComboBox::activated, this,
            [this] { setStageField(Field::StageDurationUnit, mUnit->currentData()); });
    connect(mEntering, &QSpinBox::valueChanged, this, [this](int value) {
        setStageField(Field::StageEntering, value >= 0 ? QVariant(qint64(value)) : QVariant());
    });
    connect(mAssessment, &QComboBox::activated, this,
            [this] { setStageField(Field::StageAssessment, mAssessment->currentData()); });
    connect(mConversion, &QCheckBox::clicked, this, [this](bool on) {
        if (mDocument)
            Edit::setConversionStage(*mDocument, mJourney, on ? mStage : 0);
    });
    connect(mValueDelivered, &QCheckBox::clicked, this, [this](bool on) {
        if (mDocument)
            Edit::setValueDeliveredStage(*mDocument, mJourney, on ? mStage : 0);
    });
    connect(mJourneyName, &QLineEdit::editingFinished, this, [this] {
        const QString name = mJourneyName->text().simplified();
        if (!name.isEmpty())
            setJourneyField(Field::JourneyName, name);
        mJourneyName->setModified(false);
    });
    connect(mPersona, &QComboBox::activated, this,
            [this] { setJourneyField(Field::JourneyPersona, mPersona->currentData()); });
}

void JourneyPanel::setJourney(WorkspaceDocument *document, Id journey)
{
    if (document != mDocument || journey != mJourney)
        commitTyping();
    mDocument = document;
    mJourney = journey;
    mStage = 0;
}

void JourneyPanel::setStage(Id stage)
{
    if (stage != mStage)
        commitTyping();
    mStage = stage;
}

// The fields write when they lose focus. What is typed in one that still has it is written now,
// to the stage and journey it was typed for, before the panel shows others or the workspace
// closes (closing the window shows no journey first): nothing typed is lost.
void JourneyPanel::commitTyping()
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    if (!j || mDocument->isReadOnly())
        return;
    for (QAbstractSpinBox *box :
         {static_cast<QAbstractSpinBox *>(mDuration), static_cast<QAbstractSpinBox *>(mEntering)}) {
        if (box->hasFocus())
            box->interpretText(); // emits valueChanged, which writes, when the value changed
    }
    if (const int index = indexOfId(j->stages, mStage); index >= 0 && mShownStage == mStage) {
        const Stage &stage = j->stages[size_t(index)];
        const QString name = mName->text().simplified();
        if (mName->isModified() && !name.isEmpty() && name != stage.name)
            setStageField(Field::StageName, name);
        if (mDescription->hasFocus() && mDescription->toPlainText() != stage.description)
            setStageField(Field::StageDescription, mDescription->toPlainText());
    }
    j = mDocument->workspace().journey(mJourney); // the stage's edits may have moved it
    const QString name = mJourneyName->text().simplified();
    if (j && mJourneyName->isModified() && !name.isEmpty() && name != j->name)
        setJourneyField(Field::JourneyName, name);
    if (j && mJourneyDescription->hasFocus()
        && mJourneyDescription->toPlainText() != j->description)
        setJourneyField(Field::JourneyDescription, mJourneyDescription->toPlainText());
}

void JourneyPanel::setStageField(int field, const QVariant &value)
{
    if (mDocument && mStage)
        Edit::setField(*mDocument, EntityRef::stage(mJourney, mStage), field, value);
}

void JourneyPanel::setJourneyField(int field, const QVariant &value)
{
    if (mDocument && mJourney)
        Edit::setField(*mDocument, EntityRef::journey(mJourney), field, value);
}

void JourneyPanel::chooseColor()
{
    if (!mDocument || !mStage)
        return;
    const Journey *j = mDocument->workspace().journey(mJourney);
    const int index = j ? indexOfId(j->stages, mStage) : -1;
    const QColor initial
        = index >= 0 ? QColor::fromString(j->stages[size_t(index)].color) : QColor();
    const QColor color = QColorDialog::getColor(initial, this, tr("Stage Colour"));
    if (color.isValid())
        setStageField(Field::StageColor, color.name());
}

bool JourneyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == mDescription)
            setStageField(Field::StageDescription, mDescription->toPlainText());
        else if (watched == mJourneyDescription)
            setJourneyField(Field::JourneyDescription, mJourneyDescription->toPlainText());
    }
    return QScrollArea::eventFilter(watched, event);
}

void JourneyPanel::refresh(const JourneyLayout *layout)
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    const bool writable = mDocument && !mDocument->isReadOnly();
    widget()->setEnabled(j != nullptr);
    if (!j) {
        mSummary->clear();
        return;
    }
    // Stage.
    const int index = indexOfId(j->stages, mStage);
    const Stage *stage = index >= 0 ? &j->stages[size_t(index)] : nullptr;
    mStageBox->setEnabled(stage && writable);
    mStageBox->setTitle(stage ? tr("Stage %1").arg(index + 1) : tr("Stage"));
    {
        const QSignalBlocker b1(mName);
        const QSignalBlocker b2(mDuration);
        const QSignalBlocker b3(mUnit);
        const QSignalBlocker b4(mEntering);
        const QSignalBlocker b5(mAssessment);
        const QSignalBlocker b6(mConversion);
        const QSignalBlocker b7(mValueDelivered);
        const Stage empty;
        const Stage &s = stage ? *stage : empty;
        const bool otherStage = mShownStage != mStage;
        mShownStage = mStage;
        if (otherStage || !mName->hasFocus())
            mName->setText(s.name);
        if (otherStage || !mDescription->hasFocus())
            mDescription->setPlainText(s.description);
        const QColor color = QColor::fromString(s.color);
        mColor->setIcon(swatch(color));
        mColor->setText(color.isValid() ? color.name() : tr("None"));
        mDuration->setValue(s.duration.value_or(0));
        mUnit->setCurrentIndex(mUnit->findData(int(s.durationUnit)));
        mEntering->setValue(s.entering ? int(std::min<qint64>(*s.entering, INT_MAX)) : -1);
        mAssessment->setCurrentIndex(mAssessment->findData(int(s.assessment)));
        mConversion->setChecked(s.isConversion);
        mValueDelivered->setChecked(s.isValueDelivered);
    }
    // Journey.
    {
        const QSignalBlocker b1(mJourneyName);
        const QSignalBlocker b2(mPersona);
        if (!mJourneyName->hasFocus())
            mJourneyName->setText(j->name);
        if (!mJourneyDescription->hasFocus())
            mJourneyDescription->setPlainText(j->description);
        mPersona->clear();
        mPersona->addItem(tr("(none)"), Id(0));
        for (const Persona &p : mDocument->workspace().personas)
            mPersona->addItem(p.name, p.id);
        mPersona->setCurrentIndex(std::max(0, mPersona->findData(j->personaId)));
        mJourneyName->setEnabled(writable);
        mPersona->setEnabled(writable);
        mJourneyDescription->setReadOnly(!writable);
    }
    // Summary.
    const AssessmentCounts counts = countAssessments(*j);
    const TimeToValue ttv = timeToValue(*j);
    const DropOffAnalysis drops = analyseDropOff(*j);
    QString html = u"<p><b>%1</b>"_s.arg(counts.stages == 1 ? tr("1 stage")
                                                            : tr("%1 stages").arg(counts.stages));
    if (counts.needingWork)
        html += u" — "_s + tr("%1 need work").arg(counts.needingWork);
    html += u"</p><table cellspacing='2'>"_s;
    for (int a = 1; a < assessmentCount; ++a) {
        const int n = counts.byAssessment[size_t(a)];
        const QColor color = JourneyStyle::assessmentColor(Assessment(a));
        // A gap between the label and its count, which 200 % scaling otherwise closes up.
        html += u"<tr><td><span style='color:%1'>●</span> %2</td>"
                u"<td align='right' style='padding-left:8px'>%3</td></tr>"_s
                    .arg(color.name(), assessmentLabel(Assessment(a)).toHtmlEscaped())
                    .arg(n);
    }
    html += u"</table>"_s;
    html
        += u"<p><b>%1</b> %2"_s.arg(tr("Time to value:"), describeTimeToValue(ttv).toHtmlEscaped());
    if (ttv.isAvailable()) {
        html += u"<br><small>%1</small>"_s.arg(
            tr("from %1 to %2")
                .arg(j->stages[size_t(ttv.fromStage)].name.toHtmlEscaped(),
                     j->stages[size_t(ttv.toStage)].name.toHtmlEscaped()));
    }
    html += u"</p>"_s;
    const QLocale locale;
    if (const DropOff *d = drops.largestDropOff()) {
        // Translated whole: French puts a space before the colon and the percent sign.
        html += u"<p><b>%1</b> <span style='color:#c62828'>%2</span></p>"_s.arg(
            tr("Largest drop:"),
            tr("%1 → %2: %3 %", "the largest drop-off: from stage, to stage, share lost")
                .arg(j->stages[size_t(d->fromStage)].name.toHtmlEscaped(),
                     j->stages[size_t(d->toStage)].name.toHtmlEscaped(),
                     locale.toString(d->share * 100, 'f', 0)));
    } else if (drops.isEmpty()) {
        html += u"<p><small>%1</small></p>"_s.arg(
            tr("Enter how many customers enter each stage to see where they drop."));
    }
    // Pain-point severities, stage by stage, worst first.
    QStringList pains;
    for (const Stage &each : j->stages) {
        if (const QString counted = describeSeverityCounts(severityCounts(each));
            !counted.isEmpty())
            pains << tr("%1: %2", "a stage's name and its pain points by severity")
                         .arg(each.name.toHtmlEscaped(), counted.toHtmlEscaped());
    }
    if (!pains.isEmpty())
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Pain points:"), pains.join(u"<br>"_s));
    if (layout && !layout->filter().isAll()) {
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("Filter: showing %1 of %2 stages").arg(layout->columnCount()).arg(counts.stages));
    }
    mSummary->setText(html);
}

} // namespace Parcours
