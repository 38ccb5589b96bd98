// One client of a shared workspace, for the multi-process tests and the collaboration
// benchmark. Opens LOCATION (password from PGPASSWORD or a pgpass file), makes edits at a
// steady pace and reports on standard output, one line each:
//   ready                      opened (with --wait: then waits for a line "go" on stdin)
//   saved LABEL                an edit whose transaction committed
//   refused LABEL REASON       an edit that was not made or not kept (e.g. disconnected)
//   seen LABEL MS              first time another client's edit showed up here, MS after it
//                              was made
//   visible LABEL…             at the end: the use-case labels this client shows
//   cell STAGE LANE LABEL      at the end: the cells of this client's view
//   done
// Labels are NAME#N@MILLISECONDS. Edits insert use cases into the persona "Shared" and/or set
// cells of the stage named NAME in the journey "Board" (--mode insert|cell|mixed).
#include "document/edits.h"
#include "document/entityfields.h"
#include "document/workspacedocument.h"
#include "shared/sharedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"location"_s, u"shared workspace"_s);
    parser.addPositionalArgument(u"name"_s, u"client name"_s);
    const QCommandLineOption edits(u"edits"_s, u"number of edits"_s, u"N"_s, u"10"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"edit for S seconds instead"_s, u"S"_s);
    const QCommandLineOption interval(u"interval"_s, u"ms between edits"_s, u"MS"_s, u"100"_s);
    const QCommandLineOption drain(u"drain"_s, u"ms to keep watching after"_s, u"MS"_s, u"1500"_s);
    const QCommandLineOption mode(u"mode"_s, u"insert, cell or mixed"_s, u"MODE"_s, u"mixed"_s);
    const QCommandLineOption wait(u"wait"_s, u"start editing on a line \"go\" on stdin"_s);
    parser.addOptions({edits, seconds, interval, drain, mode, wait});
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        return 1;
    const QString name = parser.positionalArguments().at(1);
    const QString editMode = parser.value(mode);

    WorkspaceDocument::OpenResult opened
        = WorkspaceDocument::open(parser.positionalArguments().at(0));
    if (!opened.document) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error));
        return 2;
    }
    WorkspaceDocument &doc = *opened.document;
    if (SharedStore *store = doc.sharedStore())
        store->setHeartbeatInterval(500);
    const Workspace &w = doc.workspace();
    Id persona = 0;
    Id journey = 0;
    Id stage = 0;
    QList<Id> lanes;
    for (const Persona &p : w.personas) {
        if (p.name == u"Shared")
            persona = p.id;
    }
    for (const Journey &j : w.journeys) {
        if (j.name != u"Board")
            continue;
        journey = j.id;
        for (const Stage &s : j.stages) {
            if (s.name == name)
                stage = s.id;
        }
        for (const Lane &l : j.lanes)
            lanes << l.id;
    }
    if (!persona || !journey || !stage || lanes.isEmpty()) {
        std::fprintf(stderr, "the workspace lacks persona Shared or journey Board/stage %s\n",
                     qPrintable(name));
        return 3;
    }

    QHash<QString, qint64> seen;
    auto observe = [&](const QString &text) {
        const qsizetype hash = text.indexOf(u'#');
        const qsizetype at = text.indexOf(u'@');
        if (hash <= 0 || at < hash || text.left(hash) == name || seen.contains(text))
            return;
        const qint64 latency = QDateTime::currentMSecsSinceEpoch() - text.mid(at + 1).toLongLong();
        seen.insert(text, latency);
        say(u"seen %1 %2"_s.arg(text).arg(latency));
    };
    QObject::connect(&doc, &WorkspaceDocument::changed, [&](const ChangeEvent &e) {
        if (e.type == ChangeEvent::FieldChanged && e.entity.kind == EntityKind::Cell) {
            observe(EntityFields::value(doc.workspace(), e.entity, Field::CellText).toString());
        } else if (e.type == ChangeEvent::Inserted && e.entity.kind == EntityKind::UseCase) {
            if (const UseCase *u = doc.workspace().useCase(e.entity.id))
                observe(u->useCase);
        } else if (e.type == ChangeEvent::Inserted && e.entity.kind == EntityKind::Persona) {
            if (const Persona *p = doc.workspace().persona(e.entity.id)) {
                for (const UseCase &u : p->useCases)
                    observe(u.useCase);
            }
        }
    });
    QString refusal;
    QObject::connect(&doc, &WorkspaceDocument::editRefused,
                     [&refusal](const QString &message) { refusal = message; });

    say(u"ready"_s);
    if (parser.isSet(wait)) {
        char line[16] = {};
        if (!std::fgets(line, sizeof line, stdin))
            return 4;
    }
    const int total = parser.value(edits).toInt();
    const qint64 deadline = parser.isSet(seconds)
        ? QDateTime::currentMSecsSinceEpoch() + parser.value(seconds).toLongLong() * 1000
        : 0;
    int n = 0;
    QTimer timer;
    QTimer drainTimer;
    drainTimer.setSingleShot(true);
    auto finish = [&] {
        const Persona *p = doc.workspace().persona(persona);
        QStringList labels;
        for (const UseCase &u : p->useCases)
            labels << u.useCase;
        say(u"visible "_s + labels.join(u' '));
        if (const Journey *j = doc.workspace().journey(journey)) {
            for (const Stage &s : j->stages) {
                for (auto it = s.firstCells().cbegin(); it != s.firstCells().cend(); ++it)
                    say(u"cell %1 %2 %3"_s.arg(s.id).arg(it.key()).arg(it->text));
            }
        }
        say(u"done"_s);
        QCoreApplication::exit(0);
    };
    QObject::connect(&drainTimer, &QTimer::timeout, finish);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const bool over = deadline ? QDateTime::currentMSecsSinceEpoch() >= deadline : n >= total;
        if (over) {
            timer.stop();
            if (SharedStore *store = doc.sharedStore())
                store->refresh();
            drainTimer.start(parser.value(drain).toInt());
            return;
        }
        ++n;
        const QString label
            = u"%1#%2@%3"_s.arg(name).arg(n).arg(QDateTime::currentMSecsSinceEpoch());
        refusal.clear();
        const bool insert = editMode == u"insert" || (editMode == u"mixed" && n % 2 == 1);
        if (insert) {
            UseCase u;
            u.useCase = label;
            Edit::addUseCase(doc, persona, u);
        } else {
            Edit::setField(doc, EntityRef::cell(journey, stage, lanes.at(n % lanes.size())),
                           Field::CellText, label);
        }
        if (refusal.isEmpty())
            say(u"saved "_s + label);
        else
            say(u"refused %1 %2"_s.arg(label, refusal.simplified()));
    });
    timer.start(parser.value(interval).toInt());
    return QCoreApplication::exec();
}
