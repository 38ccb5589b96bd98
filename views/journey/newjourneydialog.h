#pragma once

#include "domain/journeytemplates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Parcours {

// Chooses how a new journey starts: one of the retention-type templates (SaaS subscription,
// seasonal purchase, time-boxed service) or a blank map, and the language of its content.
class NewJourneyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewJourneyDialog(QWidget *parent = nullptr);

    // The journey to add, with fresh ids.
    Journey journey() const;
    // The template chosen, or nullopt for a blank journey.
    std::optional<JourneyTemplates::Kind> kind() const;
    JourneyTemplates::Language language() const;
    void setKind(std::optional<JourneyTemplates::Kind> kind);
    void setLanguage(JourneyTemplates::Language language);

private:
    void refresh();

    QListWidget *mList;
    QComboBox *mLanguage;
    QLineEdit *mName;
    QLabel *mDescription;
    QString mSuggestedName;
};

} // namespace Parcours
