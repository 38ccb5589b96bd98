#include "formats/inactivecsv.h"

#include "analytics/inactivecustomers.h"
#include "formats/csv.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Parcours {

QByteArray inactiveCustomersCsv(const Workspace &workspace, const QDate &today)
{
    QHash<Id, const Persona *> personas;
    for (const Persona &p : workspace.personas)
        personas.insert(p.id, &p);
    QList<QStringList> rows {
        {u"user_id"_s, u"persona"_s, u"last_seen"_s, u"days_inactive"_s, u"expected_cadence"_s}};
    for (const InactiveCustomer &c : inactiveCustomers(workspace, today)) {
        const Persona *persona = personas.value(c.personaId);
        rows.append({Csv::protectText(c.userId), Csv::protectText(persona->name),
                     c.lastSeen.toString(u"yyyy-MM-dd"_s), QString::number(c.daysInactive),
                     cadenceKey(persona->cadence)});
    }
    return Csv::write(rows);
}

} // namespace Parcours
