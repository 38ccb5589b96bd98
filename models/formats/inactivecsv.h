#pragma once

#include "domain/workspace.h"

#include <QByteArray>
#include <QDate>

namespace Parcours {

// `parcours export W --format inactive-csv`: the inactive customers of analytics/
// inactivecustomers.h on `today`, one a row, under the header
// user_id,persona,last_seen,days_inactive,expected_cadence
// (dates yyyy-MM-dd, the cadence as its key: daily, weekly, monthly). Text cells are protected
// against formula injection like the other CSV writers'.
QByteArray inactiveCustomersCsv(const Workspace &workspace, const QDate &today);

} // namespace Parcours
