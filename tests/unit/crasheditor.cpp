// Child process of tst_crashsafety: makes edits as fast as it can and reports each one
// after its command returned (i.e. after its transaction committed). It never exits on
// its own; the test kills it with SIGKILL.
#include "document/edits.h"
#include "document/workspacedocument.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Parcours;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 1;
    WorkspaceDocument::OpenResult opened = WorkspaceDocument::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.document) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 2;
    }
    WorkspaceDocument &doc = *opened.document;
    for (int i = 0;; ++i) {
        Persona persona;
        persona.name = u"Persona %1"_s.arg(i);
        const Id id = Edit::addPersona(doc, persona);
        Edit::setField(doc, EntityRef::persona(id), Field::PersonaDescription,
                       u"Typed text %1 — é 漢字"_s.arg(i));
        if (!doc.isSaved())
            return 3;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
        if (i > 5000)
            QThread::sleep(60); // should be killed long before
    }
}
