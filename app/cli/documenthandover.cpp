// Stands in for importcommand.cpp and newcommand.cpp in the executable that loads the modules
// (app/CMakeLists.txt): those edit through WorkspaceDocument, whose undo stack is Qt Gui's, so
// they run in the document module (app/documentmodule.cpp), loaded only for them. The
// executable then links Qt Core and Sql only (docs/PERFORMANCE.md, "Start-up").
#include "subcommand.h"

#include "moduleloader.h"

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

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

} // namespace

int runImport(const QStringList &args, Streams &io)
{
    return runInDocumentModule("import", args, io);
}

int runNew(const QStringList &args, Streams &io)
{
    return runInDocumentModule("new", args, io);
}

} // namespace Parcours::Cli
