#include "usecases/observedusagetable.h"

#include "analytics/observedfrequency.h"
#include "itemmodels/usecasetablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parcours {

ObservedUsageTable::ObservedUsageTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"observedUsage"_s);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setHeaders();
}

void ObservedUsageTable::setHeaders()
{
    setHorizontalHeaderLabels({tr("Use case"), tr("Declared"), tr("Observed (median)"),
                               tr("Spread (25–75 %)"), tr("Users"), tr("Below monthly"),
                               tr("Declared vs observed")});
}

void ObservedUsageTable::changeEvent(QEvent *event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setHeaders();
}

QString ObservedUsageTable::usesText(double usesPerMonth)
{
    return UsageFrequency::describeUsesPerMonth(usesPerMonth);
}

void ObservedUsageTable::showPersona(const Workspace &workspace, const Persona &persona)
{
    const ObservedFrequency observed(workspace);
    const QLocale locale;
    setRowCount(0);
    for (const UseCase &u : persona.useCases) {
        const ObservedUseCase o = observed.useCase(persona, u);
        if (!o.observed)
            continue;
        const int row = rowCount();
        insertRow(row);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, QVariant::fromValue(u.id));
            setItem(row, column, item);
        };
        set(UseCaseColumn, u.useCase.isEmpty() ? u.problem : u.useCase);
        set(DeclaredColumn,
            u.frequency.isValid() ? u.frequency.toString(UseCaseTableModel::frequencyLanguage())
                                  : tr("not given"));
        const QString marker = UseCaseTableModel::markerFor(o.forgottenZone, false);
        set(ObservedColumn,
            (marker.isEmpty() ? QString() : marker + u' ') + usesText(o.usesPerMonthMedian));
        set(SpreadColumn,
            tr("%1 – %2 a month")
                .arg(locale.toString(o.usesPerMonthP25, 'f', 2),
                     locale.toString(o.usesPerMonthP75, 'f', 2)));
        set(UsersColumn, tr("%1 of %2").arg(o.users).arg(o.activeUsers));
        set(BelowMonthlyColumn, tr("%1 %").arg(locale.toString(o.shareBelowMonthly * 100, 'f', 0)));
        const FrequencyDisagreement disagreement = ObservedFrequency::disagreement(u, o);
        set(AgreementColumn,
            disagreement == FrequencyDisagreement::None
                ? tr("\u2713 agree")
                : ObservedFrequency::describe(disagreement));
    }
    resizeColumnsToContents();
}

} // namespace Parcours
