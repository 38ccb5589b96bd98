#pragma once

// What posterexporter.cpp (files) and posterexporterprint.cpp (printers) share: the printer half
// lives apart so that the poster module (app/postermain.cpp) links no Qt Print Support.
#include "posters/posterexporter.h"

#include <QCoreApplication>
#include <QString>

namespace Parcours::PosterExporterResults {

inline constexpr qreal mmPerInch = 25.4;

inline PosterExporter::Result cancelled()
{
    PosterExporter::Result r;
    r.cancelled = true;
    return r;
}

inline PosterExporter::Result failed(const QString &error)
{
    PosterExporter::Result r;
    r.error = error;
    return r;
}

inline PosterExporter::Result succeeded()
{
    PosterExporter::Result r;
    r.ok = true;
    return r;
}

inline QString creator()
{
    return QStringLiteral("Parcours %1").arg(QCoreApplication::applicationVersion());
}

} // namespace Parcours::PosterExporterResults
