// `parcours export --view NAME` (issue 23): a journey printed through an audience view keeps
// the view's lanes and stages and leaves the others' text out of the PDF (read with
// pdftotext); an unknown view is a clear error naming the views there are.
#include "document/editsviews.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "support/parcoursrun.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

class TestViewExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewLeavesItsHiddenLanesOut();
    void unknownViewIsAnError();

private:
    QString exportText(const QStringList &options, CliRun *run = nullptr);

    QTemporaryDir mDir;
    QString mWorkspace;
    QString mPdfToText;
    Workspace mMade;
};

void TestViewExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    mPdfToText = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the posters' text is not checked");
    mWorkspace = mDir.filePath(u"views.parcours"_s);
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                  JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(mWorkspace, w);
    QVERIFY2(created.document, qPrintable(created.error));
    const Journey &j = created.document->workspace().journeys.front();
    QVERIFY(j.lanes.size() >= 4 && j.stages.size() >= 4);
    AudienceView executive;
    executive.name = u"Executive"_s;
    executive.lanes = {j.lanes[0].id, j.lanes[1].id}; // the first two lanes only
    executive.firstStage = j.stages[1].id;
    executive.lastStage = j.stages[2].id;
    QVERIFY(Edit::addView(*created.document, j.id, executive));
    AudienceView workshop;
    workshop.name = u"Workshop"_s;
    for (const Lane &lane : j.lanes)
        workshop.lanes.append(lane.id);
    QVERIFY(Edit::addView(*created.document, j.id, workshop));
    mMade = created.document->workspace();
}

QString TestViewExport::exportText(const QStringList &options, CliRun *run)
{
    static int n = 0;
    const QString pdf = mDir.filePath(u"poster%1.pdf"_s.arg(++n));
    const CliRun exported = runParcours(QStringList {u"export"_s, mWorkspace, u"--format"_s,
                                                     u"pdf"_s, u"-o"_s, pdf, u"--page"_s, u"A2"_s}
                                        + options);
    if (run)
        *run = exported;
    if (exported.code != 0)
        return {};
    QProcess text;
    text.start(mPdfToText, {pdf, u"-"_s});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

void TestViewExport::viewLeavesItsHiddenLanesOut()
{
    const Journey &j = mMade.journeys.front();
    const QString all = exportText({});
    QVERIFY(!all.isEmpty());
    for (const Lane &lane : j.lanes)
        QVERIFY2(all.contains(lane.name), qPrintable(lane.name + u" not in "_s + all));

    CliRun run;
    const QString executive = exportText({u"--view"_s, u"Executive"_s}, &run);
    QVERIFY2(!executive.isEmpty(), qPrintable(run.err));
    // The view's lanes show; the text of the others (their names and cells) does not.
    for (size_t i = 0; i < j.lanes.size(); ++i) {
        const Lane &lane = j.lanes[i];
        if (i < 2) {
            QVERIFY2(executive.contains(lane.name),
                     qPrintable(lane.name + u" not in "_s + executive));
            continue;
        }
        if (lane.kind != LaneKind::Text)
            continue; // emotion and KPI words may be in the legend
        const QString cell = j.stages[1].firstCells().value(lane.id).text.simplified();
        QVERIFY(!cell.isEmpty());
        QVERIFY2(all.contains(cell), qPrintable(cell + u" not in "_s + all));
        for (const QString &hidden : {lane.name, cell})
            QVERIFY2(!executive.contains(hidden), qPrintable(hidden + u" in "_s + executive));
    }
    // Stages 2 and 3 only (the title's figures may still name others, as the largest drop).
    QVERIFY(executive.contains(j.stages[1].name));
    QVERIFY(executive.contains(j.stages[2].name));
    QVERIFY2(executive.contains(u"Showing 2 of %1 stages"_s.arg(j.stages.size())),
             qPrintable(executive));
    for (const size_t hidden : {size_t(0), size_t(3)}) {
        const QString text = j.stages[hidden].firstCells().value(j.lanes[0].id).text.simplified();
        QVERIFY(!text.isEmpty());
        QVERIFY2(all.contains(text), qPrintable(text + u" not in "_s + all));
        QVERIFY2(!executive.contains(text), qPrintable(text + u" in "_s + executive));
    }
    // The same with --journey, and a view of every lane prints them all.
    QCOMPARE(exportText({u"--journey"_s, j.name, u"--view"_s, u"Executive"_s}), executive);
    const QString workshop = exportText({u"--view"_s, u"Workshop"_s});
    for (const Lane &lane : j.lanes)
        QVERIFY2(workshop.contains(lane.name), qPrintable(lane.name + u" not in "_s + workshop));
}

void TestViewExport::unknownViewIsAnError()
{
    CliRun run;
    QVERIFY(exportText({u"--view"_s, u"Board"_s}, &run).isEmpty());
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(u"no view named \"Board\" in the journey"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"available: \"Executive\", \"Workshop\""_s), qPrintable(run.err));

    QVERIFY(exportText({u"--dashboard"_s, u"--view"_s, u"Executive"_s}, &run).isEmpty());
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(u"--view applies to journey posters"_s), qPrintable(run.err));
}

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
