#include "analytics/forgottenzone.h"
#include "analytics/frequencyspectrum.h"
#include "analytics/journeyanalytics.h"
#include "analytics/retentionmetrics.h"
#include "common/helpdialog.h"
#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "dashboard/retentioncharts.h"
#include "document/workspacedocument.h"
#include "domain/numbertext.h"
#include "itemmodels/usecasetablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "posters/dashboardpostercontent.h"
#include "posters/posterdialog.h"
#include "usecases/frequencydelegate.h"
#include "usecases/usecasemapeditor.h"
#include "usecases/usecasetableview.h"
#include "workspace/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

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
    void frequencyHintsAreFrenchOnly();
    void labelsAreNotClipped();
    void numbersNeverBreakAcrossLines();

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

void TestFrench::frequencyHintsAreFrenchOnly()
{
    // What a French user reads while typing a frequency, whatever language the phrase is in.
    const QStringList english = {u"times"_s, u"twice"_s, u"every"_s, u"month"_s,
                                 u"year"_s,  u"week"_s,  u"about"_s, u"below"_s};
    const auto isFrenchOnly = [&english](const QString &text) {
        for (const QString &word : english) {
            if (text.contains(word))
                return false;
        }
        return true;
    };
    FrequencyEditor editor;
    QVERIFY2(isFrenchOnly(editor.placeholderText()), qPrintable(editor.placeholderText()));
    QTest::keyClicks(&editor, u"twice a month"_s);
    QCOMPARE(editor.feedback(), u"\u2713 2 fois par mois — environ 2,0 fois par mois"_s);
    editor.clear();
    QTest::keyClicks(&editor, u"every 5.5 years"_s);
    QVERIFY2(editor.feedback().startsWith(u"\u2713 tous les 5,5 ans — "_s),
             qPrintable(editor.feedback()));
    QVERIFY2(isFrenchOnly(editor.feedback()), qPrintable(editor.feedback()));

    // The chart's hover text and the table cell too.
    Persona persona;
    UseCase u;
    u.useCase = u"Acheter"_s;
    u.frequency = *UsageFrequency::parse(u"every 5.5 years"_s).frequency;
    persona.useCases = {u};
    const FrequencySpectrum spectrum = FrequencySpectrum::forPersona(persona);
    const QString point = FrequencySpectrum::describe(spectrum.series.front().points.front());
    QVERIFY2(point.startsWith(u"Acheter — tous les 5,5 ans ("_s), qPrintable(point));
    QVERIFY2(isFrenchOnly(point), qPrintable(point));
}

void TestFrench::labelsAreNotClipped()
{
    Workspace w;
    Persona persona;
    persona.id = newId();
    persona.name = u"Acheteur"_s;
    w.personas = {persona};
    QTemporaryDir dir;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(dir.filePath(u"fr.parcours"_s), w);
    QVERIFY2(created.document, qPrintable(created.error));
    UseCaseMapEditor editor;
    editor.setDocument(created.document.get());
    editor.setPersona(persona.id);
    editor.resize(1200, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // Every column header of the use-case map is read whole.
    QHeaderView *header = editor.table()->horizontalHeader();
    QCOMPARE(editor.tableModel()
                 ->headerData(UseCaseTableModel::WhyBetterColumn, Qt::Horizontal)
                 .toString(),
             u"Pourquoi nous sommes meilleurs"_s);
    for (int column = 0; column < UseCaseTableModel::ColumnCount - 1; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(editor.tableModel()->headerData(column, Qt::Horizontal).toString()));
    }
    // The persona's weight shows its whole placeholder ("facultatif, p. ex. 0,6").
    auto *weight = editor.findChild<QLineEdit *>(u"personaWeight"_s);
    QVERIFY(weight);
    QCOMPARE(weight->placeholderText(), u"facultatif, p. ex. 0,6"_s);
    QStyleOptionFrame option;
    option.initFrom(weight);
    option.lineWidth = weight->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, weight);
    const QRect text
        = weight->style()->subElementRect(QStyle::SE_LineEditContents, &option, weight);
    QVERIFY2(
        text.width() - 4 >= weight->fontMetrics().horizontalAdvance(weight->placeholderText()),
        qPrintable(u"%1 px for %2 px"_s.arg(text.width() - 4)
                       .arg(weight->fontMetrics().horizontalAdvance(weight->placeholderText()))));

    // The poster dialog's sheet orientation, its label and its longest choice.
    DashboardPosterContent content(w);
    PosterDialog dialog(content, PosterDialog::Purpose::Export);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tileOrientation = dialog.findChild<QComboBox *>(u"tileOrientation"_s);
    QVERIFY(tileOrientation);
    QCOMPARE(tileOrientation->itemText(0), u"Automatique (le moins de feuilles possible)"_s);
    QVERIFY2(
        tileOrientation->width() >= tileOrientation->sizeHint().width(),
        qPrintable(
            u"%1 < %2"_s.arg(tileOrientation->width()).arg(tileOrientation->sizeHint().width())));
    QLabel *orientationLabel = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == tileOrientation)
            orientationLabel = label;
    }
    QVERIFY(orientationLabel);
    QVERIFY2(orientationLabel->width() >= orientationLabel->sizeHint().width(),
             qPrintable(orientationLabel->text()));
}

void TestFrench::numbersNeverBreakAcrossLines()
{
    // QLocale's French "1 700" has a narrow no-break space, which Qt's rich text turns into
    // a breaking one; a space typed in a number, or before "%", breaks anywhere.
    const QString count = QLocale().toString(1700);
    QCOMPARE(count, u"1\u202F700"_s);
    const QStringList texts = {u"Visite → Achat\u00A0: %1 perdus (45 %)"_s.arg(count),
                               u"Visite → Achat\u00A0: 1 700 perdus (45 %)"_s};
    for (const QString &text : texts) {
        for (const bool rich : {true, false}) {
            QTextDocument document;
            if (rich)
                document.setHtml(u"<b>Onboarding</b> "_s + NumberText::toHtml(text));
            else
                document.setPlainText(NumberText::keepNumbersWhole(text));
            // From as narrow as the widest number (narrower, it must break) up: a break right
            // after "1" or after "45" would show if one were allowed.
            const int widest
                = QFontMetrics(document.defaultFont()).horizontalAdvance(u"1\u00A0700 "_s)
                + 2 * int(document.documentMargin()) + 2;
            for (int width = widest; width < 400; width += 3) {
                document.setTextWidth(width);
                document.size(); // lays it out
                const QTextBlock block = document.firstBlock();
                const QTextLayout *layout = block.layout();
                for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const QString end = block.text().mid(line.textStart(), line.textLength());
                    const QString next = block.text().mid(layout->lineAt(i + 1).textStart());
                    QVERIFY2(end.trimmed().isEmpty() || next.isEmpty()
                                 || !(end.trimmed().back().isDigit()
                                      && (next.front().isDigit() || next.front() == u'%')),
                             qPrintable(u"%1 | %2 (width %3)"_s.arg(end, next).arg(width)));
                }
            }
        }
    }
}

QTEST_MAIN(TestFrench)
#include "tst_french.moc"
