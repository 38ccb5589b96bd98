#include "printwarmup.h"

#include <QPrinter>
#include <QTimer>

namespace Parcours {

void preparePrintingSoon(QObject *context)
{
    static bool prepared = false;
    if (prepared)
        return;
    // Late enough to leave the workspace's first paint alone, long before a menu is reached.
    QTimer::singleShot(200, context, [] {
        if (prepared)
            return;
        prepared = true;
        const QPrinter printer(QPrinter::HighResolution);
    });
}

} // namespace Parcours
