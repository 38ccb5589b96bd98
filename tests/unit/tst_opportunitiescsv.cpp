#include "document/edits.h"
#include "document/workspacedocument.h"
#include "formats/csv.h"
#include "formats/opportunitycsvformat.h"
#include "formats/workspacejson.h"
#include "support/testworkspaces.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The opportunities CSV for issue trackers (issue 20): its columns as a tracker reads them, the
// round trip through Parcours's own columns, de-duplication, formulas and bad input.
class TestOpportunitiesCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void trackerColumnsOneByOne();
    void priorityThresholds_data();
    void priorityThresholds();
    void roundTripIntoAWorkspaceWithoutThem();
    void roundTripThroughAFile();
    void reimportAddsNothing();
    void formulasNeutralisedAndReadBack();
    void badInputImportsNothing_data();
    void badInputImportsNothing();
    void missingColumnRefused();
    void trackerStatusReadWhenKeyIsEmpty();
    void detectedByItsHeader();
    void jsonImportedTwiceAddsNoOpportunity();
    void jsonBadInputNamesTheFile();

private:
    // The format's export of `w`, read as records (header first).
    static QList<QStringList> exportedRows(const Workspace &w);
    ImportResult import(const QByteArray &csv, const Workspace &target) const;
    static QByteArray csvWith(const QStringList &row);

    Workspace mWorkspace;
    const WorkspaceFormat *mFormat = nullptr;
};

void TestOpportunitiesCsv::init()
{
    mFormat = WorkspaceFormats::find(u"opportunities-csv"_s);
    QVERIFY(mFormat && mFormat->canRead() && mFormat->canWrite());
    mWorkspace = TestData::everyField(); // opportunity 701: value 6, effort 5, 3 votes
    Opportunity quick;
    quick.id = 702;
    quick.title = u"Quick"_s;
    quick.customerValue = 5;
    quick.businessValue = 4;
    quick.effort = 2;
    quick.votes = 1; // 9 × (1 + 1/4) / 2 = 5.625
    mWorkspace.opportunities.push_back(quick);
}

QList<QStringList> TestOpportunitiesCsv::exportedRows(const Workspace &w)
{
    const ExportResult out = WorkspaceFormats::find(u"opportunities-csv"_s)->write(w, {});
    if (!out.error.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const Csv::Record &record : Csv::read(out.data).records)
        rows << record.fields;
    return rows;
}

ImportResult TestOpportunitiesCsv::import(const QByteArray &csv, const Workspace &target) const
{
    ImportOptions options;
    options.fileName = u"o.csv"_s;
    options.target = &target;
    return mFormat->read(csv, options);
}

// A file of one data row: the header with one Labels column, then `row`.
QByteArray TestOpportunitiesCsv::csvWith(const QStringList &row)
{
    // The header before link_steps (issue 18), which still imports, unless the row has it.
    QStringList header = OpportunityCsvFormat::header(1);
    if (row.size() < header.size())
        header.removeLast();
    return Csv::write({header, row});
}

void TestOpportunitiesCsv::trackerColumnsOneByOne()
{
    const QList<QStringList> rows = exportedRows(mWorkspace);
    QCOMPARE(rows.size(), 3);
    // Jira's names first (Labels repeated: one label each), then Parcours's own.
    QCOMPARE(rows[0],
             QStringList({u"Summary"_s, u"Description"_s, u"Priority"_s, u"Labels"_s, u"Labels"_s,
                          u"Labels"_s, u"Labels"_s, u"Status"_s, u"owner"_s, u"status_key"_s,
                          u"customer_value"_s, u"business_value"_s, u"effort"_s, u"votes"_s,
                          u"score"_s, u"quadrant"_s, u"links"_s, u"link_steps"_s}));

    // Ranked by score: Quick (5.625) first, then 701 (6 × 1.75 / 5 = 2.1).
    const QStringList &quick = rows[1];
    QCOMPARE(quick.size(), 18);
    QCOMPARE(quick[0], u"Quick"_s);
    QCOMPARE(quick[1], QString());
    QCOMPARE(quick[2], u"High"_s);
    QCOMPARE(quick.mid(3, 4), QStringList({u"quick-win"_s, {}, {}, {}}));
    QCOMPARE(quick[7], u"Backlog"_s);
    QCOMPARE(quick[8], QString());
    QCOMPARE(quick[9], u"idea"_s);
    QCOMPARE(quick.mid(10, 4), QStringList({u"5"_s, u"4"_s, u"2"_s, u"1"_s}));
    QCOMPARE(quick[14], u"5.625"_s);
    QCOMPARE(quick[15], u"quick_win"_s);
    QCOMPARE(quick[16], QString());

    const QStringList &linked = rows[2];
    QCOMPARE(linked[0], u"Relancer « l'acheteur »"_s);
    QCOMPARE(linked[1], u"Two lines,\nwith \"quotes\""_s);
    QCOMPARE(linked[2], u"Medium"_s);
    // The journey, its persona and the linked use case's persona, then the quadrant; no spaces.
    QCOMPARE(linked.mid(3, 4),
             QStringList({u"旅程-as-is"_s, u"Agent"_s, u"Acheteur-«maison»"_s, u"big-bet"_s}));
    QCOMPARE(linked[7], u"To Do"_s);
    QCOMPARE(linked[8], u"Camille"_s);
    QCOMPARE(linked[9], u"planned"_s);
    QCOMPARE(linked.mid(10, 4), QStringList({u"4"_s, u"2"_s, u"5"_s, u"3"_s}));
    QCOMPARE(linked[14], u"2.1"_s);
    QCOMPARE(linked[15], u"big_bet"_s);
    QCOMPARE(linked[16],
             u"旅程 as-is › Découverte\n旅程 as-is › 注册 › Touchpoints\n"
             "Acheteur «maison» › Search listings"_s);
    QCOMPARE(linked[17], u"\n1\n"_s); // the cell's step: the first (and only) of its stage
}

void TestOpportunitiesCsv::priorityThresholds_data()
{
    QTest::addColumn<int>("customer");
    QTest::addColumn<int>("business");
    QTest::addColumn<int>("effort");
    QTest::addColumn<QString>("priority");
    QTest::newRow("10 / 1 = 10") << 5 << 5 << 1 << u"Highest"_s;
    QTest::newRow("6 / 1 = 6") << 3 << 3 << 1 << u"Highest"_s;
    QTest::newRow("5 / 1 = 5") << 3 << 2 << 1 << u"High"_s;
    QTest::newRow("6 / 2 = 3") << 3 << 3 << 2 << u"High"_s;
    QTest::newRow("8 / 3 = 2.67") << 4 << 4 << 3 << u"Medium"_s;
    QTest::newRow("6 / 4 = 1.5") << 3 << 3 << 4 << u"Medium"_s;
    QTest::newRow("7 / 5 = 1.4") << 4 << 3 << 5 << u"Low"_s;
    QTest::newRow("4 / 5 = 0.8") << 2 << 2 << 5 << u"Low"_s;
    QTest::newRow("3 / 5 = 0.6") << 2 << 1 << 5 << u"Lowest"_s;
}

void TestOpportunitiesCsv::priorityThresholds()
{
    QFETCH(int, customer);
    QFETCH(int, business);
    QFETCH(int, effort);
    QFETCH(QString, priority);
    Workspace w;
    Opportunity o;
    o.id = 1;
    o.customerValue = customer;
    o.businessValue = business;
    o.effort = effort;
    w.opportunities = {o};
    QCOMPARE(exportedRows(w).value(1).value(2), priority);
    QCOMPARE(OpportunityCsvFormat::priorityName(opportunityScore(o, 0)), priority);
}

// Links are names: the file goes into a workspace that has the journey and personas.
void TestOpportunitiesCsv::roundTripIntoAWorkspaceWithoutThem()
{
    const ExportResult out = mFormat->write(mWorkspace, {});
    QVERIFY(out.error.isEmpty());
    Workspace target = mWorkspace;
    target.opportunities.clear();
    const ImportResult in = import(out.data, target);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.warnings.isEmpty());
    QVERIFY(in.fragment);
    QCOMPARE(in.rowLines, QList<int>({2, 3}));
    Edit::ImportNotes notes;
    Edit::mergeFragment(target, *in.fragment, &notes);
    QCOMPARE(notes.identicalOpportunities, 0);
    QCOMPARE(target.opportunities.size(), size_t(2));
    // In ranked order, each equal to its original but for its id.
    const Opportunity *originals[] = {&mWorkspace.opportunities[1], &mWorkspace.opportunities[0]};
    for (size_t i = 0; i < 2; ++i) {
        Opportunity read = target.opportunities[i];
        QVERIFY(read.id != originals[i]->id);
        read.id = originals[i]->id;
        QCOMPARE(read, *originals[i]);
    }
    // Into an empty workspace, the links name nothing: an error, nothing imported.
    const ImportResult empty = import(out.data, Workspace());
    QVERIFY(!empty.fragment);
    QCOMPARE(
        empty.errors,
        QStringList({u"o.csv:3: links: no stage, cell or use case of the workspace is named "
                     "\"旅程 as-is › Découverte\"; links: no stage, cell or use case of the "
                     "workspace is named \"旅程 as-is › 注册 › Touchpoints\"; links: no stage, "
                     "cell or use case of the workspace is named \"Acheteur «maison» › Search "
                     "listings\""_s}));
}

// readFile() (the command line, File > Import) reads what read() reads, its Labels columns
// counted from the file's header.
void TestOpportunitiesCsv::roundTripThroughAFile()
{
    QByteArray data = mFormat->write(mWorkspace, {}).data;
    QBuffer file(&data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Workspace target = mWorkspace;
    target.opportunities.clear();
    ImportOptions options;
    options.fileName = u"o.csv"_s;
    options.target = &target;
    const ImportResult in = mFormat->readFile(file, options);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QVERIFY(in.fragment);
    QCOMPARE(in.fragment->opportunities.size(), size_t(2));
    QCOMPARE(in.fragment->opportunities[1].links, mWorkspace.opportunities[0].links);
}

// As use cases: the same file imported again (or an export imported into its own workspace)
// adds nothing, and says so; one undo step for what was new.
void TestOpportunitiesCsv::reimportAddsNothing()
{
    QTemporaryDir dir;
    Workspace start = mWorkspace;
    start.opportunities.clear();
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), start);
    QVERIFY2(created.document, qPrintable(created.error));
    WorkspaceDocument &doc = *created.document;
    const QByteArray csv = mFormat->write(mWorkspace, {}).data;

    ImportResult first = import(csv, doc.workspace());
    QVERIFY(first.fragment);
    QVERIFY(Edit::importFragment(doc, std::move(*first.fragment), u"Import o.csv"_s));
    QCOMPARE(doc.workspace().opportunities.size(), size_t(2));
    QCOMPARE(doc.undoStack()->count(), 1);

    ImportResult second = import(csv, doc.workspace());
    QVERIFY(second.fragment);
    Edit::ImportNotes notes;
    QVERIFY(!Edit::importFragment(doc, std::move(*second.fragment), u"Import o.csv"_s, &notes));
    QCOMPARE(doc.workspace().opportunities.size(), size_t(2));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(notes.identicalOpportunities, 2);
    QCOMPARE(notes.warnings(u"o.csv"_s),
             QStringList({u"o.csv: warning: 2 opportunities are already in the workspace; not "
                          "added again"_s}));

    // One changed field makes it another opportunity.
    QString edited = QString::fromUtf8(csv);
    edited.replace(u"\r\nQuick,"_s, u"\r\nQuicker,"_s);
    ImportResult third = import(edited.toUtf8(), doc.workspace());
    QVERIFY(third.fragment);
    notes = {};
    QVERIFY(Edit::importFragment(doc, std::move(*third.fragment), u"Import o.csv"_s, &notes));
    QCOMPARE(notes.identicalOpportunities, 1);
    QCOMPARE(doc.workspace().opportunities.size(), size_t(3));
    QCOMPARE(doc.workspace().opportunities.back().title, u"Quicker"_s);
}

// Text a spreadsheet would run as a formula is written as every Parcours CSV writes it (a
// quote before it) and read back unchanged.
void TestOpportunitiesCsv::formulasNeutralisedAndReadBack()
{
    Workspace w = mWorkspace;
    Opportunity &o = w.opportunities[0];
    o.title = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    o.description = u"+1+2"_s;
    o.owner = u"@SUM(A1:A9)"_s;
    w.journeys[0].name = u"-2+3"_s;
    const QList<QStringList> rows = exportedRows(w);
    const QStringList row = rows.value(2);
    QCOMPARE(row.value(0), u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s);
    QCOMPARE(row.value(1), u"'+1+2"_s);
    QCOMPARE(row.value(3), u"'-2+3"_s); // the journey's label
    QCOMPARE(row.value(8), u"'@SUM(A1:A9)"_s);
    QVERIFY(row.value(16).startsWith(u"'-2+3 › Découverte"_s));

    Workspace target = w;
    target.opportunities.clear();
    const ImportResult in = import(mFormat->write(w, {}).data, target);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    const Opportunity &read = in.fragment->opportunities[1];
    QCOMPARE(read.title, o.title);
    QCOMPARE(read.description, o.description);
    QCOMPARE(read.owner, o.owner);
    QCOMPARE(read.links, o.links);
}

void TestOpportunitiesCsv::badInputImportsNothing_data()
{
    // Summary, Description, Priority, Labels, Status, owner, status_key, customer_value,
    // business_value, effort, votes, score, quadrant, links
    const QStringList good = {u"Fix sign-up"_s, {},
                              u"High"_s,        u"quick-win"_s,
                              u"To Do"_s,       u"Ana"_s,
                              u"planned"_s,     u"4"_s,
                              u"4"_s,           u"2"_s,
                              u"1"_s,           u"4"_s,
                              u"quick_win"_s,   u"旅程 as-is › 注册"_s};
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("error");
    const auto with = [&good](int column, const QString &value) {
        QStringList row = good;
        row[column] = value;
        return row;
    };
    QTest::newRow("customer value 0")
        << with(7, u"0"_s)
        << u"o.csv:3: customer_value must be a whole number from 1 to 5, not \"0\""_s;
    QTest::newRow("business value 6")
        << with(8, u"6"_s)
        << u"o.csv:3: business_value must be a whole number from 1 to 5, not \"6\""_s;
    QTest::newRow("effort in words")
        << with(9, u"high"_s)
        << u"o.csv:3: effort must be a whole number from 1 to 5, not \"high\""_s;
    QTest::newRow("effort empty") << with(
        9, {}) << u"o.csv:3: effort must be a whole number from 1 to 5, not \"\""_s;
    QTest::newRow("negative votes")
        << with(10, u"-2"_s) << u"o.csv:3: votes must be a whole number from 0, not \"-2\""_s;
    QTest::newRow("unknown status key")
        << with(6, u"someday"_s)
        << u"o.csv:3: unknown status_key \"someday\" (expected idea, planned, in_progress, "
           "done or dropped)"_s;
    QTest::newRow("status and key disagree")
        << with(4, u"Done"_s)
        << u"o.csv:3: Status \"Done\" and status_key \"planned\" disagree: change one of "
           "them"_s;
    QTest::newRow("no such stage")
        << with(13, u"旅程 as-is › Checkout"_s)
        << u"o.csv:3: links: no stage, cell or use case of the workspace is named \"旅程 as-is › "
           "Checkout\""_s;
    QTest::newRow("no such lane")
        << with(13, u"旅程 as-is › 注册 › Backstage"_s)
        << u"o.csv:3: links: no stage, cell or use case of the workspace is named \"旅程 as-is › "
           "注册 › Backstage\""_s;
    QTest::newRow("no such use case")
        << with(13, u"Agent › Close deals"_s)
        << u"o.csv:3: links: no stage, cell or use case of the workspace is named \"Agent › "
           "Close deals\""_s;
    QTest::newRow("a field short")
        << good.mid(1) << u"o.csv:3: expected 14 fields separated by \",\", found 13"_s;
}

// One bad row among good ones: its line and reason, and nothing imported.
void TestOpportunitiesCsv::badInputImportsNothing()
{
    QFETCH(QStringList, row);
    QFETCH(QString, error);
    const QStringList good = {u"Fix sign-up"_s, {},
                              u"High"_s,        u"quick-win"_s,
                              u"To Do"_s,       u"Ana"_s,
                              u"planned"_s,     u"4"_s,
                              u"4"_s,           u"2"_s,
                              u"1"_s,           u"4"_s,
                              u"quick_win"_s,   u"旅程 as-is › 注册"_s};
    QStringList header = OpportunityCsvFormat::header(1);
    header.removeLast(); // the header before link_steps (issue 18), which still imports
    const QByteArray csv = Csv::write({header, good, row, good});
    const ImportResult in = import(csv, mWorkspace);
    QCOMPARE(in.errors, QStringList({error}));
    QVERIFY(!in.fragment);
    // The good rows alone import.
    const ImportResult fine = import(Csv::write({header, good}), mWorkspace);
    QVERIFY2(fine.errors.isEmpty(), qPrintable(fine.errors.join(u'\n')));
    QCOMPARE(fine.fragment->opportunities.size(), size_t(1));
    QCOMPARE(fine.fragment->opportunities[0].links,
             std::vector<OpportunityLink>({{OpportunityLink::Kind::Stage, 502, 0}}));
}

void TestOpportunitiesCsv::missingColumnRefused()
{
    QStringList header = OpportunityCsvFormat::header(1);
    header.removeAll(u"effort"_s);
    const ImportResult in = import(Csv::write({header}), mWorkspace);
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors.size(), 1);
    QVERIFY2(in.errors[0].startsWith(u"o.csv:1: the header must be exactly summary,description,"
                                     "priority,labels,status,owner,status_key,customer_value,"
                                     "business_value,effort,votes,"_s),
             qPrintable(in.errors[0]));
}

// A file made in a tracker may leave status_key empty: Status is read then.
void TestOpportunitiesCsv::trackerStatusReadWhenKeyIsEmpty()
{
    const ImportResult in = import(csvWith({u"Pay by card"_s,
                                            {},
                                            {},
                                            {},
                                            u"in progress"_s,
                                            {},
                                            {},
                                            u"3"_s,
                                            u"3"_s,
                                            u"3"_s,
                                            u"0"_s,
                                            {},
                                            {},
                                            {}}),
                                   mWorkspace);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.fragment->opportunities[0].status, OpportunityStatus::InProgress);
    const ImportResult unknown = import(csvWith({u"Pay by card"_s,
                                                 {},
                                                 {},
                                                 {},
                                                 u"Someday"_s,
                                                 {},
                                                 {},
                                                 u"3"_s,
                                                 u"3"_s,
                                                 u"3"_s,
                                                 u"0"_s,
                                                 {},
                                                 {},
                                                 {}}),
                                        mWorkspace);
    QCOMPARE(unknown.errors,
             QStringList({u"o.csv:2: unknown Status \"Someday\" (expected Backlog, To Do, In "
                          "Progress, Done or Canceled)"_s}));
}

void TestOpportunitiesCsv::detectedByItsHeader()
{
    const QByteArray csv = mFormat->write(mWorkspace, {}).data;
    QCOMPARE(WorkspaceFormats::detect(u"o.csv"_s, csv), mFormat);
    // A spreadsheet in a French locale saves it with semicolons.
    QByteArray semicolons = OpportunityCsvFormat::header(2).join(u';').toUtf8() + "\r\n";
    QCOMPARE(WorkspaceFormats::detect(u"o.csv"_s, semicolons), mFormat);
    QVERIFY(!OpportunityCsvFormat::isHeader({u"summary"_s, u"description"_s}));
}

// JSON import merges personas by name and renames journeys; an opportunity already in the
// workspace (its links compared by name) is not added again.
void TestOpportunitiesCsv::jsonImportedTwiceAddsNoOpportunity()
{
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"w.parcours"_s), Workspace());
    QVERIFY2(created.document, qPrintable(created.error));
    WorkspaceDocument &doc = *created.document;
    const QByteArray json = WorkspaceJson::write(mWorkspace);
    const WorkspaceFormat *format = WorkspaceFormats::find(u"json"_s);
    ImportOptions options;
    options.fileName = u"w.json"_s;

    ImportResult first = format->read(json, options);
    QVERIFY(first.fragment);
    QVERIFY(Edit::importFragment(doc, std::move(*first.fragment), u"Import w.json"_s));
    QCOMPARE(doc.workspace().opportunities.size(), size_t(2));
    QCOMPARE(liveLinks(doc.workspace(), doc.workspace().opportunities[0]).size(), size_t(3));

    ImportResult second = format->read(json, options);
    QVERIFY(second.fragment);
    Edit::ImportNotes notes;
    QVERIFY(Edit::importFragment(doc, std::move(*second.fragment), u"Import w.json"_s, &notes));
    QCOMPARE(doc.workspace().journeys.size(), size_t(2)); // "旅程 as-is (2)", as before
    QCOMPARE(doc.workspace().opportunities.size(), size_t(2));
    QCOMPARE(notes.identicalOpportunities, 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.workspace().journeys.size(), size_t(1));
    QCOMPARE(doc.workspace().opportunities.size(), size_t(2));
}

void TestOpportunitiesCsv::jsonBadInputNamesTheFile()
{
    QString json = QString::fromUtf8(WorkspaceJson::write(mWorkspace));
    json.replace(u"\"effort\": 5"_s, u"\"effort\": 9"_s);
    ImportOptions options;
    options.fileName = u"w.json"_s;
    const ImportResult in = WorkspaceFormats::find(u"json"_s)->read(json.toUtf8(), options);
    QVERIFY(!in.fragment);
    QCOMPARE(in.errors,
             QStringList({u"w.json: opportunities[0].effort: expected a whole number "
                          "from 1 to 5"_s}));
}

QTEST_GUILESS_MAIN(TestOpportunitiesCsv)
#include "tst_opportunitiescsv.moc"
