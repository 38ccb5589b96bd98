#pragma once

#include "domain/ids.h"

#include <QPointer>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace Parcours {

class JourneyLayout;
class WorkspaceDocument;

// The journey editor's side panel: the current stage's properties (description, colour,
// duration, customers entering, assessment, conversion and value-delivered marks), the
// journey's name, persona and description, and its summary (assessments, time-to-value,
// drop-offs). Every change is an undoable edit.
class JourneyPanel final : public QScrollArea
{
    Q_OBJECT

public:
    explicit JourneyPanel(QWidget *parent = nullptr);

    void setJourney(WorkspaceDocument *document, Id journey);
    void setStage(Id stage);
    Id stage() const { return mStage; }
    // Re-reads the model; `layout` supplies the figures.
    void refresh(const JourneyLayout *layout);

    QLineEdit *stageNameEdit() const { return mName; }
    QComboBox *assessmentBox() const { return mAssessment; }
    QSpinBox *enteringBox() const { return mEntering; }
    QDoubleSpinBox *durationBox() const { return mDuration; }

private:
    void setStageField(int field, const QVariant &value);
    void commitTyping();
    void setJourneyField(int field, const QVariant &value);
    void chooseColor();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<WorkspaceDocument> mDocument;
    Id mJourney = 0;
    Id mStage = 0;
    Id mShownStage = -1;

    QGroupBox *mStageBox;
    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QToolButton *mColor;
    QDoubleSpinBox *mDuration;
    QComboBox *mUnit;
    QSpinBox *mEntering;
    QComboBox *mAssessment;
    QCheckBox *mConversion;
    QCheckBox *mValueDelivered;

    QLineEdit *mJourneyName;
    QComboBox *mPersona;
    QPlainTextEdit *mJourneyDescription;
    QLabel *mSummary;
};

} // namespace Parcours
