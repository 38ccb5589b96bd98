#include "store/opportunitylinkrows.h"
#include "domain/opportunitylinkplace.h"

#include "domain/opportunity.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parcours::OpportunityLinkRows {

bool firstSteps(QSqlDatabase &db, QHash<Id, Id> *steps, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Each stage's rows from its last step to its first: the first one inserted wins last.
    if (!q.exec(u"SELECT stage_id, id FROM step ORDER BY stage_id, position DESC, id DESC"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        steps->insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return true;
}

bool linkCellsToFirstSteps(QSqlDatabase &db, QString *error)
{
    QHash<Id, Id> steps;
    if (!firstSteps(db, &steps, error))
        return false;
    std::vector<std::pair<Id, QString>> changed;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, links FROM opportunity WHERE links LIKE '%cell:%'"_s)) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            const QString key = q.value(1).toString();
            std::optional<std::vector<OpportunityLink>> links = opportunityLinksFromKey(key);
            if (!links)
                continue; // unreadable either way: the reader says so, as before
            legacyCellLinksToFirstSteps(*links, steps);
            if (const QString now = opportunityLinksKey(*links); now != key)
                changed.emplace_back(q.value(0).toLongLong(), now);
        }
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE opportunity SET links = ? WHERE id = ?"_s);
    for (const auto &[id, links] : changed) {
        update.addBindValue(links);
        update.addBindValue(id);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Parcours::OpportunityLinkRows
