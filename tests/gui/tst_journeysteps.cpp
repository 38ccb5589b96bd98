// Steps on screen and on paper (issue 18): a map whose stages have one step each looks and
// prints exactly as before steps were columns (a rendered image and a poster's text against
// references made before that change), and a map with steps shows each step in its column.
#include "domain/journeytemplates.h"
#include "journey/journeyrenderer.h"
#include "layout/journeylayout.h"
#include "store/workspacestore.h"
#include "support/parcoursrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Parcours::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString referenceDir = QStringLiteral(PARCOURS_TEST_DATA) + u"/steps"_s;

bool updatingReferences()
{
    return qEnvironmentVariableIntValue("PARCOURS_UPDATE_REFERENCES") == 1;
}

// A template as it was before templates had steps: each stage one unnamed step of the
// stage's id, holding the stage's cells (the references were made from these).
Workspace oneStepTemplate(JourneyTemplates::Kind kind)
{
    Workspace w = JourneyTemplates::makeWorkspace(kind, JourneyTemplates::Language::English);
    for (Stage &stage : w.journeys.front().stages)
        stage.withOneStep(stage.firstCells());
    return w;
}

// A one-step template journey with every stage-level mark the header shows: counts for the
// funnel (and its largest drop), durations, assessments, conversion and value delivered.
Workspace oneStepWorkspace(JourneyTemplates::Kind kind)
{
    Workspace w = oneStepTemplate(kind);
    Journey &j = w.journeys.front();
    qint64 entering = 5000;
    for (Stage &stage : j.stages) {
        stage.entering = entering;
        entering = entering * 3 / 5;
    }
    j.stages.front().assessment = Assessment::ToReinforce;
    return w;
}

// The saas template with its first stage made of three steps (each scored) and its second of
// two, the way a team maps a sign-up: form, confirmation e-mail, first login.
Workspace stepsWorkspace()
{
    Workspace w = oneStepWorkspace(JourneyTemplates::Kind::Saas);
    Journey &j = w.journeys.front();
    Id emotion = 0;
    for (const Lane &lane : j.lanes)
        emotion = lane.kind == LaneKind::Emotion ? lane.id : emotion;
    Stage &first = j.stages[0];
    first.steps.front().name = u"Sign-up form"_s;
    first.steps.front().cells[emotion].emotion = 1;
    first.steps.push_back({newId(), u"Confirmation e-mail"_s, {{emotion, Cell({}, -1.5)}}});
    first.steps.push_back({newId(), u"First login"_s, {{emotion, Cell({}, 0.5)}}});
    Stage &second = j.stages[1];
    second.steps.push_back({newId(), u"Invite the team"_s, {{emotion, Cell({}, 2)}}});
    return w;
}

QImage render(const Workspace &workspace, qreal scale)
{
    JourneyLayout layout(workspace, workspace.journeys.front().id);
    JourneyRenderer renderer(layout);
    QImage image((layout.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    renderer.paint(&painter);
    painter.end();
    return image;
}

// Pixels differing by more than `tolerance` in a channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])),
                                    std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            differing += d > tolerance ? 1 : 0;
        }
    }
    return differing;
}

} // namespace

class TestJourneySteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneStepMapRendersAsBefore_data();
    void oneStepMapRendersAsBefore();
    void oneStepPosterPrintsAsBefore();
    void templatesWithSteps_data();
    void templatesWithSteps();
    void stepsAreColumns();
    void everyStepHasItsPoint();
    void posterPrintsEveryStep();
    void marksOnEveryStep();

private:
    // The words of a PDF poster of `workspace`, one line each; empty when it failed.
    QString posterText(const QString &workspace, const QString &name);

    QTemporaryDir mDir;
    QString mPdfToText;
};

void TestJourneySteps::initTestCase()
{
    QVERIFY(mDir.isValid());
    mPdfToText = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (updatingReferences())
        QVERIFY(QDir().mkpath(referenceDir));
}

void TestJourneySteps::oneStepMapRendersAsBefore_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("saas") << int(JourneyTemplates::Kind::Saas);
    QTest::newRow("blueprint") << int(JourneyTemplates::Kind::Blueprint);
}

void TestJourneySteps::oneStepMapRendersAsBefore()
{
    QFETCH(int, kind);
    const auto k = JourneyTemplates::Kind(kind);
    const QImage actual = render(oneStepWorkspace(k), 0.5);
    const QString reference = referenceDir + u"/one-step-%1.png"_s.arg(JourneyTemplates::key(k));
    if (updatingReferences()) {
        QVERIFY(actual.save(reference));
        QSKIP("reference regenerated: look at it before committing");
    }
    QImage expected;
    QVERIFY2(expected.load(reference), qPrintable(reference + u" is missing"_s));
    QCOMPARE(actual.size(), expected.size());
    // The same drawing: only antialiasing noise may differ.
    const int differing = differingPixels(actual, expected, 48);
    if (differing > actual.width() * actual.height() / 2000) {
        const QString path = QDir::temp().filePath(u"one-step-actual.png"_s);
        actual.save(path);
        QFAIL(qPrintable(u"%1 pixels differ; see %2"_s.arg(differing).arg(path)));
    }
}

void TestJourneySteps::templatesWithSteps_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("saas") << int(JourneyTemplates::Kind::Saas)
                          << QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s,
                                          u"First login"_s};
    QTest::newRow("seasonal") << int(JourneyTemplates::Kind::Seasonal)
                              << QStringList {u"Cart"_s, u"Payment"_s, u"Confirmation"_s};
    QTest::newRow("blueprint") << int(JourneyTemplates::Kind::Blueprint)
                               << QStringList {u"Cart"_s, u"Payment"_s, u"Confirmation"_s};
}

// The templates with steps: one column per step under the stage's header, each step named in
// the step row, as in the references (looked at when they were made).
void TestJourneySteps::templatesWithSteps()
{
    QFETCH(int, kind);
    QFETCH(QStringList, steps);
    const auto k = JourneyTemplates::Kind(kind);
    const Workspace w = JourneyTemplates::makeWorkspace(k, JourneyTemplates::Language::English);
    const Journey &j = w.journeys.front();
    const JourneyLayout l(w, j.id);
    QVERIFY(l.hasStepRow());
    QCOMPARE(l.columnCount(), int(j.stages.size()) + steps.size() - 1);
    QStringList named;
    for (int c = 0; c < l.columnCount(); ++c) {
        if (!l.stepNameBox(c).isEmpty())
            named << l.stepNameBox(c).text();
    }
    QCOMPARE(named, steps);

    const QImage actual = render(w, 0.5);
    const QString reference = referenceDir + u"/steps-%1.png"_s.arg(JourneyTemplates::key(k));
    if (updatingReferences()) {
        QVERIFY(actual.save(reference));
        QSKIP("reference regenerated: look at it before committing");
    }
    QImage expected;
    QVERIFY2(expected.load(reference), qPrintable(reference + u" is missing"_s));
    QCOMPARE(actual.size(), expected.size());
    const int differing = differingPixels(actual, expected, 48);
    if (differing > actual.width() * actual.height() / 2000) {
        const QString path = QDir::temp().filePath(u"steps-actual.png"_s);
        actual.save(path);
        QFAIL(qPrintable(u"%1 pixels differ; see %2"_s.arg(differing).arg(path)));
    }
}

QString TestJourneySteps::posterText(const QString &workspace, const QString &name)
{
    const QString pdf = mDir.filePath(name + u".pdf"_s);
    const CliRun exported = runParcours({u"export"_s, workspace, u"--format"_s, u"pdf"_s, u"-o"_s,
                                         pdf, u"--page"_s, u"A2"_s, u"--date"_s, u"2026-01-01"_s});
    if (exported.code != 0) {
        qWarning("%s", qPrintable(exported.err));
        return {};
    }
    QProcess text;
    text.start(mPdfToText, {pdf, u"-"_s});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

void TestJourneySteps::oneStepPosterPrintsAsBefore()
{
    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the poster's text is not checked");
    // As `parcours new saas.parcours --template saas` made it before templates had steps.
    const QString ws = mDir.filePath(u"saas.parcours"_s);
    Workspace one = oneStepTemplate(JourneyTemplates::Kind::Saas);
    one.info.name = u"saas"_s;
    QVERIFY(WorkspaceStore::create(ws, one).store);
    const QString actual = posterText(ws, u"saas"_s);
    QVERIFY(!actual.isEmpty());
    QFile reference(referenceDir + u"/one-step-saas.txt"_s);
    if (updatingReferences()) {
        QVERIFY(reference.open(QIODevice::WriteOnly));
        reference.write(actual.toUtf8());
        QSKIP("reference regenerated");
    }
    QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(reference.fileName()));
    QCOMPARE(actual, QString::fromUtf8(reference.readAll()));
}

void TestJourneySteps::stepsAreColumns()
{
    const Workspace one = oneStepWorkspace(JourneyTemplates::Kind::Saas);
    const JourneyLayout before(one, one.journeys.front().id);
    QVERIFY(!before.hasStepRow());

    const Workspace w = stepsWorkspace();
    const Journey &j = w.journeys.front();
    const JourneyLayout l(w, j.id);
    QCOMPARE(l.columnCount(), stepCount(j));
    QCOMPARE(l.columnCount(), int(j.stages.size()) + 3);
    QVERIFY(l.hasStepRow());
    // The first stage's header spans its three steps; the third stage starts at column 5.
    const qreal column = l.style().columnWidth;
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(l.stageIdAt(c), j.stages[0].id);
        QCOMPARE(l.stepIdAt(c), j.stages[0].steps[size_t(c)].id);
        QCOMPARE(l.stageFirstColumn(c), 0);
        QCOMPARE(l.stageLastColumn(c), 2);
        QCOMPARE(l.headerRect(c), l.headerRect(0));
    }
    QCOMPARE(l.headerRect(0).width(), 3 * column);
    QCOMPARE(l.funnelRect(1).width(), 3 * column);
    QCOMPARE(l.headerRect(3).left(), l.headerRect(0).right());
    QCOMPARE(l.headerRect(3).width(), 2 * column);
    QCOMPARE(l.stageIdAt(5), j.stages[2].id);
    QCOMPARE(l.columnOf(j.stages[2].id), 5);
    QCOMPARE(l.columnOfStep(j.stages[1].steps[1].id), 4);
    // The step names in their row, below the stage header; a stage's only step unnamed.
    QCOMPARE(l.stepNameBox(1).text(), u"Confirmation e-mail"_s);
    QCOMPARE(l.stepNameBox(4).text(), u"Invite the team"_s);
    QVERIFY(l.stepNameBox(5).isEmpty());
    const QRectF step = l.stepHeaderRect(1);
    QCOMPARE(step.top(), l.headerRect(1).bottom());
    QCOMPARE(step.left(), l.cellRect(1, 0).left());
    const JourneyLayout::Hit hit = l.hitTest(step.center());
    QCOMPARE(hit.kind, JourneyLayout::Hit::StepHeader);
    QCOMPARE(hit.column, 1);
    QCOMPARE(l.hitTest(l.headerRect(1).center()).kind, JourneyLayout::Hit::StageHeader);
    QCOMPARE(l.hitTest(l.cellRect(2, 1).center()).column, 2);
    // Every lane has a cell per step, each as wide as a column.
    QCOMPARE(l.cellRect(2, 0).width(), column);
    QCOMPARE(l.cellRect(2, 0).left(), l.cellRect(1, 0).right());
}

void TestJourneySteps::everyStepHasItsPoint()
{
    const Workspace w = stepsWorkspace();
    const Journey &j = w.journeys.front();
    const JourneyLayout l(w, j.id);
    int row = -1;
    for (int r = 0; r < l.rowCount(); ++r)
        row = l.laneAt(r)->kind == LaneKind::Emotion ? r : row;
    QVERIFY(row >= 0);
    const QImage image = render(w, 1);
    const JourneyStyle &s = l.style();
    // Each step's point, in its score's colour, at its own column's centre.
    const std::pair<int, double> expected[] = {{0, 1}, {1, -1.5}, {2, 0.5}, {4, 2}};
    for (const auto &[column, score] : expected) {
        const QPoint p = l.emotionPoint(column, row, score).toPoint();
        QCOMPARE(p.x(), qRound(l.cellRect(column, row).center().x()));
        const QColor colour = image.pixelColor(p);
        const QColor want = score > 0 ? s.positive : s.negative;
        QVERIFY2(std::abs(colour.red() - want.red()) < 40
                     && std::abs(colour.green() - want.green()) < 40,
                 qPrintable(u"no point at column %1: %2"_s.arg(column).arg(colour.name())));
    }
}

void TestJourneySteps::posterPrintsEveryStep()
{
    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the poster's text is not checked");
    const QString ws = mDir.filePath(u"steps.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, stepsWorkspace()).store);
    const QStringList steps
        = {u"Sign-up form"_s, u"Confirmation e-mail"_s, u"First login"_s, u"Invite the team"_s};
    const QString words = posterText(ws, u"steps"_s).simplified();
    QVERIFY(!words.isEmpty());
    for (const QString &step : steps)
        QVERIFY2(words.contains(step), qPrintable(step + u" not in "_s + words));
    // Tiled on A4 sheets: each step still printed (a sheet may cut inside a stage).
    const QString pdf = mDir.filePath(u"tiled.pdf"_s);
    const CliRun tiled = runParcours({u"export"_s, ws, u"--format"_s, u"pdf"_s, u"-o"_s, pdf,
                                      u"--page"_s, u"A1"_s, u"--tile"_s, u"A4"_s});
    QVERIFY2(tiled.code == 0, qPrintable(tiled.err));
    QProcess text;
    text.start(mPdfToText, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString tiledWords = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &step : steps)
        QVERIFY2(tiledWords.contains(step), qPrintable(step + u" not in "_s + tiledWords));
}

// Severity marks, points of failure and waits belong to a step's own cell: each step of a
// stage shows its own, on screen and on the poster, not only the stage's first step.
void TestJourneySteps::marksOnEveryStep()
{
    Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Blueprint,
                                                  JourneyTemplates::Language::English);
    Journey &j = w.journeys.front();
    Stage &order = j.stages[1]; // Order and pay: cart, payment, confirmation
    QCOMPARE(order.steps.size(), size_t(3));
    const Id customer = j.lanes[1].id;
    const Id frontstage = j.lanes[3].id;
    Cell &payment = order.steps[1].cells[customer];
    payment.text = u"Card refused\nSlow page"_s;
    payment.severities = {PainSeverity::Abandonment, PainSeverity::Workaround};
    order.steps[1].cells[frontstage].failurePoint = true;
    order.steps[2].cells[frontstage].wait = u"Waits 2 hours"_s;
    const Workspace plain = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Blueprint,
                                                            JourneyTemplates::Language::English);

    const JourneyLayout l(w, j.id);
    const int customerRow = l.rowOf(customer);
    const int frontRow = l.rowOf(frontstage);
    const int paymentColumn = l.columnOfStep(order.steps[1].id);
    const int confirmationColumn = l.columnOfStep(order.steps[2].id);
    QCOMPARE(paymentColumn, 2);
    QCOMPARE(l.cellBox(paymentColumn, customerRow).severityMarks.size(), size_t(2));
    QVERIFY(l.cellBox(paymentColumn, frontRow).failurePoint);
    QVERIFY(l.cellBox(confirmationColumn, frontRow).waits);
    QCOMPARE(l.cellBox(confirmationColumn, frontRow).wait.text(), u"Waits 2 hours"_s);
    QVERIFY(!l.cellBox(1, frontRow).failurePoint); // the stage's first step: none

    // Drawn in those cells: they differ from the same cells of the map without the marks (the
    // rows may have grown: each cell is taken where its own layout puts it).
    const QImage marked = render(w, 1);
    const QImage before = render(plain, 1);
    const JourneyLayout lp(plain, plain.journeys.front().id);
    for (const auto &[column, row] :
         {std::pair {paymentColumn, customerRow}, std::pair {paymentColumn, frontRow},
          std::pair {confirmationColumn, frontRow}}) {
        QRect cell = l.cellRect(column, row).toAlignedRect();
        QRect plainCell = lp.cellRect(column, row).toAlignedRect();
        QCOMPARE(cell.width(), plainCell.width());
        const int height = std::min(cell.height(), plainCell.height());
        cell.setHeight(height);
        plainCell.setHeight(height);
        QVERIFY2(differingPixels(marked.copy(cell), before.copy(plainCell), 48) > 20,
                 qPrintable(u"no marks drawn in column %1, row %2"_s.arg(column).arg(row)));
    }

    if (mPdfToText.isEmpty())
        QSKIP("pdftotext (poppler-utils) not installed: the poster's text is not checked");
    const QString ws = mDir.filePath(u"marks.parcours"_s);
    QVERIFY(WorkspaceStore::create(ws, w).store);
    const QString words = posterText(ws, u"marks"_s).simplified();
    QVERIFY(!words.isEmpty());
    for (const QString &text : {u"Card refused"_s, u"Waits 2 hours"_s})
        QVERIFY2(words.contains(text), qPrintable(text + u" not in "_s + words));
}

QTEST_MAIN(TestJourneySteps)
#include "tst_journeysteps.moc"
