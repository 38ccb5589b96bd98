#pragma once

#include "document/changeevent.h"
#include "domain/journey.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Parcours {

class WorkspaceDocument;

// The renewal levers of one journey (seed 000): satisfaction, projection, intention and
// trigger, each question answered yes / partly / no with a note, and the readiness they
// add up to. Every answer goes through Edit::setField; the widget follows the document.
class RenewalChecklist final : public QWidget
{
    Q_OBJECT

public:
    explicit RenewalChecklist(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    void setJourney(Id journey);
    Id journey() const { return mJourney; }

    QComboBox *answerBox(RenewalQuestion question) const;
    QLineEdit *noteEdit(RenewalQuestion question) const;
    QString readinessText() const;

private:
    void onChanged(const ChangeEvent &event);
    void updateQuestion(int question);
    void updateReadiness();
    const Journey *currentJourney() const;

    QPointer<WorkspaceDocument> mDocument;
    Id mJourney = 0;
    QList<QComboBox *> mAnswers; // by RenewalQuestion
    QList<QLineEdit *> mNotes;
    QLabel *mReadiness;
};

} // namespace Parcours
