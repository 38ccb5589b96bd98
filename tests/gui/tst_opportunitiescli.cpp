#include "store/workspacestore.h"
#include "support/parcoursrun.h"
#include "support/testworkspaces.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

// Opportunities on the command line (issue 20): the tracker CSV's export and import, the
// report's "opportunities" and its top ten, the bundled sample's board.
class TestOpportunitiesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportJsonKeyByKey();
    void readableReportListsTopTen();
    void trackerCsvExportImportAndImportAgain();
    void badCsvImportsNothing();
    void failedWriteExitsNonZero();
    void sampleHasABoard();

private:
    QString workspaceWith(const QString &name, const Workspace &w);
    QJsonArray reportedOpportunities(const QString &workspace);
    static Workspace twelveOpportunities();

    QTemporaryDir mDir;
    QString mWorkspace;
};

void TestOpportunitiesCli::initTestCase()
{
    Workspace w = TestData::everyField(); // 701: value 6, effort 5, 3 votes
    Opportunity quick;
    quick.id = 702;
    quick.title = u"Quick"_s;
    quick.customerValue = 5;
    quick.businessValue = 4;
    quick.effort = 2;
    quick.votes = 1; // 9 × (1 + 1/4) / 2 = 5.625
    w.opportunities.push_back(quick);
    mWorkspace = workspaceWith(u"w.parcours"_s, w);
}

QString TestOpportunitiesCli::workspaceWith(const QString &name, const Workspace &w)
{
    QString path = mDir.filePath(name);
    if (!WorkspaceStore::create(path, w).store)
        return {};
    return path;
}

QJsonArray TestOpportunitiesCli::reportedOpportunities(const QString &workspace)
{
    const CliRun report = runParcours({u"report"_s, workspace, u"--json"_s});
    if (report.code != 0)
        return {};
    return QJsonDocument::fromJson(report.out.toUtf8())
        .object()
        .value(u"opportunities"_s)
        .toArray();
}

Workspace TestOpportunitiesCli::twelveOpportunities()
{
    Workspace w;
    for (int i = 1; i <= 12; ++i) {
        Opportunity o;
        o.id = 900 + i;
        o.title = u"Idea %1"_s.arg(i);
        o.customerValue = 1 + i % 5;
        o.businessValue = 1 + (i / 3) % 5;
        o.effort = 1 + (i * 7) % 5;
        w.opportunities.push_back(o);
    }
    return w;
}

void TestOpportunitiesCli::reportJsonKeyByKey()
{
    const QJsonArray ranked = reportedOpportunities(mWorkspace);
    QCOMPARE(ranked.size(), 2);
    const QSet<QString> keys
        = {u"title"_s, u"status"_s, u"customer_value"_s, u"business_value"_s, u"effort"_s,
           u"votes"_s, u"score"_s,  u"quadrant"_s,       u"links"_s};
    for (const QJsonValue entry : ranked) {
        const QStringList names = entry.toObject().keys();
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), keys);
    }
    const QJsonObject quick = ranked[0].toObject();
    QCOMPARE(quick[u"title"_s], QJsonValue(u"Quick"_s));
    QCOMPARE(quick[u"status"_s], QJsonValue(u"idea"_s));
    QCOMPARE(quick[u"customer_value"_s], QJsonValue(5));
    QCOMPARE(quick[u"business_value"_s], QJsonValue(4));
    QCOMPARE(quick[u"effort"_s], QJsonValue(2));
    QCOMPARE(quick[u"votes"_s], QJsonValue(1));
    QCOMPARE(quick[u"score"_s], QJsonValue(5.625));
    QCOMPARE(quick[u"quadrant"_s], QJsonValue(u"quick_win"_s));
    QCOMPARE(quick[u"links"_s], QJsonValue(QJsonArray()));

    const QJsonObject linked = ranked[1].toObject();
    QCOMPARE(linked[u"title"_s], QJsonValue(u"Relancer « l'acheteur »"_s));
    QCOMPARE(linked[u"status"_s], QJsonValue(u"planned"_s));
    QCOMPARE(linked[u"customer_value"_s], QJsonValue(4));
    QCOMPARE(linked[u"business_value"_s], QJsonValue(2));
    QCOMPARE(linked[u"effort"_s], QJsonValue(5));
    QCOMPARE(linked[u"votes"_s], QJsonValue(3));
    QCOMPARE(linked[u"score"_s], QJsonValue(2.1)); // 6 × (1 + 3/4) / 5
    QCOMPARE(linked[u"quadrant"_s], QJsonValue(u"big_bet"_s));
    const QJsonArray links = linked[u"links"_s].toArray();
    QCOMPARE(links.size(), 3);
    const QJsonObject expected[] = {
        {{u"kind"_s, u"stage"_s}, {u"name"_s, u"Découverte"_s}},
        {{u"kind"_s, u"cell"_s}, {u"name"_s, u"注册 — Touchpoints"_s}},
        {{u"kind"_s, u"use_case"_s}, {u"name"_s, u"Search listings"_s}},
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(links[i].toObject(), expected[i]);
}

void TestOpportunitiesCli::readableReportListsTopTen()
{
    const CliRun two = runParcours({u"report"_s, mWorkspace});
    QCOMPARE(two.code, 0);
    QVERIFY2(two.out.contains(u"Opportunities, ranked by score:\n"
                              "  1. Quick — score 5.63, Quick win\n"
                              "  2. Relancer « l'acheteur » — score 2.1, Big bet\n"_s),
             qPrintable(two.out));

    const QString many = workspaceWith(u"many.parcours"_s, twelveOpportunities());
    const CliRun report = runParcours({u"report"_s, many});
    QCOMPARE(report.code, 0);
    const QString heading = u"Top 10 of 12 opportunities, ranked by score:\n"_s;
    QVERIFY2(report.out.contains(heading), qPrintable(report.out));
    const QStringList lines = report.out.mid(report.out.indexOf(heading) + heading.size())
                                  .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    // The ranks follow the JSON's order.
    const QJsonArray ranked = reportedOpportunities(many);
    for (int i = 0; i < 10; ++i) {
        const QString start
            = u"  %1. %2 — score "_s.arg(i + 1).arg(ranked[i].toObject()[u"title"_s].toString());
        QVERIFY2(lines[i].startsWith(start), qPrintable(lines[i]));
    }

    const CliRun french = runParcours({u"report"_s, mWorkspace}, inLocale(u"fr_FR.UTF-8"_s));
    QCOMPARE(french.code, 0);
    QVERIFY2(french.out.contains(u"Opportunités, classées par score\u00a0:\n"
                                 "  1. Quick — score 5,63, Gain rapide\n"_s),
             qPrintable(french.out));
    const CliRun frenchMany = runParcours({u"report"_s, many}, inLocale(u"fr_FR.UTF-8"_s));
    QVERIFY2(frenchMany.out.contains(u"Les 10 meilleures des 12 opportunités, classées par "
                                     "score\u00a0:\n"_s),
             qPrintable(frenchMany.out));
}

void TestOpportunitiesCli::trackerCsvExportImportAndImportAgain()
{
    const QString csv = mDir.filePath(u"opps.csv"_s);
    const CliRun exported = runParcours(
        {u"export"_s, mWorkspace, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, csv});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("Summary,Description,Priority,Labels,Labels,Labels,Labels,"
                                       "Status,owner,status_key,"));

    // Into the same workspace without its opportunities: they come back, ranked.
    Workspace without = TestData::everyField();
    without.opportunities.clear();
    const QString target = workspaceWith(u"target.parcours"_s, without);
    const QStringList import
        = {u"import"_s, csv, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, target};
    const CliRun first = runParcours(import);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"Imported 2 rows from "_s), qPrintable(first.out));
    QCOMPARE(reportedOpportunities(target), reportedOpportunities(mWorkspace));

    // Again: nothing added, and a warning says why.
    const CliRun second = runParcours(import);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(u"opps.csv: warning: 2 opportunities are already in the "
                                 "workspace; not added again"_s),
             qPrintable(second.err));
    QCOMPARE(reportedOpportunities(target).size(), 2);

    // Into a new workspace, the links name nothing: an error, and no file.
    const QString fresh = mDir.filePath(u"fresh.parcours"_s);
    const CliRun refused
        = runParcours({u"import"_s, csv, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, fresh});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(u"opps.csv:3: links: no stage, cell or use case of the "
                                  "workspace is named \"旅程 as-is › Découverte\""_s),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(fresh));
}

void TestOpportunitiesCli::badCsvImportsNothing()
{
    Workspace without = TestData::everyField();
    without.opportunities.clear();
    const QString target = workspaceWith(u"bad-target.parcours"_s, without);
    const QString csv = mDir.filePath(u"bad.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Summary,Description,Priority,Labels,Status,owner,status_key,customer_value,"
               "business_value,effort,votes,score,quadrant,links\r\n"
               "Good,,,,,,idea,3,3,3,0,,,\r\n"
               "Bad,,,,,,idea,3,3,7,0,,,\r\n"
               "Worse,,,,,,idea,3,3,3,-1,,,\r\n");
    file.close();
    const CliRun r
        = runParcours({u"import"_s, csv, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, target});
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.contains(u"/bad.csv:3: effort must be a whole number from 1 to 5, not \"7\"\n"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"/bad.csv:4: votes must be a whole number from 0, not \"-1\"\n"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"nothing imported (2 errors)"_s), qPrintable(r.err));
    QCOMPARE(reportedOpportunities(target).size(), 0);
}

void TestOpportunitiesCli::failedWriteExitsNonZero()
{
    const QString out = mDir.filePath(u"no-such-folder/opps.csv"_s);
    const CliRun r = runParcours(
        {u"export"_s, mWorkspace, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

// The sample a new user opens: its board is filled, in every quadrant, linked to its journey
// and to the Home buyer's use case in the forgotten zone.
void TestOpportunitiesCli::sampleHasABoard()
{
    const QString sample
        = QStringLiteral(PARCOURS_TEST_DATA) + u"/../../resources/samples/sample.json"_s;
    const QString workspace = mDir.filePath(u"sample.parcours"_s);
    const CliRun imported
        = runParcours({u"import"_s, sample, u"--format"_s, u"json"_s, u"-o"_s, workspace});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const QJsonArray ranked = reportedOpportunities(workspace);
    QVERIFY(ranked.size() >= 4);
    QSet<QString> quadrants;
    int votes = 0;
    QStringList linkedTo;
    for (const QJsonValue v : ranked) {
        const QJsonObject o = v.toObject();
        quadrants.insert(o[u"quadrant"_s].toString());
        votes += o[u"votes"_s].toInt();
        QVERIFY(!o[u"links"_s].toArray().isEmpty());
        for (const QJsonValue link : o[u"links"_s].toArray())
            linkedTo << link[u"kind"_s].toString() + u':' + link[u"name"_s].toString();
    }
    QCOMPARE(quadrants,
             QSet<QString>({u"quick_win"_s, u"big_bet"_s, u"fill_in"_s, u"money_pit"_s}));
    QVERIFY(votes > 0);
    QVERIFY2(linkedTo.contains(u"use_case:Search listings and book visits"_s),
             qPrintable(linkedTo.join(u", "_s)));
    QVERIFY2(linkedTo.contains(u"cell:Consideration — Pain points"_s),
             qPrintable(linkedTo.join(u", "_s)));
    QVERIFY2(linkedTo.contains(u"stage:Activation"_s), qPrintable(linkedTo.join(u", "_s)));

    // Owners and statuses, in the tracker CSV.
    const QString csv = mDir.filePath(u"sample.csv"_s);
    QCOMPARE(
        runParcours({u"export"_s, workspace, u"--format"_s, u"opportunities-csv"_s, u"-o"_s, csv})
            .code,
        0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &owner : {u"Marketing"_s, u"Product"_s, u"Customer success"_s})
        QVERIFY2(text.contains(owner), qPrintable(text));
    for (const QString &status : {u",planned,"_s, u",in_progress,"_s, u",idea,"_s})
        QVERIFY2(text.contains(status), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestOpportunitiesCli)
#include "tst_opportunitiescli.moc"
