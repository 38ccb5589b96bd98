// The command-line module (app/main.cpp) hands the commands that edit through WorkspaceDocument,
// whose undo stack is Qt Gui's, to the document module (app/documentmodule.cpp), loaded only for
// them: an import into a workspace that exists or of events (importcommand.cpp). The command-line
// module then links Qt Core and Sql only (docs/PERFORMANCE.md, "Start-up").
#include "documenthandover.h"

#include "moduleloader.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

int runInDocumentModule(const char *command, const QStringList &args, Streams &io)
{
    const QString name = QStringLiteral(PARCOURS_DOCUMENT_MODULE_NAME);
    QString error;
    using Entry = int (*)(const char *, const QStringList &, Streams &);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym's function pointer
    if (const auto entry
        = reinterpret_cast<Entry>(moduleEntry(name, "parcours_document_command", &error)))
        return entry(command, args, io);
    io.err << u"parcours: cannot load "_s << name << u": "_s << error << Qt::endl;
    return BadInput;
}

} // namespace Parcours::Cli
