// Hostile files and command lines that tst_hostileinput, tst_parserfuzz and tst_cli do not
// cover: a pipe where a workspace or an output is expected, values of megabytes quoted in
// messages, workspaces that refuse an import and why.
#include "domain/workspace.h"
#include "formats/workspaceformat.h"
#include "store/migrations.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

// A named pipe, held open for reading and writing so that opening it never waits, holding
// `bytes` for whoever reads it first.
class Fifo
{
public:
    Fifo(const QString &path, const QByteArray &bytes)
    {
        const QByteArray name = QFile::encodeName(path);
        if (::mkfifo(name.constData(), 0600) != 0)
            return;
        mFd = ::open(name.constData(), O_RDWR | O_NONBLOCK);
        if (mFd >= 0 && !bytes.isEmpty())
            mWritten = ::write(mFd, bytes.constData(), size_t(bytes.size())) == bytes.size();
        else
            mWritten = mFd >= 0;
    }
    ~Fifo()
    {
        if (mFd >= 0)
            ::close(mFd);
    }
    Fifo(const Fifo &) = delete;
    Fifo &operator=(const Fifo &) = delete;
    bool isValid() const { return mFd >= 0 && mWritten; }

private:
    int mFd = -1;
    bool mWritten = false;
};

QByteArray headerOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pipeIsNoWorkspace();
    void exportToStandardOutputPipe();
    void hugeValuesQuotedShort_data();
    void hugeValuesQuotedShort();
    void importIntoNewerWorkspaceSaysWhy();
    void optionGivenTwice();
    void outputFolderMissing();

private:
    QTemporaryDir mDir;
    QString mWorkspace;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(mDir.isValid());
    mWorkspace = mDir.filePath(u"w.parcours"_s);
    Workspace w;
    w.info.name = u"Hostile"_s;
    QVERIFY(WorkspaceStore::create(mWorkspace, w).store);
}

// A pipe named like a workspace is refused by name, before anything reads it: reading would
// wait for a writer (the command line hung), or take the bytes another reader expects.
void TestHostileFiles::pipeIsNoWorkspace()
{
    const QString pipe = mDir.filePath(u"pipe.parcours"_s);
    // It holds what a workspace file starts with, so only its kind can tell.
    const Fifo fifo(pipe, headerOf(mWorkspace));
    QVERIFY(fifo.isValid());
    QVERIFY(WorkspaceStore::isWorkspaceFile(mWorkspace));
    QVERIFY(!WorkspaceStore::isWorkspaceFile(pipe));

    const WorkspaceStore::OpenResult opened = WorkspaceStore::open(pipe);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error, u"this is a pipe or a device, not a workspace file"_s);
    QVERIFY2(!QFile::exists(pipe + u".lock"_s), "a writer lock was left beside the pipe");
    QCOMPARE(WorkspaceStore::check(pipe),
             QStringList {u"this is a pipe or a device, not a workspace file"_s});
    // A folder gets the same message from check as from open.
    QCOMPARE(WorkspaceStore::check(mDir.path()),
             QStringList {u"this is a folder, not a workspace file"_s});
}

// `-o /dev/stdout` into a pipe: the command line read its own output pipe to see whether it
// was a workspace, and waited for ever.
void TestHostileFiles::exportToStandardOutputPipe()
{
    CliOptions options;
    options.timeoutMs = 30000;
    const CliRun r = runParcours(
        {u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, u"/dev/stdout"_s}, options);
    QVERIFY2(r.code == 0, qPrintable(QString::number(r.code) + u' ' + r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"parcours-workspace"_s);
}

// A value of a megabyte where a short one is expected: the message quotes its start, not all of
// it (each was a message of a megabyte), and still names the line and the column.
void TestHostileFiles::hugeValuesQuotedShort_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("start"); // of the one error
    const QByteArray big(1 << 20, 'y');
    const QByteArray useCases
        = "persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n";
    const QByteArray journey
        = "journey,stage_order,stage,lane,value,assessment,emotion,duration,entering\n";
    const QByteArray metrics
        = "period_start,period_end,customers_start,customers_new,customers_end,dau,mau\n";
    QTest::newRow("frequency") << u"usecases-csv"_s << useCases + "Ana,,Pay,,," + big + ",,,\n"
                               << u"f.csv:2: frequency: \"yyy"_s;
    QTest::newRow("weight") << u"usecases-csv"_s << useCases + "Ana,,Pay,,,daily," + big + ",,\n"
                            << u"f.csv:2: weight \"yyy"_s;
    QTest::newRow("status") << u"usecases-csv"_s << useCases + "Ana,,Pay,,,daily,," + big + ",\n"
                            << u"f.csv:2: status \"yyy"_s;
    QTest::newRow("stage_order") << u"journey-csv"_s << journey + "J," + big + ",S,L,v,,,,\n"
                                 << u"f.csv:2: stage_order \"yyy"_s;
    QTest::newRow("emotion") << u"journey-csv"_s << journey + "J,1,S,L,v,,1" + big + ",,\n"
                             << u"f.csv:2: emotion \"1yyy"_s;
    QTest::newRow("stage named twice")
        << u"journey-csv"_s << journey + "J,1," + big + ",L,v,,,,\nJ,1,T,M,v,,,,\n"
        << u"f.csv:3: stage 1 is named \"yyy"_s;
    QTest::newRow("period_start") << u"metrics-csv"_s << metrics + big + ",2026-01-31,1,1,1,,\n"
                                  << u"f.csv:2: period_start: \"yyy"_s;
    QTest::newRow("customers_new")
        << u"metrics-csv"_s << metrics + "2026-01-01,2026-01-31,1," + big + ",1,,\n"
        << u"f.csv:2: customers_new: \"yyy"_s;
    QByteArray wide = "a";
    for (int i = 0; i < 200000; ++i)
        wide += ",a";
    QTest::newRow("200001 columns") << u"usecases-csv"_s << wide + "\n"
                                    << u"f.csv:1: the header must be exactly persona,"_s;
    QTest::newRow("json value") << u"json"_s
                                << "{\"format\": \"parcours-workspace\", \"version\": 1, "
                                   "\"workspace\": {\"name\": \"W\", \"retention_type\": \""
            + big + "\"}}" << u"f.csv: workspace.retention_type: unknown value \"yyy"_s;
}

void TestHostileFiles::hugeValuesQuotedShort()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, data);
    QFETCH(QString, start);
    ImportOptions options;
    options.fileName = u"f.csv"_s;
    const ImportResult in = WorkspaceFormats::find(format)->read(data, options);
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    const QString &error = in.errors.first();
    QVERIFY2(error.startsWith(start), qPrintable(error.left(300)));
    QVERIFY2(error.size() < 400, qPrintable(QString::number(error.size())));
    QVERIFY2(error.contains(u'…'), qPrintable(error));
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

// A workspace of a newer Parcours opens read-only; an import into it said only "the workspace
// is read-only", which the file's permissions did not explain.
void TestHostileFiles::importIntoNewerWorkspaceSaysWhy()
{
    const QString newer = mDir.filePath(u"newer.parcours"_s);
    QVERIFY(QFile::copy(mWorkspace, newer));
    const int version = Migrations::currentVersion() + 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = hashOf(newer);

    const QString csv = mDir.filePath(u"u.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("persona,problem,use_case,why_better,alternative,frequency,weight,status,notes\n"
               "Ana,,Pay,,,daily,,,\n");
    file.close();
    const QString mmd = QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid/working-day.mmd"_s;
    const QString expected = u"parcours: %1: The file was made by a newer version of Parcours "
                             "(file format %2): it opened read-only.\n"_s.arg(newer)
                                 .arg(version);
    for (const QStringList &args :
         {QStringList {u"import"_s, csv, u"--format"_s, u"usecases-csv"_s, u"-o"_s, newer},
          QStringList {u"import"_s, mmd, u"--format"_s, u"mermaid"_s, u"-o"_s, newer}}) {
        const CliRun r = runParcours(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, expected);
        QCOMPARE(hashOf(newer), before);
    }
}

// An option given twice with two values took the last one silently: another file written, or
// another format. Now a usage error that names both; the same value twice is harmless.
void TestHostileFiles::optionGivenTwice()
{
    const QString a = mDir.filePath(u"a.json"_s);
    const QString b = mDir.filePath(u"b.json"_s);
    const QString tryHelp = u"\nTry 'parcours --help'.\n"_s;
    const QList<std::pair<QStringList, QString>> cases = {
        {{u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"--format"_s, u"mermaid"_s, u"-o"_s,
          a},
         u"parcours: --format is given twice (json and mermaid); give it once"_s},
        {{u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, a, u"--output="_s + b},
         u"parcours: --output is given twice (%1 and %2); give it once"_s.arg(a, b)},
        {{u"import"_s, a, u"--format"_s, u"json"_s, u"-o"_s, mDir.filePath(u"i.parcours"_s),
          u"-f"_s, u"mermaid"_s},
         u"parcours: --format is given twice (json and mermaid); give it once"_s},
        {{u"new"_s, mDir.filePath(u"n.parcours"_s), u"--template"_s, u"saas"_s, u"--template"_s,
          u"service"_s},
         u"parcours: --template is given twice (saas and service); give it once"_s},
    };
    for (const auto &[args, message] : cases) {
        const CliRun r = runParcours(args);
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + u" → "_s + QString::number(r.code)));
        QCOMPARE(r.err, message + tryHelp);
    }
    QVERIFY(!QFile::exists(a));
    QVERIFY(!QFile::exists(b));
    QVERIFY(!QFile::exists(mDir.filePath(u"n.parcours"_s)));

    const CliRun same = runParcours(
        {u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, a, u"--format=json"_s});
    QVERIFY2(same.code == 0, qPrintable(same.err));
    QVERIFY(QFile::exists(a));
}

// An output in a folder that does not exist: "No such file or directory" (the system's words,
// after the whole export was made) became a message naming the folder, before any work.
void TestHostileFiles::outputFolderMissing()
{
    const QString folder = mDir.filePath(u"nowhere"_s);
    const QString expected = u"parcours: %1: the folder %2 does not exist\n"_s;
    const QList<QStringList> commands = {
        {u"export"_s, mWorkspace, u"--format"_s, u"json"_s, u"-o"_s, folder + u"/w.json"_s},
        {u"export"_s, mWorkspace, u"--format"_s, u"svg"_s, u"-o"_s, folder + u"/w.svg"_s},
        {u"import"_s, QStringLiteral(PARCOURS_TEST_DATA) + u"/mermaid/working-day.mmd"_s,
         u"--format"_s, u"mermaid"_s, u"-o"_s, folder + u"/w.parcours"_s},
        {u"new"_s, folder + u"/n.parcours"_s},
    };
    for (const QStringList &args : commands) {
        const CliRun r = runParcours(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, expected.arg(args.last(), QDir::toNativeSeparators(folder)));
    }
    QVERIFY(!QFileInfo::exists(folder));
    // In French too.
    const CliRun fr = runParcours(commands.first(), inLocale(u"fr_FR.UTF-8"_s));
    QCOMPARE(fr.err,
             u"parcours: %1: le dossier %2 n’existe pas\n"_s.arg(commands.first().last(), folder));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
