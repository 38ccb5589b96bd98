// Child process of tst_versions: saves versions "v0", "v1", … of the workspace as fast as it
// can and reports each one after its transaction committed. It never exits on its own; the
// test kills it with SIGKILL.
#include "store/workspacestore.h"
#include "store/workspaceversions.h"

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
    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 2;
    }
    WorkspaceVersions versions(opened.store->database());
    for (int i = 0;; ++i) {
        if (!versions.saveWorkspace(
                {u"v%1"_s.arg(i), QDateTime::currentDateTimeUtc(), u"saver"_s, 0},
                opened.workspace)) {
            std::fprintf(stderr, "%s\n", qPrintable(versions.lastError()));
            return 3;
        }
        std::printf("saved %d\n", i);
        std::fflush(stdout);
        if (i > 5000)
            QThread::sleep(60); // should be killed long before
    }
}
