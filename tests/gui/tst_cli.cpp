#include "testworkspaces.h"
#include "workspacestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The parcours executable's command-line modes, as a script would use them.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void checkSoundAndBrokenFiles();
    void infoJsonContract();
    void infoText();
    void usageErrorsExitOne();
    void jsonExportImportRoundTrip();
    void exportUnknownJourneyListsNames();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QTemporaryDir mDir;
    QString mWorkspace;
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // command-line modes must not need a display
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_EXECUTABLE), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, {}};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::initTestCase()
{
    mWorkspace = mDir.filePath(u"w.parcours"_s);
    QVERIFY(WorkspaceStore::create(mWorkspace, TestData::everyField()).store);
}

void TestCli::versionAndHelp()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(u"parcours "_s));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"parcours check FILE"_s));
    QVERIFY(help.out.contains(u"parcours info FILE [--json]"_s));
}

void TestCli::checkSoundAndBrokenFiles()
{
    const Run sound = run({u"check"_s, mWorkspace});
    QCOMPARE(sound.code, 0);

    const QString text = mDir.filePath(u"notes.parcours"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text\n");
    f.close();
    const Run broken = run({u"check"_s, text});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(u"parcours: "_s + text + u": not a Parcours workspace"_s),
             qPrintable(broken.err));
    const Run missing = run({u"info"_s, mDir.filePath(u"nope.parcours"_s)});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(u"does not exist"_s));
}

void TestCli::infoJsonContract()
{
    const Run info = run({u"info"_s, mWorkspace, u"--json"_s});
    QCOMPARE(info.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"schema_version"_s).toInt(), Migrations::currentVersion());
    const QJsonArray personas = root.value(u"personas"_s).toArray();
    QCOMPARE(personas.size(), 2);
    const QJsonObject buyer = personas.at(0).toObject();
    QCOMPARE(buyer.value(u"name"_s).toString(), u"Acheteur «maison»"_s);
    QCOMPARE(buyer.value(u"use_cases"_s).toInt(), 3);
    QVERIFY(buyer.value(u"forgotten_zone"_s).isBool());
    QCOMPARE(buyer.value(u"forgotten_zone"_s).toBool(), true);
    QCOMPARE(personas.at(1).toObject().value(u"forgotten_zone"_s).toBool(), false);
    const QJsonObject journey = root.value(u"journeys"_s).toArray().at(0).toObject();
    QCOMPARE(journey.value(u"name"_s).toString(), u"旅程 as-is"_s);
    QCOMPARE(journey.value(u"persona"_s).toString(), u"Agent"_s);
    QCOMPARE(journey.value(u"stages"_s).toArray(), QJsonArray({u"Découverte"_s, u"注册"_s}));
}

void TestCli::infoText()
{
    const Run info = run({u"info"_s, mWorkspace});
    QCOMPARE(info.code, 0);
    QVERIFY(info.out.contains(u"Acheteur «maison»"_s));
    QVERIFY(info.out.contains(u"Découverte → 注册"_s));
}

void TestCli::usageErrorsExitOne()
{
    QCOMPARE(run({u"check"_s}).code, 1);
    QCOMPARE(run({u"info"_s, mWorkspace, u"extra"_s}).code, 1);
    QCOMPARE(run({u"export"_s, mWorkspace, u"--format"_s, u"nope"_s, u"-o"_s, u"x"_s}).code, 1);
    const Run bad = run({u"--frobnicate"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(u"unknown option"_s));
}

void TestCli::jsonExportImportRoundTrip()
{
    const QString json = mDir.filePath(u"w.json"_s);
    QCOMPARE(run({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, json}).code, 0);
    const QString copy = mDir.filePath(u"copy.parcours"_s);
    const Run imported = run({u"import"_s, json, u"--format"_s, u"json"_s, u"-o"_s, copy});
    QCOMPARE(imported.code, 0);
    const WorkspaceStore::OpenResult a = WorkspaceStore::open(mWorkspace);
    const WorkspaceStore::OpenResult b = WorkspaceStore::open(copy);
    QVERIFY(a.store && b.store);
    // Ids are fresh on import; everything else is equal.
    QCOMPARE(b.workspace.info, a.workspace.info);
    QCOMPARE(b.workspace.personas.size(), a.workspace.personas.size());
    for (size_t i = 0; i < a.workspace.personas.size(); ++i) {
        QCOMPARE(b.workspace.personas[i].name, a.workspace.personas[i].name);
        QCOMPARE(b.workspace.personas[i].useCases.size(), a.workspace.personas[i].useCases.size());
        for (size_t u = 0; u < a.workspace.personas[i].useCases.size(); ++u) {
            UseCase left = a.workspace.personas[i].useCases[u];
            left.id = b.workspace.personas[i].useCases[u].id;
            QCOMPARE(b.workspace.personas[i].useCases[u], left);
        }
    }
    QCOMPARE(b.workspace.journeys.front().stages.size(), size_t(2));
    QCOMPARE(b.workspace.journeys.front().stages[0].cells.size(), 2);

    const QString broken = mDir.filePath(u"broken.json"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"parcours-workspace\",\n \"version\": 1,\n \"personas\": [}");
    f.close();
    const Run bad = run({u"import"_s, broken, u"--format"_s, u"json"_s, u"-o"_s, copy});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(u"line 3"_s), qPrintable(bad.err));
}

void TestCli::exportUnknownJourneyListsNames()
{
    const Run r = run({u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"--journey"_s, u"Nope"_s,
                       u"-o"_s, mDir.filePath(u"x.json"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"旅程 as-is"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(mDir.filePath(u"x.json"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
