// `parcours new`: a workspace file from a template, as a workshop facilitator would script it.
#include "analytics/journeyanalytics.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

CliRun runNew(const QStringList &args, const CliOptions &options = {})
{
    return runParcours(QStringList {u"new"_s} + args, options);
}

} // namespace

class TestNewCommand : public QObject
{
    Q_OBJECT

private slots:
    void templateInFrench();
    void everyTemplateInEnglish();
    void blueprintInFrench();
    void emptyWorkspace();
    void refusesToOverwrite();
    void usageErrors();
    void refusesASharedLocation();

private:
    QTemporaryDir mDir;
};

void TestNewCommand::templateInFrench()
{
    const QString path = mDir.filePath(u"atelier.parcours"_s);
    const CliRun r = runNew({path, u"--template"_s, u"saas"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Abonnement SaaS"_s), qPrintable(r.out));
    WorkspaceStore::OpenResult opened
        = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(opened.store, qPrintable(opened.error));
    const Workspace &w = opened.workspace;
    QCOMPARE(w.info.name, u"atelier"_s);
    QCOMPARE(w.info.retentionType, RetentionType::Continuous);
    QCOMPARE(int(w.journeys.size()), 1);
    const Journey &j = w.journeys.front();
    QCOMPARE(j.name, u"Abonnement SaaS"_s);
    QCOMPARE(j.stages.front().name, u"Découverte"_s);
    QCOMPARE(j.lanes[4].name, u"Émotion"_s);
    QVERIFY(timeToValue(j).isComplete());
}

void TestNewCommand::everyTemplateInEnglish()
{
    const QList<std::pair<QString, RetentionType>> cases
        = {{u"saas"_s, RetentionType::Continuous},
           {u"seasonal"_s, RetentionType::Discontinuous},
           {u"service"_s, RetentionType::Intentional}};
    for (const auto &[key, retention] : cases) {
        const QString path = mDir.filePath(key + u".parcours"_s);
        const CliRun r = runNew({u"--template"_s, key, path});
        QCOMPARE(r.code, 0);
        WorkspaceStore::OpenResult opened
            = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY(opened.store);
        QCOMPARE(opened.workspace.info.retentionType, retention);
        QCOMPARE(int(opened.workspace.journeys.size()), 1);
        QVERIFY(opened.workspace.journeys.front().stages.size() >= 8);
        QCOMPARE(opened.workspace.journeys.front().lanes.front().name, u"Customer actions"_s);
    }
}

void TestNewCommand::blueprintInFrench()
{
    const QString path = mDir.filePath(u"plan.parcours"_s);
    const CliRun r = runNew({path, u"--template"_s, u"blueprint"_s, u"--lang"_s, u"fr"_s});
    QCOMPARE(r.code, 0);
    WorkspaceStore::OpenResult opened
        = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(opened.store, qPrintable(opened.error));
    const Journey &j = opened.workspace.journeys.front();
    QCOMPARE(j.name, u"Plan de service (service blueprint)"_s);
    QStringList groups;
    for (const Lane &l : j.lanes)
        groups << l.group;
    QCOMPARE(groups,
             (QStringList {u"evidence"_s, u"customer"_s, QString(), u"frontstage"_s, u"backstage"_s,
                           u"support"_s}));
    QCOMPARE(j.lanes[5].name, u"Processus de support"_s);

    // Printed on A2: the three lines, labelled at the left, are searchable text of the PDF.
    const QString pdf = mDir.filePath(u"plan.pdf"_s);
    const CliRun exported = runParcours(
        {u"export"_s, path, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--page"_s, u"A2"_s});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the poster's text is not checked");
    QProcess text;
    text.start(pdftotext, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {u"Line of interaction"_s, u"Line of visibility"_s, u"Line of internal interaction"_s,
          u"Prestataire de paiement"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in "_s + words));
    }
}

void TestNewCommand::emptyWorkspace()
{
    const QString path = mDir.filePath(u"empty.parcours"_s);
    const CliRun r = runNew({path});
    QCOMPARE(r.code, 0);
    WorkspaceStore::OpenResult opened
        = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
    QVERIFY(opened.store);
    QVERIFY(opened.workspace.journeys.empty());
    QCOMPARE(opened.workspace.info.name, u"empty"_s);
}

void TestNewCommand::refusesToOverwrite()
{
    const QString path = mDir.filePath(u"keep.parcours"_s);
    QCOMPARE(runNew({path, u"--template"_s, u"service"_s}).code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();

    const CliRun again = runNew({path, u"--template"_s, u"saas"_s});
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(u"keep.parcours"_s), qPrintable(again.err));
    QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);

    // Any existing file, not only workspaces.
    const QString notes = mDir.filePath(u"notes.txt"_s);
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("notes\n");
    text.close();
    QCOMPARE(runNew({notes}).code, 2);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("notes\n"));
}

void TestNewCommand::usageErrors()
{
    const CliRun unknown = runNew({mDir.filePath(u"x.parcours"_s), u"--template"_s, u"retail"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"saas, seasonal, service, blueprint"_s));
    QVERIFY(!QFile::exists(mDir.filePath(u"x.parcours"_s)));
    QCOMPARE(runNew({mDir.filePath(u"y.parcours"_s), u"--lang"_s, u"de"_s}).code, 1);
    QCOMPARE(runNew({}).code, 1);
    QCOMPARE(runNew({u"a.parcours"_s, u"b.parcours"_s}).code, 1);
}

// A location on a server is not a file to make: `new` says what to do instead and writes
// nothing (before, it made a file named after the URL, password and all).
void TestNewCommand::refusesASharedLocation()
{
    CliOptions here;
    here.workingDirectory = mDir.path();
    const QStringList before = QDir(mDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &url :
         {u"postgresql://alice:S3cret@db.example.com/parcours?workspace=team"_s,
          u"postgres://alice@db.example.com/parcours"_s}) {
        const CliRun r = runNew({url, u"--template"_s, u"saas"_s}, here);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"parcours: postgres"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"new makes a workspace file, not a shared workspace"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"parcours publish FILE postgres"_s), qPrintable(r.err));
        QVERIFY2(!(r.out + r.err).contains(u"S3cret"_s), qPrintable(r.err));
        QCOMPARE(QDir(mDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }
}

QTEST_GUILESS_MAIN(TestNewCommand)
#include "tst_newcommand.moc"
