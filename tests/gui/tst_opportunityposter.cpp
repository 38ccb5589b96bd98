// The opportunities board as a poster (issue 20), through `parcours export W --opportunities`:
// the PDF's text holds the titles in rank order and the quadrant names; a hostile title stays
// text in SVG; PNG is written; options that do not apply are usage errors.
#include "store/workspacestore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

const QString hostile = u"<script>&\"x\"</script>"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run parcours(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Opportunity opportunity(const QString &title, int customer, int business, int effort, int votes)
{
    Opportunity o;
    o.id = newId();
    o.title = title;
    o.customerValue = customer;
    o.businessValue = business;
    o.effort = effort;
    o.votes = votes;
    return o;
}

} // namespace

class TestOpportunityPoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfListsTitlesInRankOrder();
    void svgKeepsAHostileTitleAsText();
    void pngIsWritten();
    void optionsThatDoNotApplyAreUsageErrors_data();
    void optionsThatDoNotApplyAreUsageErrors();

private:
    QTemporaryDir mDir;
    QString mWorkspace;
};

void TestOpportunityPoster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(mDir.isValid());
    Workspace w;
    w.info.name = u"Board test"_s;
    Journey j;
    j.id = newId();
    j.name = u"Buying"_s;
    Stage visit;
    visit.id = newId();
    visit.withOneStep();
    visit.name = u"Visit the flat"_s;
    j.stages.push_back(visit);
    w.journeys.push_back(j);
    // Scores: 10×(1+3/6)/1 = 15; 9×(1+2/6)/2 = 6; 10×(1+1/6)/5 = 2.33; 3/4 = 0.75.
    w.opportunities.push_back(opportunity(u"Slow rebuild of search"_s, 5, 5, 5, 1));
    w.opportunities.push_back(opportunity(u"Minor footer tidy"_s, 1, 2, 4, 0));
    w.opportunities.push_back(opportunity(u"Top priority pricing"_s, 5, 5, 1, 3));
    w.opportunities.push_back(opportunity(hostile, 5, 4, 2, 2));
    w.opportunities[2].links.push_back({OpportunityLink::Kind::Stage, visit.id, 0});
    mWorkspace = mDir.filePath(u"board.parcours"_s);
    QVERIFY(WorkspaceStore::create(mWorkspace, w).store);
}

void TestOpportunityPoster::pdfListsTitlesInRankOrder()
{
    const QString pdf = mDir.filePath(u"board.pdf"_s);
    const Run run = parcours(
        {u"export"_s, mWorkspace, u"--opportunities"_s, u"--page"_s, u"A3"_s, u"-o"_s, pdf});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Wrote"_s), qPrintable(run.out));
    // PARCOURS_TEST_IMAGES=DIR keeps the poster, to look at.
    if (const QString images = qEnvironmentVariable("PARCOURS_TEST_IMAGES"); !images.isEmpty()) {
        QFile::remove(images + u"/opportunities.pdf"_s);
        QFile::copy(pdf, images + u"/opportunities.pdf"_s);
    }
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed");
    QProcess p;
    p.start(pdftotext, {u"-raw"_s, pdf, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString &quadrant : {u"Quick win"_s, u"Big bet"_s, u"Fill-in"_s, u"Money pit"_s})
        QVERIFY2(text.contains(quadrant), qPrintable(quadrant + u" not in: "_s + text));
    // The ranked list follows its header; the matrix's labels come before it.
    const qsizetype list = text.indexOf(u"Linked to"_s);
    QVERIFY2(list >= 0, qPrintable(text));
    qsizetype at = list;
    for (const QString &title : {u"Top priority pricing"_s, hostile, u"Slow rebuild of search"_s,
                                 u"Minor footer tidy"_s}) {
        const qsizetype next = text.indexOf(title, at);
        QVERIFY2(next > at, qPrintable(title + u" not after position in: "_s + text.mid(list)));
        at = next;
    }
    QVERIFY2(text.contains(u"Visit the flat"_s), "the link is not listed");
}

void TestOpportunityPoster::svgKeepsAHostileTitleAsText()
{
    const QString svg = mDir.filePath(u"board.svg"_s);
    const Run run = parcours({u"export"_s, mWorkspace, u"--opportunities"_s, u"-o"_s, svg});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            QVERIFY2(xml.name() != u"script", "a <script> element in the SVG");
        if (xml.isCharacters())
            texts += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(texts.contains(hostile), "the hostile title does not read back as text");
}

void TestOpportunityPoster::pngIsWritten()
{
    const QString png = mDir.filePath(u"board.png"_s);
    const Run run = parcours({u"export"_s, mWorkspace, u"--opportunities"_s, u"--page"_s, u"A4"_s,
                              u"--dpi"_s, u"72"_s, u"-o"_s, png});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 500 && image.height() > 500);
}

void TestOpportunityPoster::optionsThatDoNotApplyAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("dashboard") << QStringList {u"--dashboard"_s}
                               << u"give --opportunities, --dashboard, --journey or --persona"_s;
    QTest::newRow("journey") << QStringList {u"--journey"_s, u"Buying"_s}
                             << u"give --opportunities, --dashboard, --journey or --persona"_s;
    QTest::newRow("rows") << QStringList {u"--rows"_s, u"2"_s} << u"--rows applies to"_s;
    QTest::newRow("audience") << QStringList {u"--audience"_s, u"customer"_s}
                              << u"--audience applies to journey posters"_s;
    QTest::newRow("format") << QStringList {u"--format"_s, u"csv"_s}
                            << u"the opportunities board is written as pdf, svg or png"_s;
}

void TestOpportunityPoster::optionsThatDoNotApplyAreUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString out = mDir.filePath(u"refused.pdf"_s);
    const Run run = parcours(
        QStringList {u"export"_s, mWorkspace, u"--opportunities"_s, u"-o"_s, out} + options);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestOpportunityPoster)
#include "tst_opportunityposter.moc"
