#pragma once

#include "domain/workspace.h"

#include <QTableWidget>

namespace Parcours {

// Declared against observed (issue 22): one row per use case of a persona that names events,
// its declared frequency beside the frequency its users' events show (median and quartiles
// of uses per month over the persona's active users), and where the two disagree a symbol
// and words ("⚠ forgotten in practice"), never colour alone. Read-only; hidden by its owner
// when the workspace holds no usage.
class ObservedUsageTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        UseCaseColumn,
        DeclaredColumn,
        ObservedColumn,
        SpreadColumn,
        UsersColumn,
        BelowMonthlyColumn,
        AgreementColumn,
        ColumnCount
    };

    explicit ObservedUsageTable(QWidget *parent = nullptr);

    // Fills the table from the persona's use cases and the workspace's usage.
    void showPersona(const Workspace &workspace, const Persona &persona);
    // "about 1.5 times a month", "never".
    static QString usesText(double usesPerMonth);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setHeaders();
};

} // namespace Parcours
