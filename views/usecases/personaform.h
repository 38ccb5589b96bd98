#pragma once

#include "document/changeevent.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Parcours {

class WorkspaceDocument;

// A persona's properties above its use-case map: name, colour, expected engagement cadence
// (what "active" means), optional weight (share of the user base) and description. Each
// change is one undoable edit; changes from elsewhere (undo) show up at once.
class PersonaForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaForm(QWidget *parent = nullptr);
    ~PersonaForm() override;

    void setDocument(WorkspaceDocument *document);
    void setPersona(Id persona);

    QLineEdit *nameEdit() const { return mName; }
    QComboBox *cadenceBox() const { return mCadence; }
    QLineEdit *weightEdit() const { return mWeight; }
    QPlainTextEdit *descriptionEdit() const { return mDescription; }
    QToolButton *colorButton() const { return mColor; }

private:
    void refresh();
    void onChanged(const ChangeEvent &event);
    void commitName();
    void commitWeight();
    void commitDescription();
    void chooseColor();

    QPointer<WorkspaceDocument> mDocument;
    Id mPersona = 0;
    QLineEdit *mName;
    QToolButton *mColor;
    QComboBox *mCadence;
    QLineEdit *mWeight;
    QPlainTextEdit *mDescription;
};

} // namespace Parcours
