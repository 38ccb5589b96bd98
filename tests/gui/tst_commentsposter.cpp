// Printed comments (issue 23): a journey poster prints its open comments only when asked
// (`export --comments`, the dialog's "Print comments"): numbered on the map and listed below
// it with author, date and text (read back with pdftotext); resolved threads and other
// posters leave them out; a hostile comment stays text in an SVG (escaped, valid XML).
#include "document/editscomments.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "posters/journeypostercontent.h"
#include "posters/posterdialog.h"
#include "support/parcoursrun.h"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString cellComment = u"Is the trial length measured anywhere?"_s;
const QString stageComment = u"Merge with onboarding"_s;
const QString resolvedComment = u"Already answered long ago"_s;
const QString hostileComment = u"<script>alert(1)</script> & \"quoted\" 'single'"_s;

} // namespace

class TestCommentsPoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfListsCommentsOnlyWhenAsked();
    void manyLongCommentsStayBelowTheMap();
    void hostileCommentIsEscapedInSvg();
    void commentsApplyToJourneyPostersOnly();
    void dialogOptionIsOffByDefault();

private:
    QString pdfText(const QStringList &options, CliRun *run = nullptr);

    QTemporaryDir mDir;
    QString mWorkspace;
    QString mPdfToText;
    std::unique_ptr<WorkspaceDocument> mDocument;
};

void TestCommentsPoster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    mPdfToText = QStandardPaths::findExecutable(u"pdftotext"_s);
    mWorkspace = mDir.filePath(u"comments.parcours"_s);
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Saas,
                                                  JourneyTemplates::Language::English);
    WorkspaceDocument::OpenResult created = WorkspaceDocument::create(mWorkspace, w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDocument = std::move(created.document);
    WorkspaceDocument &doc = *mDocument;
    const Journey &j = doc.workspace().journeys.front();
    const QDateTime time(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    const Id cell = Edit::addCommentThread(
        doc, CommentTarget::cell(j.id, j.stages[1].steps.front().id, j.lanes[0].id), u"Ana"_s,
        cellComment, time);
    QVERIFY(cell);
    QVERIFY(Edit::replyToCommentThread(doc, cell, u"Bruno"_s, u"Not yet"_s, time));
    QVERIFY(Edit::addCommentThread(doc, CommentTarget::stage(j.id, j.stages[2].id), u"Chloé"_s,
                                   stageComment, time));
    const Id resolved = Edit::addCommentThread(doc, CommentTarget::stage(j.id, j.stages[0].id),
                                               u"Dan"_s, resolvedComment, time);
    QVERIFY(Edit::setCommentThreadResolved(doc, resolved, true));
}

QString TestCommentsPoster::pdfText(const QStringList &options, CliRun *run)
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

void TestCommentsPoster::pdfListsCommentsOnlyWhenAsked()
{
    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the posters' text is not checked");
    CliRun run;
    const QString without = pdfText({}, &run);
    QVERIFY2(!without.isEmpty(), qPrintable(run.err));
    for (const QString &absent : {cellComment, stageComment, u"Ana"_s, u"COMMENTS"_s})
        QVERIFY2(!without.contains(absent), qPrintable(absent + u" in "_s + without));

    const QString with = pdfText({u"--comments"_s}, &run);
    QVERIFY2(!with.isEmpty(), qPrintable(run.err));
    QVERIFY2(with.contains(u"COMMENTS"_s), qPrintable(with));
    // Map order: stage 2's cell (item 1) before stage 3's header (item 2); the reply below
    // its thread; the resolved thread not printed.
    const qsizetype first = with.indexOf(u"Ana, "_s);
    const qsizetype reply = with.indexOf(u"Bruno, "_s);
    const qsizetype second = with.indexOf(u"Chloé, "_s);
    QVERIFY2(first >= 0 && reply > first && second > reply, qPrintable(with));
    QVERIFY2(with.contains(cellComment) && with.contains(stageComment), qPrintable(with));
    QVERIFY2(with.contains(u"Not yet"_s), qPrintable(with));
    QVERIFY2(!with.contains(resolvedComment), qPrintable(with));
    // The numbers: each on the map and before its entry.
    QVERIFY2(with.contains(u"1 Ana, "_s) || with.contains(u"1\nAna, "_s), qPrintable(with));
    QVERIFY2(with.contains(u"2 Chloé, "_s), qPrintable(with));
    // Tiled and wrapped into rows, the list still prints once, whole.
    const QString rows = pdfText({u"--comments"_s, u"--rows"_s, u"2"_s}, &run);
    QVERIFY2(rows.contains(cellComment) && rows.contains(stageComment), qPrintable(run.err));
}

void TestCommentsPoster::manyLongCommentsStayBelowTheMap()
{
    // 60 long comments: the list grows the poster below the map, never over it.
    Workspace w = mDocument->workspace();
    const Journey &j = w.journeys.front();
    JourneyPosterContent bare(w, j.id);
    for (int i = 0; i < 60; ++i) {
        CommentThread t;
        t.id = 100000 + i;
        t.target = CommentTarget::cell(j.id, j.stages[size_t(i) % j.stages.size()].steps[0].id,
                                       j.lanes[size_t(i) % 2].id);
        t.comments.push_back(
            {200000 + i, u"Reviewer %1"_s.arg(i), QDateTime::currentDateTimeUtc(),
             u"A long remark that goes on and on about this cell. "_s.repeated(8)});
        w.comments.push_back(t);
    }
    JourneyPosterContent content(w, j.id);
    content.setPrintComments(true);
    QCOMPARE(content.size(), bare.size()); // the map itself does not change
    const PosterRenderer renderer(content, PosterInfo {QDate(2026, 12, 7), {}});
    PosterSettings settings;
    settings.posterSize = QPageSize(QPageSize::A1);
    const PosterLayout layout = renderer.layout(settings);
    QVERIFY(layout.isValid());
    QVERIFY(renderer.legendRect().top() >= renderer.contentRect().bottom());
    const PosterRenderer bareRenderer(bare, PosterInfo {QDate(2026, 12, 7), {}});
    (void)bareRenderer.layout(settings);
    QVERIFY(renderer.legendRect().height() > 4 * bareRenderer.legendRect().height());
    QCOMPARE(int(content.legend().last().entries.size()), 60 + 2); // and the workspace's two open
}

void TestCommentsPoster::hostileCommentIsEscapedInSvg()
{
    const Journey &j = mDocument->workspace().journeys.front();
    const Id thread = Edit::addCommentThread(
        *mDocument, CommentTarget::cell(j.id, j.stages[0].steps.front().id, j.lanes[1].id),
        u"Eve"_s, hostileComment + QChar(0x01) + u"end"_s);
    QVERIFY(thread);
    const QString svg = mDir.filePath(u"hostile.svg"_s);
    const CliRun run = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"svg"_s, u"-o"_s, svg,
                                    u"--page"_s, u"A2"_s, u"--comments"_s});
    mDocument->undoStack()->undo();
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("<script"));
    QVERIFY(bytes.contains("&lt;script&gt;"));
    QXmlStreamReader xml(bytes);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // The words come back as they were typed (Qt writes SVG text glyph runs per line).
    QVERIFY2(text.contains(u"<script>alert(1)</script>"_s), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(u"\"quoted\""_s) && text.contains(u"'single'"_s),
             qPrintable(text.left(2000)));
}

void TestCommentsPoster::commentsApplyToJourneyPostersOnly()
{
    for (const QStringList &other :
         {QStringList {u"--dashboard"_s}, QStringList {u"--persona"_s, u"anyone"_s}}) {
        const CliRun run
            = runParcours(QStringList {u"export"_s, mWorkspace, u"--format"_s, u"pdf"_s, u"-o"_s,
                                       mDir.filePath(u"x.pdf"_s), u"--comments"_s}
                          + other);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"--comments applies to journey posters"_s), qPrintable(run.err));
    }
    const CliRun help = runParcours({u"export"_s, u"--help"_s});
    QVERIFY2(help.out.contains(u"[--view NAME] [--comments]"_s), qPrintable(help.out));
}

void TestCommentsPoster::dialogOptionIsOffByDefault()
{
    const Journey &j = mDocument->workspace().journeys.front();
    JourneyPosterContent content(mDocument->workspace(), j.id);
    PosterDialog dialog(content, PosterDialog::Purpose::Export);
    auto *box = dialog.findChild<QCheckBox *>(u"printComments"_s);
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QVERIFY(!content.printsComments());
    const qreal plain = dialog.renderer().legendRect().height();
    const int sections = int(content.legend().size());
    box->click();
    QVERIFY(content.printsComments());
    QCOMPARE(int(content.legend().size()), sections + 1);
    QCOMPARE(int(content.legend().last().entries.size()), 2); // the two open threads
    QVERIFY(dialog.renderer().legendRect().height() > plain);
    box->click();
    QVERIFY(!content.printsComments());
}

QTEST_MAIN(TestCommentsPoster)
#include "tst_commentsposter.moc"
