// Mermaid import benchmark (issue #16 item 7): task lines naming many actors. Before the fix,
// finding whether an actor was already a persona scanned every persona so far, so 50,000 task
// lines with distinct actors took 9.5 s and 100,000 took 55 s. Prints the time to read each
// file and its time per line, which stays flat when the import is linear, and the time to
// refuse the files over the limits. Not a test: it only reports figures.
//
//   cmake --preset bench && cmake --build --preset bench --target mermaidimport_bench &&
//   build/bench/tests/bench/mermaidimport_bench
#include "formats/mermaidformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// `lines` task lines in sections of 100, task i naming actor i modulo `actors`.
QByteArray tasks(int lines, int actors)
{
    QByteArray text = "journey\n    title Many actors\n";
    text.reserve(qsizetype(lines) * 32);
    for (int i = 0; i < lines; ++i) {
        if (i % 100 == 0)
            text += "    section Stage " + QByteArray::number(i / 100) + '\n';
        text += "        Task " + QByteArray::number(i) + ": 3: Actor "
            + QByteArray::number(i % actors) + '\n';
    }
    return text;
}

// One task line naming `actors` distinct actors.
QByteArray oneTask(int actors)
{
    QByteArray text = "journey\n    section Crowd\n        Meet everyone: 4: ";
    for (int i = 0; i < actors; ++i)
        text += (i ? ", Actor " : "Actor ") + QByteArray::number(i);
    return text + '\n';
}

ImportResult import(const QByteArray &text)
{
    ImportOptions options;
    options.fileName = u"bench.mmd"_s;
    return MermaidFormat().read(text, options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << u"Mermaid import (median of 3 runs)                        ms   µs/line  result"_s
        << Qt::endl;
    auto report = [&out](const QString &what, const QByteArray &text, int lines) {
        ImportResult result;
        const double ms = medianMs(3, [&] { result = import(text); });
        const QString outcome = result.fragment
            ? u"%1 personas"_s.arg(result.fragment->personas.size())
            : u"refused: %1"_s.arg(result.errors.value(0).section(u": "_s, 1));
        out << u"%1 %2 %3  %4"_s.arg(what, -48)
                   .arg(ms, 8, 'f', 1)
                   .arg(ms * 1000 / lines, 8, 'f', 2)
                   .arg(outcome.left(90))
            << Qt::endl;
    };
    const int limit = MermaidFormat::maxPersonas;
    for (int lines : {10000, 50000, 100000}) {
        report(u"%1 task lines, %2 actors in turn"_s.arg(lines).arg(limit), tasks(lines, limit),
               lines);
    }
    report(u"one task line, %1 actors"_s.arg(MermaidFormat::maxActorsPerTask),
           oneTask(MermaidFormat::maxActorsPerTask), 1);
    for (int lines : {50000, 100000})
        report(u"%1 task lines, distinct actors"_s.arg(lines), tasks(lines, lines), lines);
    report(u"one task line, 100000 actors"_s, oneTask(100000), 1);
    return 0;
}
