// The start-up floor of a command that draws nothing: a QCoreApplication made and destroyed,
// nothing else. startup_bench.py times it next to `check`, `info` and `import`, whose
// processes pay at least this before they do anything of their own.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    return 0;
}
