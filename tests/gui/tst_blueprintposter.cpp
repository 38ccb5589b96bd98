// A service blueprint printed by `parcours export`, as a facilitator scripts it: the legend that
// names its lines and marks, and the customer's view (--audience customer) without what is
// below the line of visibility. The PDF's text is read with pdftotext.
#include "support/parcoursrun.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

class TestBlueprintPoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legendNamesTheLinesAndMarks();
    void customerViewLeavesTheBackstageOut();
    void legendInFrench();
    void audienceUsageErrors();

private:
    // The poster's words, on one line; empty (and a failure) when the export failed.
    QString exportText(const QStringList &options, const CliOptions &run = {});

    QTemporaryDir mDir;
    QString mWorkspace;
    QString mPdfToText;
};

void TestBlueprintPoster::initTestCase()
{
    mPdfToText = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the posters' text is not checked");
    mWorkspace = mDir.filePath(u"blueprint.parcours"_s);
    const CliRun made = runParcours({u"new"_s, mWorkspace, u"--template"_s, u"blueprint"_s});
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

QString TestBlueprintPoster::exportText(const QStringList &options, const CliOptions &run)
{
    static int n = 0;
    const QString pdf = mDir.filePath(u"poster%1.pdf"_s.arg(++n));
    const CliRun exported = runParcours(QStringList {u"export"_s, mWorkspace, u"--format"_s,
                                                     u"pdf"_s, u"-o"_s, pdf, u"--page"_s, u"A2"_s}
                                            + options,
                                        run);
    if (exported.code != 0) {
        qWarning("%s", qPrintable(exported.err));
        return {};
    }
    QProcess text;
    text.start(mPdfToText, {pdf, u"-"_s});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

void TestBlueprintPoster::legendNamesTheLinesAndMarks()
{
    const QString words = exportText({});
    QVERIFY(!words.isEmpty());
    for (const QString &expected :
         {u"SERVICE BLUEPRINT"_s, u"where the customer meets the service"_s,
          u"what the customer does not see"_s, u"support processes and systems below it"_s,
          u"Point of failure"_s, u"Wait, with its note"_s, u"one step leads to another"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in "_s + words));
    }
    // A journey without lane groups has no blueprint legend.
    const QString plain = mDir.filePath(u"saas.parcours"_s);
    QCOMPARE(runParcours({u"new"_s, plain, u"--template"_s, u"saas"_s}).code, 0);
    const QString pdf = mDir.filePath(u"saas.pdf"_s);
    const CliRun exported = runParcours(
        {u"export"_s, plain, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--page"_s, u"A2"_s});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QProcess text;
    text.start(mPdfToText, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString saas = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(saas.contains(u"Customer actions"_s), qPrintable(saas));
    QVERIFY2(!saas.contains(u"Point of failure"_s), qPrintable(saas));
}

void TestBlueprintPoster::customerViewLeavesTheBackstageOut()
{
    const QStringList backstage
        = {u"Backstage actions"_s, u"Payment check"_s,      u"Support processes"_s,
           u"Payment provider"_s,  u"Line of visibility"_s, u"Line of internal interaction"_s};
    const QStringList customer
        = {u"Physical evidence"_s,  u"Customer actions"_s, u"Pays"_s,
           u"Frontstage actions"_s, u"Checkout page"_s,    u"Line of interaction"_s};
    const QString everyone = exportText({u"--audience"_s, u"everyone"_s});
    QVERIFY(!everyone.isEmpty());
    QCOMPARE(exportText({}), everyone); // everyone: the default
    for (const QString &word : backstage + customer)
        QVERIFY2(everyone.contains(word), qPrintable(word + u" not in "_s + everyone));

    const QString forCustomer = exportText({u"--audience"_s, u"Customer"_s});
    QVERIFY(!forCustomer.isEmpty());
    for (const QString &word : customer)
        QVERIFY2(forCustomer.contains(word), qPrintable(word + u" not in "_s + forCustomer));
    // Nothing below the line of visibility, not even the line's label, in the map or legend.
    for (const QString &word : backstage)
        QVERIFY2(!forCustomer.contains(word), qPrintable(word + u" in "_s + forCustomer));
}

void TestBlueprintPoster::legendInFrench()
{
    const QString words = exportText({}, inLocale(u"fr_FR.UTF-8"_s));
    QVERIFY(!words.isEmpty());
    // The legend's title in capitals, as the others.
    for (const QString &expected : {u"PLAN DE SERVICE"_s, u"Point de défaillance"_s,
                                    u"Ligne de visibilité"_s, u"Attente, avec sa note"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in "_s + words));
    }
}

void TestBlueprintPoster::audienceUsageErrors()
{
    const QString pdf = mDir.filePath(u"refused.pdf"_s);
    const CliRun wrong = runParcours({u"export"_s, mWorkspace, u"--format"_s, u"pdf"_s, u"-o"_s,
                                      pdf, u"--audience"_s, u"staff"_s});
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains(u"--audience takes everyone or customer, not \"staff\""_s),
             qPrintable(wrong.err));
    const CliRun dashboard = runParcours(
        {u"export"_s, mWorkspace, u"--dashboard"_s, u"-o"_s, pdf, u"--audience"_s, u"customer"_s});
    QCOMPARE(dashboard.code, 1);
    QVERIFY2(dashboard.err.contains(u"--audience applies to journey posters"_s),
             qPrintable(dashboard.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestBlueprintPoster)
#include "tst_blueprintposter.moc"
