#include "analytics/forgottenzone.h"
#include "analytics/journeyanalytics.h"
#include "analytics/retentionmetrics.h"
#include "common/helpdialog.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "dashboard/retentioncharts.h"
#include "document/workspacedocument.h"
#include "language.h"
#include "mainwindow.h"
#include "workspace/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The application in French, offscreen, as a French-speaking user starts it.
class TestFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void menusAreFrench();
    void mnemonicsAreUniquePerMenu();
    void everyVisibleTextIsTranslated();
    void welcomePageIsFrench();
    void qtDialogsAreFrench();
    void numbersUseDecimalComma();
    void chartLabelsUseDecimalComma();
    void undoTextIsFrench();
    void userGuideIsFrench();
    void analyticsLabelsAreFrench();

private:
    // Every text a user reads on a fresh window: menus, actions, welcome page.
    static QStringList visibleTexts();
};

void TestFrench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(Language::install(u"fr"_s), "French translations (Parcours's or Qt's) not found");
    QCOMPARE(Language::current(), u"fr"_s);
}

void TestFrench::cleanupTestCase()
{
    Language::install(u"en"_s);
}

void TestFrench::menusAreFrench()
{
    MainWindow window;
    window.show();
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    QCOMPARE(menus.at(0)->text(), u"&Fichier"_s);
    QCOMPARE(menus.at(1)->text(), u"É&dition"_s);
    QCOMPARE(menus.at(2)->text(), u"&Espace de travail"_s);
    QCOMPARE(menus.last()->text(), u"&Aide"_s);
    QStringList file;
    for (QAction *a : menus.at(0)->menu()->actions())
        file << a->text();
    QVERIFY2(file.contains(u"&Nouvel espace de travail"_s), qPrintable(file.join(u", "_s)));
    QVERIFY(file.contains(u"Enregistrer &sous…"_s));
    QCOMPARE(window.windowTitle(), u"Parcours"_s);
}

void TestFrench::mnemonicsAreUniquePerMenu()
{
    MainWindow window;
    auto mnemonics = [](const QList<QAction *> &actions, QStringList *clashes) {
        QHash<QChar, QString> seen;
        for (QAction *a : actions) {
            QString text = a->text();
            text.remove(u"&&"_s);
            const qsizetype at = text.indexOf(u'&');
            if (a->isSeparator() || at < 0 || at + 1 >= text.size())
                continue;
            const QChar key = text.at(at + 1).toLower();
            if (seen.contains(key))
                *clashes << seen.value(key) + u" / "_s + a->text();
            seen.insert(key, a->text());
        }
    };
    QStringList clashes;
    mnemonics(window.menuBar()->actions(), &clashes);
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        mnemonics(menu->actions(), &clashes);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

QStringList TestFrench::visibleTexts()
{
    MainWindow window;
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction *a : menu->menu()->actions()) {
            texts << a->text() << a->whatsThis();
            if (a->menu()) {
                for (QAction *sub : a->menu()->actions())
                    texts << sub->text() << sub->whatsThis();
            }
        }
    }
    for (QAbstractButton *b : window.welcomePage()->findChildren<QAbstractButton *>())
        texts << b->text() << b->accessibleDescription();
    for (QLabel *l : window.welcomePage()->findChildren<QLabel *>())
        texts << l->text();
    texts.removeAll(QString());
    return texts;
}

void TestFrench::everyVisibleTextIsTranslated()
{
    // The same window in English and in French: a text that stays the same was not
    // translated at run time (a missing string, or one filed under the wrong context).
    const QStringList french = visibleTexts();
    QVERIFY(Language::install(u"en"_s));
    const QStringList english = visibleTexts();
    QVERIFY(Language::install(u"fr"_s));
    QCOMPARE(french.size(), english.size());
    static const QStringList same = {u"Parcours"_s, u"Personas"_s};
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i) == french.at(i) && !same.contains(english.at(i)))
            untranslated << english.at(i);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"\n"_s)));
}

void TestFrench::welcomePageIsFrench()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePage()->isVisible());
    QStringList buttons;
    for (auto *b : window.welcomePage()->findChildren<QCommandLinkButton *>())
        buttons << b->text();
    QVERIFY2(buttons.contains(u"&Nouvel espace de travail vide"_s),
             qPrintable(buttons.join(u", "_s)));
    QVERIFY(buttons.contains(u"Abonnement (rétention continue)"_s));
}

void TestFrench::qtDialogsAreFrench()
{
    // Qt's own strings come from Debian's qtbase_fr.qm.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Annuler"_s);
    PreferencesDialog preferences;
    QCOMPARE(preferences.windowTitle(), u"Préférences"_s);
    QCOMPARE(preferences.findChild<QDialogButtonBox *>()
                 ->button(QDialogButtonBox::Cancel)
                 ->text()
                 .remove(u'&'),
             u"Annuler"_s);
}

void TestFrench::numbersUseDecimalComma()
{
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().toString(85.7, 'f', 1), u"85,7"_s);
    QCOMPARE(Preferences::formatEmotion(1.5, Preferences::EmotionScale::MinusTwoToPlusTwo),
             u"+1,5"_s);
    QCOMPARE(Preferences::formatEmotion(-0.5, Preferences::EmotionScale::OneToFive), u"2,5"_s);
    QCOMPARE(QLocale().toString(QDate(2024, 3, 5), QLocale::LongFormat), u"mardi 5 mars 2024"_s);
}

void TestFrench::chartLabelsUseDecimalComma()
{
    RetentionChartData data;
    data.labels = {u"janv. 2026"_s, u"févr. 2026"_s, u"mars 2026"_s};
    data.crr = {{0, 85.66, 0}, {1, 87.8, 0}, {2, 90.0, 0}};
    data.stickiness = {{0, 23.3, 0}, {1, 25.7, 0}};
    data.belowMonthly = {{0, u"Home buyer"_s, QString(), 66.7, true}};
    const auto yLabels = [](QChart *chart) {
        const auto axes = chart->axes(Qt::Vertical);
        auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
        return axis ? axis->categoriesLabels() : QStringList();
    };
    // As the metrics table writes CRR: "87,8 %", with the no-break space of the translation.
    QCOMPARE(RetentionMetrics::percentText(87.8), u"87,8\u00A0%"_s);

    const std::unique_ptr<QChart> crr(RetentionCharts::crrChart(data));
    QCOMPARE(RetentionCharts::pointLabels(crr.get(), RetentionCharts::crrSeriesName()),
             (QStringList {u"85,7"_s, u"87,8"_s, u"90,0"_s}));
    QCOMPARE(yLabels(crr.get()),
             (QStringList {u"80\u00A0%"_s, u"85\u00A0%"_s, u"90\u00A0%"_s, u"95\u00A0%"_s,
                           u"100\u00A0%"_s}));

    const std::unique_ptr<QChart> stickiness(RetentionCharts::stickinessChart(data));
    QCOMPARE(
        RetentionCharts::pointLabels(stickiness.get(), RetentionCharts::stickinessSeriesName()),
        (QStringList {u"23,3"_s, u"25,7"_s}));
    const QStringList percents = yLabels(stickiness.get());
    QCOMPARE(percents.first(), u"0\u00A0%"_s); // "0 %" like "30 %", not "0%"
    QCOMPARE(percents.last(), u"30\u00A0%"_s);

    // Bar values: Qt writes the number (in the chart's locale), the translation the rest.
    const std::unique_ptr<QChart> bars(RetentionCharts::belowMonthlyChart(data));
    QVERIFY(bars->localizeNumbers());
    QCOMPARE(bars->locale().decimalPoint(), u","_s);
    QStringList formats;
    for (QAbstractSeries *s : bars->series()) {
        if (auto *barSeries = qobject_cast<QBarSeries *>(s))
            formats << barSeries->labelsFormat();
    }
    QCOMPARE(formats, QStringList {u"@value\u00A0%"_s});
    QCOMPARE(yLabels(bars.get()).value(1), u"20\u00A0%"_s);
}

void TestFrench::undoTextIsFrench()
{
    MainWindow window;
    QVERIFY(window.newWorkspace());
    window.addPersona();
    QApplication::processEvents();
    QStringList edit;
    for (QAction *a : window.menuBar()->actions().at(1)->menu()->actions())
        edit << a->text();
    QVERIFY2(edit.contains(u"&Annuler Ajouter un persona"_s), qPrintable(edit.join(u", "_s)));
    QCOMPARE(window.document()->workspace().personas.front().name, u"Nouveau persona"_s);
    window.document()->undoStack()->undo(); // leaves an untouched untitled file: removed
    QVERIFY(window.close());
}

void TestFrench::userGuideIsFrench()
{
    HelpDialog help;
    QVERIFY(help.browser()->source().toString().endsWith(u"/fr/guide.html"_s));
    QCOMPARE(help.browser()->documentTitle(), u"Guide de l’utilisateur de Parcours"_s);
    QVERIFY(help.browser()->toPlainText().contains(u"zone oubliée"_s));
}

void TestFrench::analyticsLabelsAreFrench()
{
    // Free functions' strings: their lookup context must be the one lupdate wrote.
    QCOMPARE(assessmentLabel(Assessment::WorksWell), u"Fonctionne bien"_s);
    PersonaVerdict verdict;
    QVERIFY(!describeVerdict(verdict).startsWith(u"no use case"_s));
}

QTEST_MAIN(TestFrench)
#include "tst_french.moc"
