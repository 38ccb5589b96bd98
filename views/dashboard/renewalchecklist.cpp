#include "dashboard/renewalchecklist.h"

#include "analytics/renewallevers.h"
#include "document/edits.h"
#include "document/workspacedocument.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Parcours {

RenewalChecklist::RenewalChecklist(QWidget *parent)
    : QWidget(parent)
    , mReadiness(new QLabel)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    setAccessibleName(tr("Renewal checklist"));
    setAccessibleDescription(tr("Seed 000's renewal levers: answer each question yes, partly "
                                "or no, with an optional note."));
    mReadiness->setWordWrap(true);
    mReadiness->setAccessibleName(tr("Renewal readiness"));
    mReadiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(mReadiness, 0, 0, 1, 3);
    int row = 1;
    const QList<RenewalAnswerValue> values
        = {RenewalAnswerValue::Unanswered, RenewalAnswerValue::Yes, RenewalAnswerValue::Partly,
           RenewalAnswerValue::No};
    for (int l = 0; l < renewalLeverCount; ++l) {
        const auto lever = RenewalLever(l);
        auto *heading = new QLabel(u"<b>%1</b>"_s.arg(RenewalLevers::leverName(lever)));
        heading->setToolTip(RenewalLevers::leverDescription(lever));
        grid->addWidget(heading, row++, 0, 1, 3);
        for (RenewalQuestion question : RenewalLevers::questionsOf(lever)) {
            const int q = int(question);
            auto *label = new QLabel(RenewalLevers::questionText(question));
            label->setWordWrap(true);
            auto *answer = new QComboBox;
            for (RenewalAnswerValue value : values)
                answer->addItem(RenewalLevers::answerName(value), int(value));
            answer->setAccessibleName(RenewalLevers::questionText(question));
            label->setBuddy(answer);
            auto *note = new QLineEdit;
            note->setPlaceholderText(tr("Note"));
            note->setAccessibleName(tr("Note: %1").arg(RenewalLevers::questionText(question)));
            note->setClearButtonEnabled(true);
            grid->addWidget(label, row, 0);
            grid->addWidget(answer, row, 1);
            grid->addWidget(note, row, 2);
            ++row;
            mAnswers.insert(q, answer);
            mNotes.insert(q, note);
            connect(answer, &QComboBox::activated, this, [this, q, answer] {
                if (mDocument && mJourney)
                    Edit::setField(*mDocument, EntityRef::renewal(mJourney, q),
                                   Field::RenewalAnswerField, answer->currentData().toInt());
            });
            connect(note, &QLineEdit::editingFinished, this, [this, q, note] {
                if (mDocument && mJourney)
                    Edit::setField(*mDocument, EntityRef::renewal(mJourney, q), Field::RenewalNote,
                                   note->text());
            });
        }
    }
    grid->setRowStretch(row, 1);
    setJourney(0);
}

void RenewalChecklist::setDocument(WorkspaceDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &RenewalChecklist::onChanged);
    setJourney(0);
}

void RenewalChecklist::setJourney(Id journey)
{
    mJourney = journey;
    const bool editable = currentJourney() && !mDocument->isReadOnly();
    for (int q = 0; q < renewalQuestionCount; ++q) {
        mAnswers.at(q)->setEnabled(editable);
        mNotes.at(q)->setEnabled(editable);
        updateQuestion(q);
    }
    updateReadiness();
}

const Journey *RenewalChecklist::currentJourney() const
{
    return mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
}

QComboBox *RenewalChecklist::answerBox(RenewalQuestion question) const
{
    return mAnswers.value(int(question));
}

QLineEdit *RenewalChecklist::noteEdit(RenewalQuestion question) const
{
    return mNotes.value(int(question));
}

QString RenewalChecklist::readinessText() const
{
    return mReadiness->text();
}

void RenewalChecklist::onChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Reset) {
        setJourney(mJourney);
        return;
    }
    if (event.entity.kind == EntityKind::Renewal && event.entity.parent == mJourney) {
        updateQuestion(int(event.entity.id));
        updateReadiness();
    } else if (event.entity.kind == EntityKind::Journey && event.entity.id == mJourney
               && event.type != ChangeEvent::FieldChanged) {
        setJourney(mJourney); // removed (or back by undo)
    }
}

void RenewalChecklist::updateQuestion(int question)
{
    if (question < 0 || question >= renewalQuestionCount)
        return;
    const Journey *journey = currentJourney();
    const RenewalAnswer answer = journey ? journey->renewal.value(question) : RenewalAnswer();
    QComboBox *box = mAnswers.at(question);
    QLineEdit *note = mNotes.at(question);
    const QSignalBlocker blockBox(box);
    box->setCurrentIndex(box->findData(int(answer.answer)));
    if (note->text() != answer.note) {
        const QSignalBlocker blockNote(note);
        note->setText(answer.note);
    }
}

void RenewalChecklist::updateReadiness()
{
    const Journey *journey = currentJourney();
    if (!journey) {
        mReadiness->setText(tr("Choose a journey to answer its renewal levers."));
        return;
    }
    const RenewalReadiness r = RenewalReadiness::of(*journey);
    QString text = tr("<b>Readiness %1 %</b>: %2 (%3)")
                       .arg(QLocale().toString(r.percent(), 'f', 0), r.verdict().toHtmlEscaped(),
                            r.counts());
    QStringList levers;
    for (int l = 0; l < renewalLeverCount; ++l) {
        const RenewalReadiness lever = RenewalReadiness::of(*journey, RenewalLever(l));
        levers << tr("%1 %2 %").arg(RenewalLevers::leverName(RenewalLever(l)),
                                    QLocale().toString(lever.percent(), 'f', 0));
    }
    text += u"<br>"_s + levers.join(u" · ");
    mReadiness->setText(text);
}

} // namespace Parcours
