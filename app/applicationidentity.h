#pragma once

#include <QCoreApplication>
#include <QString>

namespace Parcours {

// The names QSettings and the about box know Parcours by, set alike by each module's entry
// point once it has made its application object (the command line's, the poster module's and
// the window's).
inline void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
}

} // namespace Parcours
