#include "common/helpdialog.h"
#include "document/workspacedocument.h"
#include "mainwindow.h"
#include "store/workspacestore.h"
#include "workspace/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The welcome page, File > Close, templates, recent files and the user guide, driven as a
// user would: buttons, list rows and keys.
class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyWindowShowsWelcomePage();
    void templateCreatesWorkspaceWithRetentionType_data();
    void templateCreatesWorkspaceWithRetentionType();
    void closeReturnsToWelcomePageThenClosesWindow();
    void recentFilesListedAndReopened();
    void sampleButtonOpensSample();
    void everyMenuActionHasAnAccelerator();
    void userGuideOpensWithF1();

private:
    static bool welcomeShown(MainWindow &window);
    static QCommandLinkButton *button(MainWindow &window, const QString &text);
    QTemporaryDir mDir;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWelcome::init()
{
    QSettings().remove(u"recentFiles"_s);
}

bool TestWelcome::welcomeShown(MainWindow &window)
{
    auto *stack = window.pages();
    return stack && stack->currentWidget() == window.welcomePage();
}

QCommandLinkButton *TestWelcome::button(MainWindow &window, const QString &text)
{
    for (auto *b : window.welcomePage()->findChildren<QCommandLinkButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

void TestWelcome::emptyWindowShowsWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(welcomeShown(window));
    QVERIFY(window.welcomePage()->isVisible());
    QVERIFY(!window.document());
    // Every button can be reached with the keyboard and has a name for screen readers.
    const auto buttons = window.welcomePage()->findChildren<QCommandLinkButton *>();
    QCOMPARE(buttons.size(), 6); // new, open, sample and three templates
    for (QCommandLinkButton *b : buttons) {
        QVERIFY(b->focusPolicy() & Qt::TabFocus);
        QVERIFY(!b->text().isEmpty());
        QVERIFY(!b->accessibleDescription().isEmpty());
    }
    QVERIFY(!window.welcomePage()->recentList()->accessibleName().isEmpty());
    // No recent files: one disabled row says so.
    QCOMPARE(window.welcomePage()->recentList()->count(), 1);
    QCOMPARE(window.welcomePage()->recentList()->item(0)->flags(), Qt::NoItemFlags);
}

void TestWelcome::templateCreatesWorkspaceWithRetentionType_data()
{
    QTest::addColumn<QString>("buttonText");
    QTest::addColumn<RetentionType>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("saas") << u"Subscription (continuous retention)"_s << RetentionType::Continuous
                          << u"Subscription product"_s;
    QTest::newRow("seasonal") << u"Seasonal (discontinuous retention)"_s
                              << RetentionType::Discontinuous << u"Seasonal business"_s;
    QTest::newRow("service") << u"Service (intentional retention)"_s << RetentionType::Intentional
                             << u"Service business"_s;
}

void TestWelcome::templateCreatesWorkspaceWithRetentionType()
{
    QFETCH(QString, buttonText);
    QFETCH(RetentionType, type);
    QFETCH(QString, name);
    MainWindow window;
    window.show();
    QCommandLinkButton *b = button(window, buttonText);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QVERIFY(window.document());
    QVERIFY(window.document()->isUntitled());
    QCOMPARE(window.document()->workspace().info.retentionType, type);
    QCOMPARE(window.document()->workspace().info.name, name);
    // With the template's journey, ready to edit: stages and the default lanes.
    QCOMPARE(window.document()->workspace().journeys.size(), size_t(1));
    QVERIFY(window.document()->workspace().journeys.front().stages.size() >= 5);
    QCOMPARE(window.document()->workspace().journeys.front().lanes.size(), size_t(9));
    QVERIFY(window.windowTitle().startsWith(name));
    QVERIFY(!welcomeShown(window));
    QVERIFY(window.close());
}

void TestWelcome::closeReturnsToWelcomePageThenClosesWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(button(window, u"New empty workspace"_s), Qt::LeftButton);
    QVERIFY(window.document());
    const QString file = window.document()->filePath();

    // Ctrl+W (File > Close): the untouched untitled workspace goes, the window stays.
    QTest::keySequence(&window, QKeySequence::Close);
    QVERIFY(!window.document());
    QVERIFY(welcomeShown(window));
    QVERIFY(window.isVisible());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(window.windowTitle(), u"Parcours"_s);

    // Again, with nothing open: the window closes.
    QTest::keySequence(&window, QKeySequence::Close);
    QVERIFY(!window.isVisible());
}

void TestWelcome::recentFilesListedAndReopened()
{
    const QString path = mDir.filePath(u"Onboarding.parcours"_s);
    Workspace w;
    w.info.name = u"Onboarding"_s;
    QVERIFY(WorkspaceStore::create(path, w).store);

    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(window.closeWorkspace());
    QVERIFY(welcomeShown(window));

    QListWidget *recent = window.welcomePage()->recentList();
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().startsWith(u"Onboarding\n"_s));
    QCOMPARE(recent->item(0)->data(Qt::AccessibleTextRole).toString(), u"Onboarding"_s);
    // Enter on the selected row opens it.
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(window.document());
    QCOMPARE(QFileInfo(window.document()->filePath()).canonicalFilePath(),
             QFileInfo(path).canonicalFilePath());

    // A file deleted since is left out.
    QVERIFY(window.closeWorkspace());
    QVERIFY(QFile::remove(path));
    window.welcomePage()->setRecentFiles({path});
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->flags(), Qt::NoItemFlags);
}

void TestWelcome::sampleButtonOpensSample()
{
    MainWindow window;
    window.show();
    QTest::mouseClick(button(window, u"Explore the sample workspace"_s), Qt::LeftButton);
    QVERIFY(window.document());
    QVERIFY(window.windowTitle().contains(u"HomeFinder"_s));
    QVERIFY(window.close());
}

void TestWelcome::everyMenuActionHasAnAccelerator()
{
    // Keyboard access: each menu and each of its commands has an Alt+letter accelerator.
    MainWindow window;
    QStringList missing;
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->text().contains(u'&'))
            missing << menu->text();
        for (QAction *a : menu->menu()->actions()) {
            if (!a->isSeparator() && !a->text().contains(u'&'))
                missing << menu->text() + u" > "_s + a->text();
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestWelcome::userGuideOpensWithF1()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<HelpDialog *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QVERIFY(help->browser()->source().toString().endsWith(u"/en/guide.html"_s));
    const QString text = help->browser()->toPlainText();
    for (const QString &topic : {u"Personas"_s, u"Use-case maps"_s, u"The forgotten zone"_s,
                                 u"Customer journeys"_s, u"Posters"_s}) {
        QVERIFY2(text.contains(topic), qPrintable(topic));
    }
    // The contents link to every section.
    help->showTopic(u"forgotten-zone"_s);
    QCOMPARE(help->browser()->source().fragment(), u"forgotten-zone"_s);
    // F1 again reuses the same window.
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<HelpDialog *>().size(), 1);
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
