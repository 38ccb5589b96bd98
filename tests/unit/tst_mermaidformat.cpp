#include "document/edits.h"
#include "formats/mermaidformat.h"
#include "formats/workspacejson.h"
#include "support/testworkspaces.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

ImportResult import(const QByteArray &data, int block = 1, const QString &fileName = u"j.mmd"_s)
{
    ImportOptions options;
    options.fileName = fileName;
    options.block = block;
    return MermaidFormat().read(data, options);
}

QByteArray exported(const Workspace &w, Id journey = 0)
{
    ExportOptions options;
    options.journey = journey;
    const ExportResult out = MermaidFormat().write(w, options);
    if (!out.error.isEmpty())
        qFatal("export failed: %s", qPrintable(out.error));
    return out.data;
}

// The text without the "%% parcours-" lines: what another tool would keep.
QByteArray withoutParcoursComments(const QByteArray &text)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().startsWith("%% parcours-"))
            kept << line;
    }
    return kept.join('\n');
}

// A task as Mermaid shows it.
struct Task
{
    QString section;
    QString task;
    int score = 0;
    QStringList people;

    bool operator==(const Task &o) const
    {
        return section == o.section && task == o.task && score == o.score && people == o.people;
    }
};

QString describe(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << u"[%1] %2: %3: %4"_s.arg(t.section, t.task).arg(t.score).arg(t.people.join(u", "_s));
    return out.join(u" | "_s);
}

// The tasks an imported journey holds: a step per task, its score the step's emotion + 3, its
// actors the step's "Actors" chips; a stage of one unnamed step (as made before steps) holds
// the lines of its customer-actions cell.
QList<Task> tasksOf(const Journey &j, QStringList *sections = nullptr)
{
    Id actions = 0;
    Id emotion = 0;
    Id actors = 0;
    for (const Lane &l : j.lanes) {
        if (!actions && l.kind == LaneKind::Text)
            actions = l.id;
        if (!emotion && l.kind == LaneKind::Emotion)
            emotion = l.id;
        if (!actors && l.kind == LaneKind::Chips && l.name == u"Actors"_s)
            actors = l.id;
    }
    QList<Task> tasks;
    for (const Stage &s : j.stages) {
        if (sections)
            *sections << s.name;
        if (s.steps.size() == 1 && s.steps.front().name.isEmpty()) {
            const QStringList lines
                = s.firstCells().value(actions).text.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                const MermaidFormat::Task t = MermaidFormat::parseActionLine(line);
                tasks << Task {s.name, t.name, t.score.value_or(0), t.actors};
            }
            continue;
        }
        for (const Step &step : s.steps) {
            const std::optional<double> e = step.cells.value(emotion).emotion;
            tasks << Task {s.name, step.name, e ? int(std::lround(*e + 3)) : 0,
                           step.cells.value(actors).text.split(u'\n', Qt::SkipEmptyParts)};
        }
    }
    return tasks;
}

// The sections and tasks of a Mermaid journey's text, read as Mermaid reads them (scores
// rounded into 1…5, as Parcours clamps them), apart from Parcours: what the round trip compares.
QList<Task> tasksInText(const QByteArray &text, QStringList *sections)
{
    QList<Task> tasks;
    QString section;
    bool frontMatter = false;
    for (const QString &raw : QString::fromUtf8(text).split(u'\n')) {
        const QString line = raw.trimmed().remove(QChar(0xfeff));
        if (line == u"---") {
            frontMatter = !frontMatter;
            continue;
        }
        const QString lower = line.toLower();
        if (frontMatter || line.isEmpty() || line.startsWith(u"%%"_s) || lower == u"journey"
            || lower.startsWith(u"title "_s) || lower.startsWith(u"acctitle"_s)
            || lower.startsWith(u"accdescr"_s))
            continue;
        if (lower.startsWith(u"section "_s)) {
            section = MermaidFormat::decode(line.mid(8)).trimmed();
            *sections << section;
            continue;
        }
        const QStringList fields = line.split(u':');
        QStringList people;
        for (const QString &p : fields.value(2).split(u','))
            if (!p.trimmed().isEmpty())
                people << MermaidFormat::decode(p.trimmed());
        const int score = std::clamp(int(std::lround(fields.value(1).trimmed().toDouble())), 1, 5);
        tasks << Task {section, MermaidFormat::decode(fields.value(0)).trimmed(), score, people};
    }
    return tasks;
}

Workspace journeyAlone(const Journey &j)
{
    Workspace w;
    w.journeys = {j};
    w.journeys[0].personaId = 0;
    return w;
}

QString json(const Workspace &w)
{
    return QString::fromUtf8(WorkspaceJson::write(TestData::withoutIds(w)));
}

// Names Mermaid treats as syntax, keywords at the start of task lines, empty names.
Workspace trickyWorkspace()
{
    Workspace w;
    Persona smith {7, u"Smith, John: CEO #1"_s, {}, u"#4e79a7"_s, std::nullopt, Cadence::None, {}};
    w.personas = {smith};
    Journey j;
    j.id = 1;
    j.name = u"Sign-up: 50% off; #1 <b>deal</b>"_s;
    j.description = u"Line one {with braces}\n  indented line two; #3 %% not a comment"_s;
    j.personaId = 7;
    j.lanes = {{2, u"Customer actions"_s, LaneKind::Text, true},
               {3, u"Emotion"_s, LaneKind::Emotion, true},
               {4, u"Thoughts"_s, LaneKind::Text, false}};
    Stage first; // unnamed: tasks before the first section
    first.id = 10;
    first.withOneStep();
    first.firstCells().insert(2, {u"Hears of it\n\n  Asks a friend  "_s, std::nullopt});
    first.firstCells().insert(3, {QString(), 1.25});
    Stage colon;
    colon.id = 11;
    colon.withOneStep();
    colon.name = u"Phase 1: discover; #2 <br> 100%"_s;
    colon.firstCells().insert(
        2,
        {u"journey planning\nTitle deed\nsection leader\naccTitle x\naccDescr y\n"
         "```fence\n~tilde\n#1 priority\n%% not a comment\n50% off; 20%"_s,
         std::nullopt});
    colon.firstCells().insert(4, {u"Thinks: \"is it for me?\""_s, std::nullopt});
    Stage unnamed;
    unnamed.id = 12;
    unnamed.withOneStep();
    unnamed.firstCells().insert(
        2, {u"Step 1: read: 5: Me, You\n: 4\nRatio 10:30\nÉtape été 🚀: 2"_s, std::nullopt});
    unnamed.firstCells().insert(3, {QString(), -2});
    Stage multi;
    multi.id = 13;
    multi.withOneStep();
    multi.name = u"Two\nlines"_s;
    j.stages = {first, colon, unnamed, multi};
    w.journeys = {j};
    return w;
}

} // namespace

class TestMermaidFormat : public QObject
{
    Q_OBJECT

private slots:
    void registered();
    void documentationExample();
    void checkoutKeepsItsPainPoint();
    void everyFixtureRoundTrips_data();
    void everyFixtureRoundTrips();
    void roundTripCurves();
    void tasksBeforeTheFirstSection();
    void parserSpecExamples();
    void accessibilityExamples();
    void markdownBlocks();
    void messyRealWorldFile();
    void scoresClampedWithWarnings();
    void actorsUpToTheLimitsBecomePersonas();
    void tooManyActorsOnOneTaskRefused();
    void tooManyActorsInOneFileRefused();
    void lineBreaksInNames();
    void authorIntentOverStrictGrammar();
    void malformed_data();
    void malformed();
    void roundTripEveryField();
    void roundTripTrickyNames();
    void arrowsToADeletedSection();
    void roundTripFromMermaid();
    void withoutCommentsKeepsTasksScoresActors();
    void editedExportKeepsTheEdits();
    void editingOneTaskKeepsTheOtherSteps();
    void actionLines_data();
    void actionLines();
    void actionLinesWithSyntaxInNames();
    void exportChoosesOneJourney();
    void mermaidOwnParserAcceptsExports();
};

void TestMermaidFormat::registered()
{
    const WorkspaceFormat *format = WorkspaceFormats::find(u"mermaid"_s);
    QVERIFY(format);
    QVERIFY(format != nullptr && format->canRead() && format->canWrite()
            && format->writesOneJourney());
}

void TestMermaidFormat::documentationExample()
{
    const ImportResult in = import(readData(u"working-day.mmd"_s));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.warnings.isEmpty());
    QVERIFY(in.fragment);
    const Workspace &w = *in.fragment;
    QCOMPARE(w.personas.size(), size_t(2));
    QCOMPARE(w.personas[0].name, u"Me"_s);
    QCOMPARE(w.personas[1].name, u"Cat"_s);
    QCOMPARE(w.journeys.size(), size_t(1));
    const Journey &j = w.journeys[0];
    QCOMPARE(j.name, u"My working day"_s);
    QCOMPARE(j.personaId, w.personas[0].id);
    QCOMPARE(j.lanes.size(), size_t(3));
    QCOMPARE(j.lanes[0].name, u"Customer actions"_s);
    QCOMPARE(j.lanes[1].kind, LaneKind::Emotion);
    QCOMPARE(j.lanes[2].name, u"Actors"_s);
    QCOMPARE(j.lanes[2].kind, LaneKind::Chips);
    const Id emotion = j.lanes[1].id;
    const Id actors = j.lanes[2].id;
    QCOMPARE(j.stages.size(), size_t(2));
    // Each task is a step named as the task, its score − 3 the step's emotion.
    const Stage &work = j.stages[0];
    QCOMPARE(work.name, u"Go to work"_s);
    QCOMPARE(work.steps.size(), size_t(3));
    QCOMPARE(work.steps[0].id, work.id); // a stage's first step has the stage's id
    QCOMPARE(work.steps[0].name, u"Make tea"_s);
    QCOMPARE(work.steps[1].name, u"Go upstairs"_s);
    QCOMPARE(work.steps[2].name, u"Do work"_s);
    QCOMPARE(work.steps[0].cells.value(emotion).emotion, std::optional<double>(2));
    QCOMPARE(work.steps[1].cells.value(emotion).emotion, std::optional<double>(0));
    QCOMPARE(work.steps[2].cells.value(emotion).emotion, std::optional<double>(-2));
    QCOMPARE(stageEmotion(work, emotion), std::optional<double>(0)); // (5+3+1)/3 − 3
    // The actors as chips, one per line; two actors in the journey: a curve each.
    QCOMPARE(work.steps[0].cells.value(actors).text, u"Me"_s);
    QCOMPARE(work.steps[2].cells.value(actors).text, u"Me\nCat"_s);
    const Id me = w.personas[0].id;
    const Id cat = w.personas[1].id;
    QCOMPARE(work.steps[0].cells.value(emotion).curves, (QMap<Id, double> {{me, 2}}));
    QCOMPARE(work.steps[2].cells.value(emotion).curves, (QMap<Id, double> {{me, -2}, {cat, -2}}));
    // No task text is left in the customer-actions cells.
    for (const Stage &stage : j.stages) {
        for (const Step &step : stage.steps)
            QVERIFY(step.cells.value(j.lanes[0].id).text.isEmpty());
    }
    QCOMPARE(j.stages[1].name, u"Go home"_s);
    QCOMPARE(j.stages[1].steps.size(), size_t(2));
    QCOMPARE(stageEmotion(j.stages[1], emotion), std::optional<double>(2));
}

void TestMermaidFormat::checkoutKeepsItsPainPoint()
{
    // The public "Checkout Experience": "Enter payment" scores 2 among tasks of 4 and 5; as a
    // step of its own it keeps its −1 (a mean per stage would hide it at +0.67).
    const ImportResult in = import(readData(u"checkout.mmd"_s), 1, u"checkout.mmd"_s);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(u'\n')));
    const Workspace &w = *in.fragment;
    const Journey &j = w.journeys[0];
    QCOMPARE(j.name, u"Checkout Experience"_s);
    const Stage &purchase = j.stages[1];
    QCOMPARE(purchase.name, u"Purchase"_s);
    QCOMPARE(purchase.steps.size(), size_t(3));
    const Step &payment = purchase.steps[1];
    QCOMPARE(payment.name, u"Enter payment"_s);
    const Id emotion = j.lanes[1].id;
    QCOMPARE(payment.cells.value(emotion).emotion, std::optional<double>(-1));
    QCOMPARE(w.personas.size(), size_t(2)); // Shopper, Support
    const Id shopper = w.personas[0].id;
    const Id support = w.personas[1].id;
    QCOMPARE(j.personaId, shopper);
    QCOMPARE(payment.cells.value(emotion).curves, (QMap<Id, double> {{shopper, -1}}));
    QCOMPARE(purchase.steps[2].cells.value(emotion).curves,
             (QMap<Id, double> {{shopper, 1}, {support, 1}}));
    QCOMPARE(purchase.steps[2].cells.value(j.lanes[2].id).text, u"Shopper\nSupport"_s);
    QCOMPARE(j.stages[0].steps.size(), size_t(2)); // Browse: Find product, Read reviews
    // Imported into a workspace that has a Shopper: the curve is that persona's.
    Workspace target;
    target.personas.push_back(
        {77, u"Shopper"_s, {}, u"#4e79a7"_s, std::nullopt, Cadence::None, {}});
    Edit::mergeFragment(target, w);
    QCOMPARE(target.personas.size(), size_t(2)); // Shopper matched, Support created
    const Journey &merged = target.journeys[0];
    QCOMPARE(merged.personaId, Id(77));
    QCOMPARE(merged.stages[1].steps[1].cells.value(merged.lanes[1].id).curves,
             (QMap<Id, double> {{77, -1}}));
    // Written back: the same tasks, scores and actors, one line each.
    const QByteArray text = withoutParcoursComments(exported(w));
    QVERIFY2(text.contains("    section Purchase\n        Add to basket: 5: Shopper\n"
                           "        Enter payment: 2: Shopper\n"
                           "        Confirm order: 4: Shopper, Support\n"),
             text.constData());
}

void TestMermaidFormat::parserSpecExamples()
{
    // From Mermaid's own parser tests (journey.spec).
    const ImportResult in = import("journey\n"
                                   "title Adding journey diagram functionality to mermaid\n"
                                   "section Documentation\n"
                                   "A task: 5: Alice, Bob, Charlie\n"
                                   "B task: 3:Bob, Charlie\n"
                                   "C task: 5\n"
                                   "D task: 5: Charlie, Alice\n"
                                   "E task: 5:\n"
                                   "section Another section\n"
                                   "P task: 5:\n"
                                   "Q task: 5:\n"
                                   "R task: 5:");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    const QList<Task> expected = {
        {u"Documentation"_s, u"A task"_s, 5, {u"Alice"_s, u"Bob"_s, u"Charlie"_s}},
        {u"Documentation"_s, u"B task"_s, 3, {u"Bob"_s, u"Charlie"_s}},
        {u"Documentation"_s, u"C task"_s, 5, {}},
        {u"Documentation"_s, u"D task"_s, 5, {u"Charlie"_s, u"Alice"_s}},
        {u"Documentation"_s, u"E task"_s, 5, {}},
        {u"Another section"_s, u"P task"_s, 5, {}},
        {u"Another section"_s, u"Q task"_s, 5, {}},
        {u"Another section"_s, u"R task"_s, 5, {}},
    };
    QCOMPARE(describe(tasksOf(j)), describe(expected));
    QCOMPARE(in.fragment->personas.size(), size_t(3)); // Alice, Bob, Charlie
    QCOMPARE(j.personaId, in.fragment->personas[0].id);

    const ImportResult lineBreaks = import("journey\ntitle Adding gantt diagram functionality to "
                                           "mermaid\nsection Line1<br>Line2<br/>Line3</br "
                                           "/>Line4<br\t/>Line5");
    QVERIFY(lineBreaks.errors.isEmpty());
    QCOMPARE(lineBreaks.fragment->journeys[0].stages[0].name,
             u"Line1\nLine2\nLine3</br />Line4\nLine5"_s);
}

void TestMermaidFormat::lineBreaksInNames()
{
    // <br> breaks the line of a title or a section name; a task is one line of its cell.
    const ImportResult in = import("journey\n  title Two<br>lines\n  section Go<br/>home\n"
                                   "    Walk<br>slowly: 4: Me\n    Sit down: 5: Me\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.name, u"Two\nlines"_s);
    QCOMPARE(j.stages[0].name, u"Go\nhome"_s);
    QCOMPARE(j.stages[0].steps.size(), size_t(2));
    QCOMPARE(j.stages[0].steps[0].name, u"Walk slowly"_s);
    QCOMPARE(j.stages[0].steps[1].name, u"Sit down"_s);
    QCOMPARE(in.warnings,
             QStringList {u"j.mmd:4: warning: a line break (<br>) in a task name is imported as a "
                          "space: each task is a step, its name one line; imported as \"Walk "
                          "slowly\""_s});
}

void TestMermaidFormat::accessibilityExamples()
{
    ImportResult in = import("journey\n"
                             "accDescr {\n"
                             "        A user journey for\n"
                             "        family shopping\n"
                             "      }title Adding journey diagram functionality to mermaid\n"
                             "accTitle: Adding acc journey diagram functionality to mermaid\n"
                             "section Order from website");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.warnings.isEmpty());
    Journey j = in.fragment->journeys[0];
    QCOMPARE(j.description, u"A user journey for\nfamily shopping"_s); // as Mermaid reads it
    QCOMPARE(j.name, u"Adding journey diagram functionality to mermaid"_s); // read after "}"
    QCOMPARE(j.stages.size(), size_t(1));

    in = import("journey\n    accTitle: The title\n    accDescr: A user journey for family "
                "shopping\n    section Order from website");
    QVERIFY(in.errors.isEmpty());
    j = in.fragment->journeys[0];
    QCOMPARE(j.name, u"The title"_s);
    QCOMPARE(j.description, u"A user journey for family shopping"_s);
}

void TestMermaidFormat::markdownBlocks()
{
    const QByteArray readme = readData(u"readme.md"_s);
    ImportResult in = import(readme, 1, u"README.md"_s);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.fragment->journeys[0].name, u"Today"_s); // the flowchart block is skipped

    in = import(readme, 2, u"README.md"_s);
    QCOMPARE(in.errors,
             QStringList {u"README.md:30: cannot read \"Not a task\": a task is written \"Task "
                          "name: score\" or \"Task name: score: actor, actor\""_s});
    QVERIFY(!in.fragment);

    QByteArray fixed = readme;
    fixed.replace("      Not a task\n", "");
    in = import(fixed, 2, u"README.md"_s);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.name, u"Tomorrow"_s); // from the front matter
    QCOMPARE(j.stages.size(), size_t(2));
    QCOMPARE(in.fragment->personas.size(), size_t(2));
    QCOMPARE(in.fragment->personas[1].name, u"Account manager"_s);

    in = import(fixed, 3, u"README.md"_s); // the last block is inside a ```` fence
    QCOMPARE(in.errors,
             QStringList {u"README.md: --block 3: the file has 2 Mermaid journey "
                          "block(s)"_s});
    in = import("# Notes\n\n```mermaid\ngraph TD\n  A-->B\n```\n", 1, u"notes.md"_s);
    QCOMPARE(in.errors,
             QStringList {u"notes.md: no ```mermaid block of this file holds a user "
                          "journey (\"journey\")"_s});
    in = import(readData(u"working-day.mmd"_s), 2);
    QVERIFY(!in.fragment);
    QVERIFY(in.errors[0].startsWith(u"j.mmd: --block 2: the file is one Mermaid diagram"_s));
}

void TestMermaidFormat::messyRealWorldFile()
{
    const ImportResult in = import(readData(u"messy.mmd"_s), 1, u"messy.mmd"_s);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(u'\n')));
    const Workspace &w = *in.fragment;
    const Journey &j = w.journeys[0];
    QCOMPARE(j.name, u"Parcours d’achat"_s); // front matter title over accTitle
    QCOMPARE(j.stages.size(), size_t(3));
    QCOMPARE(j.stages[0].name, QString()); // the task before the first section
    QCOMPARE(j.stages[1].name, u"Découverte"_s);
    QCOMPARE(j.stages[2].name, u"申し込み"_s);
    const QList<Task> expected = {
        {QString(), u"Trouver l’annonce"_s, 4, {u"Acheteuse pressée"_s}},
        {u"Découverte"_s, u"Voir une pub 📣"_s, 3, {u"Acheteuse pressée"_s, u"Agent immobilier"_s}},
        {u"申し込み"_s, u"フォームに記入"_s, 2, {u"山田 太郎"_s}},
    };
    QCOMPARE(describe(tasksOf(j)), describe(expected));
    QStringList personas;
    for (const Persona &p : w.personas)
        personas << p.name;
    QCOMPARE(personas,
             (QStringList {u"Acheteuse pressée"_s, u"Agent immobilier"_s, u"山田 太郎"_s}));
}

void TestMermaidFormat::everyFixtureRoundTrips_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("block");
    const QDir dir(QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid"_s);
    const QStringList files = dir.entryList({u"*.mmd"_s, u"*.md"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString &file : files) {
        const int blocks = file.endsWith(u".md"_s) ? 2 : 1;
        for (int block = 1; block <= blocks; ++block)
            QTest::newRow(qPrintable(u"%1#%2"_s.arg(file).arg(block))) << file << block;
    }
}

void TestMermaidFormat::everyFixtureRoundTrips()
{
    // Import then export gives the same sections, tasks, scores and actors (layout and
    // comments aside), with and without the "%% parcours-" lines; and so does a second trip.
    QFETCH(QString, file);
    QFETCH(int, block);
    QByteArray source = readData(file);
    if (file == u"readme.md"_s)
        source.replace("      Not a task\n", ""); // the error the fixture shows
    const ImportResult in = import(source, block, file);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QByteArray diagram = source; // the block's own text
    if (file.endsWith(u".md"_s)) {
        const QList<QByteArray> parts = source.split('\n');
        QList<QByteArray> lines;
        int seen = 0;
        bool inside = false;
        for (const QByteArray &line : parts) {
            if (line.startsWith("```mermaid") || line.startsWith("~~~mermaid")) {
                inside = true;
                lines.clear();
                continue;
            }
            if (inside && (line.startsWith("```") || line.startsWith("~~~"))) {
                inside = false;
                if (lines.join('\n').contains("journey") && ++seen == block)
                    break;
                continue;
            }
            if (inside)
                lines << line;
        }
        diagram = lines.join('\n');
    }
    QStringList sections;
    const QList<Task> expected = tasksInText(diagram, &sections);
    QVERIFY(!expected.isEmpty());
    const QByteArray text = exported(*in.fragment);
    QStringList exportedSections;
    QCOMPARE(describe(tasksInText(text, &exportedSections)), describe(expected));
    QCOMPARE(exportedSections, sections);
    // Read again, without the comments (another tool's copy) and with them: the same.
    for (const QByteArray &copy : {withoutParcoursComments(text), text}) {
        const ImportResult again = import(copy);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u'\n')));
        QVERIFY2(again.warnings.isEmpty(), qPrintable(again.warnings.join(u'\n')));
        QStringList againSections;
        QCOMPARE(describe(tasksInText(exported(*again.fragment), &againSections)),
                 describe(expected));
        QCOMPARE(againSections, sections);
        QCOMPARE(describe(tasksOf(again.fragment->journeys[0])),
                 describe(tasksOf(in.fragment->journeys[0])));
    }
}

void TestMermaidFormat::roundTripCurves()
{
    // Several personas' curves, and a step holding only a curve's point, come back exactly,
    // their personas by name.
    Workspace original = TestData::withCurves();
    original.journeys.pop_back(); // the to-be copy: a Mermaid file holds one journey
    original.journeys[0].compareWith = 0;
    const QByteArray text = exported(original);
    const ImportResult in = import(text);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(u'\n')));
    QStringList personas;
    for (const Persona &p : in.fragment->personas)
        personas << p.name;
    QCOMPARE(personas, (QStringList {u"Agent"_s, u"Acheteur «maison»"_s}));
    const Workspace &back = *in.fragment;
    // The same journey, its curves by persona name.
    const auto curvesByName = [](const Workspace &w) {
        QStringList out;
        for (const Stage &stage : w.journeys[0].stages) {
            for (const Step &step : stage.steps) {
                for (const Cell &cell : step.cells) {
                    for (auto it = cell.curves.cbegin(); it != cell.curves.cend(); ++it)
                        out << u"%1/%2: %3=%4"_s
                                   .arg(stage.name, step.name, w.persona(it.key())->name)
                                   .arg(it.value());
                }
            }
        }
        out.sort();
        return out;
    };
    QCOMPARE(curvesByName(back), curvesByName(original));
    QCOMPARE(curvesByName(back).size(), 3);
    // And written again, the same Mermaid text.
    QCOMPARE(withoutParcoursComments(exported(back)), withoutParcoursComments(text));
}

void TestMermaidFormat::tasksBeforeTheFirstSection()
{
    // Tasks before the first section make a stage without a name (written back before the
    // first section); scores outside 1…5 are clamped with a warning naming the line.
    const ImportResult in = import(readData(u"before-sections.mmd"_s), 1, u"b.mmd"_s);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.warnings,
             (QStringList {u"b.mmd:3: warning: score 7 is outside 1…5; imported as 5"_s,
                           u"b.mmd:6: warning: score 0 is outside 1…5; imported as 1"_s,
                           u"b.mmd:9: warning: score 6 is outside 1…5; imported as 5"_s}));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages.size(), size_t(3));
    QCOMPARE(j.stages[0].name, QString());
    QCOMPARE(j.stages[0].steps.size(), size_t(2));
    QCOMPARE(j.stages[0].steps[0].name, u"Receive the offer"_s);
    QCOMPARE(j.stages[0].steps[0].cells.value(j.lanes[1].id).emotion, std::optional<double>(2));
    QCOMPARE(j.stages[1].steps[0].cells.value(j.lanes[1].id).emotion, std::optional<double>(-2));
    const QByteArray text = withoutParcoursComments(exported(*in.fragment));
    QVERIFY2(text.contains("    title Onboarding a new hire\n    %% Exported by Parcours"),
             text.constData());
    QVERIFY2(text.contains("    Receive the offer: 5: New hire\n"
                           "    Sign the contract: 4: New hire, HR\n    section First day\n"),
             text.constData());
}

void TestMermaidFormat::scoresClampedWithWarnings()
{
    const ImportResult in = import("journey\n"
                                   "  section S\n"
                                   "    Loves it: 7: Me\n"
                                   "    Hates it: 0\n"
                                   "    Halfway: 3.5: Me\n"
                                   "    Negative: -2.4\n"
                                   "    Fine: 4\n");
    QVERIFY(in.errors.isEmpty());
    QCOMPARE(
        in.warnings,
        (QStringList {u"j.mmd:3: warning: score 7 is outside 1…5; imported as 5"_s,
                      u"j.mmd:4: warning: score 0 is outside 1…5; imported as 1"_s,
                      u"j.mmd:5: warning: score 3.5 is not a whole number; imported as 4"_s,
                      u"j.mmd:6: warning: score -2.4 is not a whole number; imported as 1"_s}));
    const QList<Task> tasks = tasksOf(in.fragment->journeys[0]);
    QCOMPARE(tasks[0].score, 5);
    QCOMPARE(tasks[1].score, 1);
    QCOMPARE(tasks[2].score, 4);
    QCOMPARE(tasks[3].score, 1);
}

void TestMermaidFormat::authorIntentOverStrictGrammar()
{
    const ImportResult in = import("journey\n"
                                   "  section Phase 1: discover\n"
                                   "    Fix #42 first: 3: Dev\n"
                                   "    Step 2: read the docs: 4: Dev\n"
                                   "    Pay; then leave: 2\n"
                                   "    #1 priority: 5\n"
                                   "    # a plain comment for Mermaid\n"
                                   "  section Sprint #3\n"
                                   "    Demo: 5: Dev: ignored\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages[0].name, u"Phase 1: discover"_s);
    QCOMPARE(j.stages[1].name, u"Sprint #3"_s);
    const QList<Task> expected = {
        {u"Phase 1: discover"_s, u"Fix #42 first"_s, 3, {u"Dev"_s}},
        {u"Phase 1: discover"_s, u"Step 2: read the docs"_s, 4, {u"Dev"_s}},
        {u"Phase 1: discover"_s, u"Pay; then leave"_s, 2, {}},
        {u"Phase 1: discover"_s, u"#1 priority"_s, 5, {}},
        {u"Sprint #3"_s, u"Demo"_s, 5, {u"Dev"_s}},
    };
    QCOMPARE(describe(tasksOf(j)), describe(expected));
    const QStringList lines = {u"j.mmd:2:"_s, u"j.mmd:3:"_s, u"j.mmd:4:"_s, u"j.mmd:5:"_s,
                               u"j.mmd:6:"_s, u"j.mmd:8:"_s, u"j.mmd:9:"_s};
    QCOMPARE(in.warnings.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(in.warnings[i].startsWith(lines[i] + u" warning: "_s), qPrintable(in.warnings[i]));
    QVERIFY(in.warnings[0].contains(u"write #58;"_s));
    QVERIFY(in.warnings[1].contains(u"write #35;"_s));
    QVERIFY(in.warnings[3].contains(u"write #59;"_s));
    QVERIFY(in.warnings[6].contains(u"after the third colon: \"ignored\""_s));
}

void TestMermaidFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("flowchart") << QByteArray("%% a comment\nflowchart LR\n  A --> B\n")
                               << u"j.mmd:2: this is a Mermaid \"flowchart\" diagram, not a user "
                                  "journey (\"journey\")"_s;
    QTest::newRow("no keyword") << QByteArray("\n\ntitle Hello\njourney\n")
                                << u"j.mmd:3: expected \"journey\" at the start of the diagram, "
                                   "found \"title Hello\""_s;
    QTest::newRow("no colon") << QByteArray("journey\n  section A\n    Make tea\n")
                              << u"j.mmd:3: cannot read \"Make tea\": a task is written \"Task "
                                 "name: score\" or \"Task name: score: actor, actor\""_s;
    QTest::newRow("no score") << QByteArray("journey\n  section A\n\n    Make tea:\n")
                              << u"j.mmd:4: a task needs a score from 1 to 5 after the colon"_s;
    QTest::newRow("word score") << QByteArray("journey\n  Make tea: high: Me\n")
                                << u"j.mmd:2: the score \"high\" is not a number from 1 to 5"_s;
    QTest::newRow("no name") << QByteArray("journey\r\n  section A\r\n    : 5: Me\r\n")
                             << u"j.mmd:3: a task needs a name before the colon"_s;
    QTest::newRow("second journey") << QByteArray("journey\n  section A\njourney\n")
                                    << u"j.mmd:3: a second \"journey\" line; a diagram has one"_s;
    QTest::newRow("open accDescr") << QByteArray("journey\n  accDescr {\n  text\n  section A\n")
                                   << u"j.mmd:2: \"accDescr {\" opened here is never closed with "
                                      "\"}\""_s;
    QTest::newRow("open front matter") << QByteArray("---\ntitle: x\njourney\n")
                                       << u"j.mmd:1: the front matter opened here is never closed "
                                          "with \"---\""_s;
    QTest::newRow("only comments") << QByteArray("%% nothing\n%% here\n")
                                   << u"j.mmd:1: no \"journey\" line: this is not a Mermaid user "
                                      "journey"_s;
    QTest::newRow("empty") << QByteArray(" \n\n")
                           << u"j.mmd:1: the file is empty; expected a Mermaid user journey "
                              "(\"journey\")"_s;
    QTest::newRow("not UTF-8") << QByteArray("journey\n  section A\n    Caf\xe9: 3\n")
                               << u"j.mmd:3: the text is not UTF-8"_s;
}

void TestMermaidFormat::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const ImportResult in = import(text);
    QVERIFY(!in.fragment); // nothing is imported
    QVERIFY(!in.errors.isEmpty());
    QCOMPARE(in.errors.first(), error);
}

void TestMermaidFormat::roundTripEveryField()
{
    const Workspace original = TestData::everyField();
    const QByteArray text = exported(original);
    const ImportResult in = import(text);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(u'\n')));
    const Journey &a = original.journeys[0];
    const Journey &b = in.fragment->journeys[0];
    // Field by field, ignoring ids.
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.description, a.description);
    QCOMPARE(b.renewal, a.renewal);
    QCOMPARE(b.lanes.size(), a.lanes.size());
    for (size_t l = 0; l < a.lanes.size(); ++l) {
        QCOMPARE(b.lanes[l].name, a.lanes[l].name);
        QCOMPARE(b.lanes[l].kind, a.lanes[l].kind);
        QCOMPARE(b.lanes[l].visible, a.lanes[l].visible);
        QCOMPARE(b.lanes[l].group, a.lanes[l].group); // blueprint groups ride in the %% lines
    }
    QCOMPARE(b.stages.size(), a.stages.size());
    for (size_t s = 0; s < a.stages.size(); ++s) {
        const Stage &x = a.stages[s];
        const Stage &y = b.stages[s];
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.description, x.description);
        QCOMPARE(y.color, x.color);
        QCOMPARE(y.duration, x.duration);
        QCOMPARE(y.durationUnit, x.durationUnit);
        QCOMPARE(y.entering, x.entering);
        QCOMPARE(y.assessment, x.assessment);
        QCOMPARE(y.isConversion, x.isConversion);
        QCOMPARE(y.isValueDelivered, x.isValueDelivered);
        for (size_t l = 0; l < a.lanes.size(); ++l) {
            Cell expected = x.firstCells().value(a.lanes[l].id);
            Cell cell = y.firstCells().value(b.lanes[l].id);
            // Arrows name stages by id, new on import: compared by the JSON below.
            QCOMPARE(cell.arrows.size(), expected.arrows.size());
            expected.arrows.clear();
            cell.arrows.clear();
            QCOMPARE(cell, expected);
        }
    }
    // The arrows come back from the %% lines, to the new stages.
    QCOMPARE(b.stages[0].firstCells().value(b.lanes[0].id).arrows,
             (std::vector<CellArrow> {{b.stages[1].id, b.lanes[1].id},
                                      {b.stages[0].id, b.lanes[3].id}}));
    QCOMPARE(json(journeyAlone(b)), json(journeyAlone(a)));
    // The journey's persona comes back by name.
    QCOMPARE(in.fragment->personas.size(), size_t(1));
    QCOMPARE(in.fragment->personas[0].name, u"Agent"_s);
    QCOMPARE(b.personaId, in.fragment->personas[0].id);
    // Merged into the workspace it came from, the persona is the same one.
    Workspace target = original;
    Edit::mergeFragment(target, *in.fragment);
    QCOMPARE(target.personas.size(), original.personas.size());
    QCOMPARE(target.journeys[1].personaId, Id(102));
    // And exporting again gives the same text but for the ids.
    const QByteArray again = exported(*in.fragment);
    QCOMPARE(withoutParcoursComments(again), withoutParcoursComments(text));
}

void TestMermaidFormat::roundTripTrickyNames()
{
    const Workspace original = trickyWorkspace();
    const QByteArray text = exported(original);
    const ImportResult in = import(text);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(u'\n')));
    QCOMPARE(json(journeyAlone(in.fragment->journeys[0])),
             json(journeyAlone(original.journeys[0])));
    QCOMPARE(in.fragment->personas[0].name, original.personas[0].name);

    // The text Mermaid sees escapes its syntax characters the documented way.
    const QString visible = QString::fromUtf8(withoutParcoursComments(text));
    QVERIFY2(visible.contains(u"    title Sign-up: 50#37; off#59; #35;1 #60;b>deal#60;/b>\n"_s),
             qPrintable(visible));
    QVERIFY(visible.contains(u"    section Phase 1#58; discover#59; #35;2 #60;br> 100#37;\n"_s));
    QVERIFY(visible.contains(u"        #106;ourney planning: 3: Smith#44; John#58; CEO #35;1\n"_s));
    QVERIFY(visible.contains(u"        #84;itle deed: 3: "_s));
    QVERIFY(visible.contains(u"        #96;``fence: 3: "_s));
    QVERIFY(visible.contains(u"        #37;#37; not a comment: 3: "_s));
    QVERIFY(visible.contains(u"    section #32;\n"_s)); // an unnamed stage after the first
    QVERIFY(visible.contains(u"        #32;: 4\n"_s)); // an unnamed task
    QVERIFY(visible.contains(u"    section Two<br>lines\n"_s));
    QVERIFY(visible.contains(u"    accDescr {\nLine one {with braces#125;\n"_s));
}

void TestMermaidFormat::roundTripFromMermaid()
{
    // Mermaid → Parcours → Mermaid: the same diagram.
    const QByteArray source = readData(u"working-day.mmd"_s);
    const ImportResult in = import(source);
    QVERIFY(in.fragment);
    const QByteArray out = withoutParcoursComments(exported(*in.fragment));
    QList<QByteArray> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().startsWith("%%"))
            lines << line.trimmed();
    }
    QList<QByteArray> expected;
    for (const QByteArray &line : source.split('\n'))
        expected << line.trimmed();
    QCOMPARE(lines, expected);
}

void TestMermaidFormat::withoutCommentsKeepsTasksScoresActors()
{
    // A tool that drops the "%% parcours-" lines still gets stages, tasks, scores and actors.
    const Workspace original = TestData::everyField();
    const ImportResult in = import(withoutParcoursComments(exported(original)));
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const QList<Task> expected = {
        {u"Découverte"_s, u"Reads a review,"_s, 2, {u"Agent"_s}}, // emotion −1.5 → score 2
        {u"Découverte"_s, u"then \"asks\""_s, 2, {u"Agent"_s}},
    };
    QStringList sections;
    QCOMPARE(describe(tasksOf(in.fragment->journeys[0], &sections)), describe(expected));
    QCOMPARE(sections, (QStringList {u"Découverte"_s, u"注册"_s}));
    QCOMPARE(in.fragment->personas[0].name, u"Agent"_s);
}

void TestMermaidFormat::editedExportKeepsTheEdits()
{
    const Workspace original = TestData::everyField();
    QByteArray text = exported(original);
    QVERIFY(text.contains("        then \"asks\": 2: Agent\n"));
    text.replace("        then \"asks\": 2: Agent\n",
                 "        then \"asks\": 5: Agent, Buyer\n        Signs up: 4\n");
    const ImportResult in = import(text);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.warnings.size(), 1);
    QVERIFY2(in.warnings[0].contains(u"section \"Découverte\" differs from what Parcours "
                                     "exported"_s),
             qPrintable(in.warnings[0]));
    const Journey &j = in.fragment->journeys[0];
    const Stage &s = j.stages[0];
    // The edited section: a step per task, no task text left in the customer-actions cell.
    QCOMPARE(describe(tasksOf(j).mid(0, 3)),
             describe({{u"Découverte"_s, u"Reads a review,"_s, 2, {u"Agent"_s}},
                       {u"Découverte"_s, u"then \"asks\""_s, 5, {u"Agent"_s, u"Buyer"_s}},
                       {u"Découverte"_s, u"Signs up"_s, 4, {}}}));
    QCOMPARE(s.steps.size(), size_t(3));
    for (const Step &step : s.steps)
        QVERIFY(step.cells.value(j.lanes[0].id).text.isEmpty());
    // The first task's step keeps the stage's cells: its exact emotion (−1.5, still a 2), the
    // other lanes' text.
    QCOMPARE(s.steps[0].cells.value(j.lanes[2].id).emotion, std::optional<double>(-1.5));
    QCOMPARE(s.steps[0].cells.value(j.lanes[1].id),
             original.journeys[0].stages[0].firstCells().value(original.journeys[0].lanes[1].id));
    QCOMPARE(s.steps[1].cells.value(j.lanes[2].id).emotion, std::optional<double>(2));
    QCOMPARE(s.steps[2].cells.value(j.lanes[2].id).emotion, std::optional<double>(1));
    QCOMPARE(stageEmotion(s, j.lanes[2].id), std::optional<double>((-1.5 + 2 + 1) / 3));
    QCOMPARE(j.lanes.back().name, u"Actors"_s); // added for the actors now written per step
    QCOMPARE(s.duration, std::optional<double>(7.5)); // the stage's details are kept
    QCOMPARE(s.description, u"Hears of it"_s);
    QCOMPARE(j.stages[1], [&] {
        Stage expected = original.journeys[0].stages[1];
        expected.id = j.stages[1].id;
        expected.firstCells().clear();
        for (size_t l = 0; l < original.journeys[0].lanes.size(); ++l) { // the same lanes first
            const auto it = original.journeys[0].stages[1].firstCells().constFind(
                original.journeys[0].lanes[l].id);
            if (it != original.journeys[0].stages[1].firstCells().cend())
                expected.firstCells().insert(j.lanes[l].id, *it);
        }
        return expected;
    }());
    QCOMPARE(in.fragment->personas.size(), size_t(2)); // Agent, Buyer
}

void TestMermaidFormat::editingOneTaskKeepsTheOtherSteps()
{
    ImportResult in = import("journey\n  title Buy\n  section Visit\n"
                             "    See house: 4: Real-estate agent\n"
                             "    Ask price: 4: Real-estate agent\n"
                             "    Leave: 3: Real-estate agent\n"
                             "    Call back: 4: Real-estate agent\n"
                             "    Sign: 4: Real-estate agent\n"
                             "    Move in: 4: Real-estate agent\n");
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    Workspace w = *in.fragment;
    Journey &j = w.journeys[0];
    const Id actions = j.lanes[0].id;
    const Id emotion = j.lanes[1].id;
    QCOMPARE(j.stages[0].steps.size(), size_t(6));
    // The stage's emotion is the mean of its steps, 23 / 6 − 3.
    QCOMPARE(*stageEmotion(j.stages[0], emotion), 23.0 / 6 - 3);

    // In the journey editor: a step renamed, an exact emotion, a note in another lane.
    std::vector<Step> &steps = j.stages[0].steps;
    steps[0].name = u"See the house"_s;
    steps[2].cells[emotion].emotion = -0.25;
    steps[4].cells[actions].text = u"Signs at the notary"_s;
    QByteArray text = exported(w);
    QVERIFY(text.contains("        See the house: 4: Real-estate agent\n"));
    QVERIFY(text.contains("        Leave: 3: Real-estate agent\n")); // −0.25 is still a 3
    // Then one task renamed in the Mermaid file: only that step changes.
    QVERIFY(text.contains("        Call back: 4: Real-estate agent\n"));
    text.replace("        Call back: 4: Real-estate agent\n",
                 "        Call the agent back: 4: Real-estate agent\n");
    const ImportResult back = import(text);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.warnings.size(), 1); // the section differs from what Parcours exported
    const Journey &k = back.fragment->journeys[0];
    QStringList names;
    for (const Step &step : k.stages[0].steps)
        names << step.name;
    QCOMPARE(names,
             (QStringList {u"See the house"_s, u"Ask price"_s, u"Leave"_s, u"Call the agent back"_s,
                           u"Sign"_s, u"Move in"_s}));
    // The same score as exported: the exact emotion stays, and so do the other lanes.
    QCOMPARE(k.stages[0].steps[2].cells.value(k.lanes[1].id).emotion, std::optional<double>(-0.25));
    QCOMPARE(k.stages[0].steps[4].cells.value(k.lanes[0].id).text, u"Signs at the notary"_s);
    QCOMPARE(k.stages[0].steps[3].cells.value(k.lanes[1].id).emotion, std::optional<double>(1));

    // A score changed: the step's emotion is the new score − 3.
    text.replace("        Leave: 3: Real-estate agent\n", "        Leave: 2: Real-estate agent\n");
    const ImportResult rescored = import(text);
    const Journey &r = rescored.fragment->journeys[0];
    QCOMPARE(r.stages[0].steps[2].cells.value(r.lanes[1].id).emotion, std::optional<double>(-1));
}

void TestMermaidFormat::actionLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("score"); // 0: none
    QTest::addColumn<QStringList>("actors");
    QTest::newRow("plain") << u"Sees an ad, reads a review"_s << u"Sees an ad, reads a review"_s
                           << 0 << QStringList();
    QTest::newRow("score") << u"Make tea: 5"_s << u"Make tea"_s << 5 << QStringList();
    QTest::newRow("actors") << u"Do work: 1: Me, Cat"_s << u"Do work"_s << 1
                            << QStringList {u"Me"_s, u"Cat"_s};
    QTest::newRow("colon in name")
        << u"Step 1: read: 5: Me"_s << u"Step 1: read"_s << 5 << QStringList {u"Me"_s};
    QTest::newRow("time is not a score")
        << u"Meeting at 10:30"_s << u"Meeting at 10:30"_s << 0 << QStringList();
    QTest::newRow("out of scale") << u"Rating: 7"_s << u"Rating: 7"_s << 0 << QStringList();
    QTest::newRow("escaped actor")
        << u"Call: 3: Smith#44; John"_s << u"Call"_s << 3 << QStringList {u"Smith, John"_s};
}

void TestMermaidFormat::actionLines()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(int, score);
    QFETCH(QStringList, actors);
    const MermaidFormat::Task task = MermaidFormat::parseActionLine(line);
    QCOMPARE(task.name, name);
    QCOMPARE(task.score.value_or(0), score);
    QCOMPARE(task.actors, actors);
    if (score) { // written back, it reads the same
        QCOMPARE(MermaidFormat::parseActionLine(MermaidFormat::actionLine(task)), task);
    }
}

void TestMermaidFormat::actionLinesWithSyntaxInNames()
{
    // Colons and commas inside actor names are escaped; a name may hold colons and digits.
    const MermaidFormat::Task tricky {u"Level: 3"_s, 5, {u"A: B"_s, u"C, D"_s}};
    QCOMPARE(MermaidFormat::actionLine(tricky), u"Level: 3: 5: A#58; B, C#44; D"_s);
    QCOMPARE(MermaidFormat::parseActionLine(MermaidFormat::actionLine(tricky)), tricky);
    const MermaidFormat::Task alone {u"Level: 3"_s, 5, {}};
    QCOMPARE(MermaidFormat::parseActionLine(MermaidFormat::actionLine(alone)), alone);
    const MermaidFormat::Task entity {u"Ticket #58; <br> x"_s, 2, {u"#1"_s}};
    QCOMPARE(MermaidFormat::actionLine(entity), u"Ticket #35;58; #60;br> x: 2: #1"_s);
    QCOMPARE(MermaidFormat::parseActionLine(MermaidFormat::actionLine(entity)), entity);
}

void TestMermaidFormat::exportChoosesOneJourney()
{
    Workspace w = TestData::everyField();
    Journey second = w.journeys[0];
    second.id = 999;
    second.name = u"Second"_s;
    w.journeys.push_back(second);
    ExportResult out = MermaidFormat().write(w, {});
    QVERIFY(out.data.isEmpty());
    QCOMPARE(out.error,
             u"a Mermaid diagram holds one journey; choose one with --journey: 旅程 "
             "as-is, Second"_s);
    ExportOptions options;
    options.journey = 999;
    out = MermaidFormat().write(w, options);
    QVERIFY(out.data.contains("title Second\n"));
    QVERIFY(MermaidFormat().write(Workspace(), {}).error.contains(u"no journey"_s));
}

void TestMermaidFormat::mermaidOwnParserAcceptsExports()
{
    const QString checkDir = QStringLiteral(PARCOURS_SOURCE_DIR) + u"/tests/mermaid-check"_s;
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        QSKIP("Node.js is not installed: Mermaid's own parser cannot run (apt install nodejs npm)");
    if (!QFile::exists(checkDir + u"/node_modules/mermaid/package.json"_s)
        || !QFile::exists(checkDir + u"/node_modules/jsdom/package.json"_s))
        QSKIP("the mermaid and jsdom npm packages are not installed: run `npm install` in "
              "tests/mermaid-check (scripts/install-deps.sh does)");

    // Every sample exported, then read by Mermaid and by Parcours from the text Mermaid sees.
    QList<QByteArray> samples;
    samples << exported(TestData::everyField()) << exported(trickyWorkspace());
    samples << exported(*import(readData(u"working-day.mmd"_s)).fragment);
    samples << exported(*import(readData(u"messy.mmd"_s)).fragment);
    for (const QString &fixture :
         {u"checkout.mmd"_s, u"mermaid-spec.mmd"_s, u"before-sections.mmd"_s})
        samples << exported(*import(readData(fixture)).fragment);
    Workspace curves = TestData::withCurves();
    curves.journeys.pop_back();
    curves.journeys[0].compareWith = 0;
    samples << exported(curves);
    Workspace bare;
    bare.journeys.push_back({});
    bare.journeys[0].id = 1;
    samples << exported(bare);
    QTemporaryDir dir;
    QStringList files;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QString path = dir.filePath(u"sample%1.mmd"_s.arg(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(samples[i]);
        files << path;
    }
    QProcess process;
    process.setWorkingDirectory(checkDir);
    process.start(node, QStringList {u"check.mjs"_s} + files);
    QVERIFY2(process.waitForFinished(120000), "node check.mjs timed out");
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), samples.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject result = QJsonDocument::fromJson(lines[i]).object();
        QVERIFY2(result.value(u"ok"_s).toBool(),
                 qPrintable(u"sample %1: %2\n%3\n%4"_s.arg(i).arg(
                     result.value(u"error"_s).toString(), QString::fromUtf8(samples[i]), errors)));
        QList<Task> mermaid;
        for (const QJsonValue v : result.value(u"tasks"_s).toArray()) {
            const QJsonObject t = v.toObject();
            QStringList people;
            for (const QJsonValue p : t.value(u"people"_s).toArray())
                people << p.toString();
            mermaid << Task {t.value(u"section"_s).toString(), t.value(u"task"_s).toString(),
                             t.value(u"score"_s).toInt(), people};
        }
        const ImportResult ours = import(withoutParcoursComments(samples[i]));
        QVERIFY2(ours.fragment, qPrintable(ours.errors.join(u'\n')));
        QStringList sections;
        QCOMPARE(describe(mermaid), describe(tasksOf(ours.fragment->journeys[0], &sections)));
        QStringList mermaidSections;
        for (const QJsonValue v : result.value(u"sections"_s).toArray())
            mermaidSections << v.toString();
        if (!sections.isEmpty() && sections.first().isEmpty()
            && mermaidSections.size() < sections.size())
            sections.removeFirst(); // Mermaid has no section for tasks before the first one
        QCOMPARE(mermaidSections, sections);
    }
}

// Issue #16 item 7: each actor becomes a persona. Up to the limits a file is read, in time
// linear in its size (actors are found in a hash, not a list: see tests/bench); an actor more
// is refused, naming the line where the file goes over.
namespace {

QByteArray manyActors(int first, int count)
{
    QByteArray actors;
    for (int i = first; i < first + count; ++i)
        actors += (i > first ? ", Actor " : "Actor ") + QByteArray::number(i);
    return actors;
}

} // namespace

void TestMermaidFormat::actorsUpToTheLimitsBecomePersonas()
{
    QByteArray text = "journey\n  section Many\n";
    for (int i = 0; i < MermaidFormat::maxPersonas; ++i)
        text += "    Task " + QByteArray::number(i) + ": 3: Actor " + QByteArray::number(i)
            + ", Actor 0\n";
    text += "    Meet everyone: 4: " + manyActors(0, MermaidFormat::maxActorsPerTask) + '\n';
    const ImportResult in = import(text);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const std::vector<Persona> &personas = in.fragment->personas;
    QCOMPARE(personas.size(), size_t(MermaidFormat::maxPersonas));
    QCOMPARE(personas.front().name, u"Actor 0"_s);
    QCOMPARE(personas[1].name, u"Actor 1"_s);
    QCOMPARE(personas.back().name, u"Actor 9999"_s);
    QCOMPARE(in.fragment->journeys[0].personaId, personas.front().id);
}

void TestMermaidFormat::tooManyActorsOnOneTaskRefused()
{
    const ImportResult in
        = import("journey\n  section Crowd\n    Meet everyone: 4: "
                 + manyActors(0, MermaidFormat::maxActorsPerTask + 1) + "\n    Leave: 2: Me\n");
    QCOMPARE(in.errors,
             QStringList {u"j.mmd:3: 1001 actors on one task; Parcours reads at most 1000 (each "
                          u"actor becomes a persona)"_s});
    QVERIFY(!in.fragment);
}

void TestMermaidFormat::tooManyActorsInOneFileRefused()
{
    QByteArray text = "journey\n  section Many\n";
    for (int i = 0; i < MermaidFormat::maxPersonas + 3; ++i)
        text += "    Task: 3: Actor 0, Actor " + QByteArray::number(i) + '\n';
    const ImportResult in = import(text);
    QCOMPARE(in.errors,
             QStringList {u"j.mmd:10003: \"Actor 10000\" is actor number 10001; Parcours reads "
                          u"at most 10000 different actors from one file (each actor becomes a "
                          u"persona)"_s});
    QVERIFY(!in.fragment);
}

void TestMermaidFormat::arrowsToADeletedSection()
{
    // The second section deleted in a text editor: the arrow into it goes, the one within the
    // first stage stays.
    const QString text = QString::fromUtf8(exported(TestData::everyField()));
    const qsizetype second = text.indexOf(u"    section 注册"_s);
    QVERIFY(second > 0);
    const ImportResult in = import(text.left(second).toUtf8());
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Journey &j = in.fragment->journeys[0];
    QCOMPARE(j.stages.size(), size_t(1));
    QCOMPARE(j.stages[0].firstCells().value(j.lanes[0].id).arrows,
             (std::vector<CellArrow> {{j.stages[0].id, j.lanes[3].id}}));
    QCOMPARE(in.warnings.size(), 1);
    QVERIFY2(in.warnings[0].contains(u"arrows to a stage or lane no longer in the diagram are "
                                     "left out (1)"_s),
             qPrintable(in.warnings[0]));
}

QTEST_GUILESS_MAIN(TestMermaidFormat)
#include "tst_mermaidformat.moc"
