#pragma once

#include "domain/observedusage.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Parcours {

// Workspace::usage in the workspace JSON (docs/observed-usage.md): "usage": {"users":
// [[user_id, persona_id], …], "sources": [{…, "counts": [[user, use_case_id, "YYYY-MM",
// count], …], "activity": [[user, "YYYY-MM", active_days, "YYYY-MM-DD"], …]}]}; users are
// referred to by their index in "users".
class UsageJson
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::UsageJson)

public:
    static QJsonObject write(const ObservedUsage &usage);
    // False with "usage.PATH: reason" when it is not such an object.
    static bool read(const QJsonObject &object, ObservedUsage *usage, QString *error);
};

} // namespace Parcours
