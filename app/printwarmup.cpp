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
    // The timer belongs to the context: a window closed at once prepares nothing.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setInterval(200);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        timer->deleteLater();
        if (prepared)
            return;
        prepared = true;
        const QPrinter printer(QPrinter::HighResolution);
    });
    timer->start();
}

} // namespace Parcours
