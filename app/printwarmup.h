#pragma once

class QObject;

namespace Parcours {

// Qt loads its print-support plugin and asks CUPS for the printers on the first QPrinter
// of a process: about 20 ms of CPU that the first Print Preview paid on top of its own work
// (docs/PERFORMANCE.md). This does it once per process, shortly after a workspace is shown,
// while the user looks at it; nothing is printed and no dialog opens.
void preparePrintingSoon(QObject *context);

} // namespace Parcours
