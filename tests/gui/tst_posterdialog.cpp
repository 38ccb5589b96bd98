// The poster dialog and the File menu's print actions, offscreen: what the settings give, the
// legibility warning, the preview's pages, export from the dialog, remembered choices.
#include "common/preferences.h"
#include "document/workspacedocument.h"
#include "domain/journeytemplates.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "mainwindow.h"
#include "posters/journeypostercontent.h"
#include "posters/posterdialog.h"
#include "posters/usecasemappostercontent.h"
#include "workspace/workspacesidebar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Parcours;
using namespace Qt::StringLiterals;

class TestPosterDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void summaryAndWarningFollowTheSettings();
    void customSizeAndSettingsRemembered();
    void previewShowsEverySheet();
    void exportFromTheDialog();
    void menuActionsFollowTheShownJourney();
    void startsOnThePreferredSheet();
    void rowsChosenSaidAndRemembered();
    void useCaseMapColumnsChosenAndSaid();
    void customerViewOfABlueprint();

private:
    MainWindow *sampleWindow();
    std::unique_ptr<MainWindow> mWindow;
};

void TestPosterDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestPosterDialog::init()
{
    QSettings().remove(u"poster"_s);
}

MainWindow *TestPosterDialog::sampleWindow()
{
    if (!mWindow) {
        mWindow = std::make_unique<MainWindow>();
        if (!mWindow->openSample())
            return nullptr;
    }
    return mWindow.get();
}

void TestPosterDialog::summaryAndWarningFollowTheSettings()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &w = window->document()->workspace();
    JourneyPosterContent content(w, w.journeys.front().id);
    PosterDialog dialog(content, PosterDialog::Purpose::Print);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = dialog.findChild<QLabel *>(u"posterWarning"_s);
    QVERIFY(warning);

    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A4);
    s.orientation = QPageLayout::Landscape;
    dialog.setSettings(s);
    QVERIFY(!dialog.posterLayout().isLegible());
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"Choose A3 or larger"_s), qPrintable(warning->text()));

    // Tiled A0 on A4: the summary says how many sheets.
    s.posterSize = QPageSize(QPageSize::A0);
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A4);
    dialog.setSettings(s);
    QVERIFY(!warning->isVisible());
    // The sample journey is wider than A0's proportions: the blank band below it takes no
    // sheets (5 × 5 = 25 would print the whole A0), and the summary says so.
    const PosterLayout &tiles = dialog.posterLayout();
    QVERIFY(tiles.isTrimmed());
    QVERIFY2(tiles.sheetCount() < 25, qPrintable(tiles.describe()));
    QCOMPARE(tiles.sheetCount(), tiles.rows() * tiles.columns());
    const auto labels = dialog.findChildren<QLabel *>();
    bool described = false;
    const QString expected
        = u"on %1 A4 %2 sheets: %3 rows × %4 columns"_s.arg(tiles.sheetCount())
              .arg(tiles.sheetOrientation() == QPageLayout::Portrait ? u"portrait"_s
                                                                     : u"landscape"_s)
              .arg(tiles.rows())
              .arg(tiles.columns());
    for (const QLabel *label : labels)
        described = described
            || (label->text().contains(expected)
                && label->text().contains(u"holding the content are printed"_s));
    QVERIFY2(described, qPrintable(tiles.describe()));
    // The widgets drive the same settings.
    auto *margin = dialog.findChild<QDoubleSpinBox *>(u"margin"_s);
    QVERIFY(margin);
    margin->setValue(2);
    QVERIFY(!dialog.posterLayout().isValid());
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"at least 5 mm"_s), qPrintable(warning->text()));
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons) {
        if (button->text().contains(u"Print"_s))
            QVERIFY(!button->isEnabled());
    }
    margin->setValue(10);
    QVERIFY(dialog.posterLayout().isValid());
    QTest::qWait(50); // layouts settle
    QVERIFY(dialog.findChild<QLabel *>(u"posterSummary"_s)->height() > 20);
    if (qEnvironmentVariableIsSet("PARCOURS_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("PARCOURS_SCREENSHOTS") + u"/poster-dialog.png"_s);
}

void TestPosterDialog::customSizeAndSettingsRemembered()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &w = window->document()->workspace();
    JourneyPosterContent content(w, w.journeys.front().id);
    {
        PosterDialog dialog(content, PosterDialog::Purpose::Export);
        PosterSettings s;
        s.posterSize = PosterSettings::customSize(1000, 700);
        s.orientation = QPageLayout::Landscape;
        s.margin = 12;
        dialog.setSettings(s);
        dialog.findChild<QLineEdit *>(u"notes"_s)->setText(u"v3 — après l’atelier"_s);
        QCOMPARE(dialog.posterLayout().posterSize(), QSizeF(1000, 700));
        QCOMPARE(dialog.info().notes, u"v3 — après l’atelier"_s);
        PosterDialog::saveSettings(dialog.settings(), dialog.info().notes, 600);
    }
    PosterDialog again(content, PosterDialog::Purpose::Print);
    const PosterSettings s = again.settings();
    QCOMPARE(s.posterSize.size(QPageSize::Millimeter), QSizeF(1000, 700));
    QCOMPARE(again.posterLayout().posterSize(), QSizeF(1000, 700));
    QCOMPARE(s.margin, 12.0);
    QCOMPARE(again.info().notes, u"v3 — après l’atelier"_s);
    QCOMPARE(again.dpi(), 600);
}

void TestPosterDialog::previewShowsEverySheet()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &w = window->document()->workspace();
    JourneyPosterContent content(w, w.journeys.front().id);
    PosterDialog dialog(content, PosterDialog::Purpose::Print);
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A2);
    s.orientation = QPageLayout::Portrait;
    s.tiled = true;
    s.tileSize = QPageSize(QPageSize::A3);
    dialog.setSettings(s);
    int pages = -1;
    QTimer closer; // a local timer: Qt's singleShot(functor) confuses the analyzer
    closer.setSingleShot(true);
    connect(&closer, &QTimer::timeout, this, [&pages] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(top)) {
                auto *widget = preview->findChild<QPrintPreviewWidget *>();
                if (widget) {
                    widget->updatePreview();
                    pages = widget->pageCount();
                }
                if (widget && qEnvironmentVariableIsSet("PARCOURS_SCREENSHOTS")) {
                    widget->setViewMode(QPrintPreviewWidget::AllPagesView);
                    preview->grab().save(qEnvironmentVariable("PARCOURS_SCREENSHOTS")
                                         + u"/poster-preview.png"_s);
                }
                preview->reject();
            }
        }
    });
    closer.start(0);
    dialog.preview();
    QVERIFY(dialog.posterLayout().sheetCount() > 1);
    QCOMPARE(pages, dialog.posterLayout().sheetCount());
}

void TestPosterDialog::exportFromTheDialog()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &w = window->document()->workspace();
    JourneyPosterContent content(w, w.journeys.front().id);
    PosterDialog dialog(content, PosterDialog::Purpose::Export);
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A3);
    s.tiled = true; // PDF tiled; pictures hold the whole poster
    s.tileSize = QPageSize(QPageSize::A4);
    dialog.setSettings(s);
    QTemporaryDir dir;
    const PosterExporter::Result pdf = dialog.exportTo(dir.filePath(u"poster.pdf"_s));
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    const PosterExporter::Result png = dialog.exportTo(dir.filePath(u"poster.png"_s));
    QVERIFY2(png.ok, qPrintable(png.error));
    // 420 × 297 mm at the remembered default of 300 dpi.
    QCOMPARE(QImage(dir.filePath(u"poster.png"_s)).size(), QSize(4961, 3508));
}

void TestPosterDialog::menuActionsFollowTheShownJourney()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    QAction *print = nullptr;
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == u"Print…")
            print = action;
    }
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    // The dashboard prints as a poster too.
    auto *outline = qobject_cast<WorkspaceOutlineModel *>(window->sidebar()->model());
    window->sidebar()->setCurrentIndex(outline->groupIndex(WorkspaceOutlineModel::DashboardGroup));
    QVERIFY(print->isEnabled());
    window->sidebar()->selectEntity(EntityKind::Persona,
                                    window->document()->workspace().personas.front().id);
    QVERIFY(print->isEnabled()); // prints the use-case map
    window->sidebar()->selectEntity(EntityKind::Journey,
                                    window->document()->workspace().journeys.front().id);
    QVERIFY(print->isEnabled());
    // The action opens the poster dialog for that journey.
    bool opened = false;
    QTimer closer; // a local timer: Qt's singleShot(functor) confuses the analyzer
    closer.setSingleShot(true);
    connect(&closer, &QTimer::timeout, this, [&opened] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<PosterDialog *>(top)) {
                opened = dialog->renderer().documentTitle().startsWith(u"SaaS subscription"_s);
                dialog->reject();
            }
        }
    });
    closer.start(0);
    print->trigger();
    QVERIFY(opened);
    mWindow->close();
    mWindow.reset();
}

// A new poster starts on the sheet of the Preferences: unset, the one usual in the system's
// region; set, A4 (as for fr_FR) or Letter (as for en_US). A size remembered from the last
// poster wins until the preference changes.
void TestPosterDialog::startsOnThePreferredSheet()
{
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &w = window->document()->workspace();
    JourneyPosterContent content(w, w.journeys.front().id);
    const auto initialSheet = [&content] {
        const PosterDialog dialog(content, PosterDialog::Purpose::Export);
        return dialog.settings().posterSize.id();
    };
    QCOMPARE(initialSheet(), Preferences::defaultPageSizeFor(QLocale::system()));

    for (const QString &locale : {u"en_US"_s, u"fr_FR"_s, u"en_US"_s}) {
        const QPageSize::PageSizeId usual = Preferences::defaultPageSizeFor(QLocale(locale));
        Preferences::setPosterPageSize(usual);
        const PosterDialog dialog(content, PosterDialog::Purpose::Print);
        QCOMPARE(dialog.settings().posterSize.id(), usual);
        QCOMPARE(dialog.settings().tileSize.id(), usual);
        // The thumbnail and summary are of that sheet (landscape by default).
        const QSizeF mm = QPageSize(usual).size(QPageSize::Millimeter);
        QCOMPARE(dialog.posterLayout().posterSize(), mm.transposed());
    }
    QCOMPARE(Preferences::posterPageSize(), QPageSize::Letter);

    PosterSettings a2;
    a2.posterSize = QPageSize(QPageSize::A2);
    PosterDialog::saveSettings(a2, QString(), 300);
    QCOMPARE(initialSheet(), QPageSize::A2);
    Preferences::setPosterPageSize(QPageSize::Letter); // unchanged: A2 stays
    QCOMPARE(initialSheet(), QPageSize::A2);
    Preferences::setPosterPageSize(QPageSize::A4);
    QCOMPARE(initialSheet(), QPageSize::A4);
}

// A journey of 30 stages: the Rows box wraps it, the summary says the rows and the smallest
// text, the warning offers wrapping, and the choice is remembered.
void TestPosterDialog::rowsChosenSaidAndRemembered()
{
    Workspace w;
    Journey j;
    j.id = 7;
    j.name = u"Long"_s;
    j.lanes = {{8, u"Actions"_s, LaneKind::Text, true}};
    for (int i = 0; i < 30; ++i) {
        Stage stage;
        stage.id = 100 + i;
        stage.withOneStep();
        stage.name = u"Stage %1"_s.arg(i + 1);
        stage.firstCells().insert(8, Cell {u"Reads the offer"_s, std::nullopt});
        j.stages.push_back(stage);
    }
    w.journeys.push_back(j);
    JourneyPosterContent content(w, 7);
    {
        PosterDialog dialog(content, PosterDialog::Purpose::Export);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        PosterSettings s;
        s.posterSize = QPageSize(QPageSize::A3); // 0.9 pt as one band, 8 pt wrapped
        s.orientation = QPageLayout::Portrait;
        dialog.setSettings(s);
        auto *warning = dialog.findChild<QLabel *>(u"posterWarning"_s);
        QVERIFY2(warning->text().contains(u"Choose automatic rows: "_s),
                 qPrintable(warning->text()));
        auto *rows = dialog.findChild<QComboBox *>(u"rows"_s);
        QVERIFY(rows && rows->isVisible());
        QCOMPARE(rows->count(), 31); // automatic, then 1 … 30
        rows->setFocus();
        QTest::keyClick(rows, Qt::Key_Home); // Automatic
        QCOMPARE(dialog.settings().rows, PosterSettings::automaticRows);
        const auto &cuts = dialog.renderer().rowCuts();
        QVERIFY(cuts.size() > 1);
        auto *summary = dialog.findChild<QLabel *>(u"posterSummary"_s);
        QVERIFY2(summary->text().contains(u"%1 rows of "_s.arg(cuts.size()))
                     && summary->text().contains(u", smallest text "_s),
                 qPrintable(summary->text()));
        QVERIFY(dialog.posterLayout().smallestTextPt() > 0);
        PosterDialog::saveSettings(dialog.settings(), {}, 300);
        QCOMPARE(QSettings().value(u"poster/rows"_s).toString(), u"auto"_s);
        QTest::keyClick(rows, Qt::Key_Down); // 1: one band again
        QTest::keyClick(rows, Qt::Key_Down); // 2
        QCOMPARE(dialog.settings().rows, 2);
        QCOMPARE(dialog.renderer().rowCuts().size(), size_t(2));
    }
    PosterDialog again(content, PosterDialog::Purpose::Print);
    QCOMPARE(again.settings().rows, PosterSettings::automaticRows);
}

// A persona of 150 use cases: the same box counts columns of the table, labelled so; the
// warning offers them and the summary says them.
void TestPosterDialog::useCaseMapColumnsChosenAndSaid()
{
    Workspace w;
    Persona persona;
    persona.id = 41;
    persona.name = u"Planner"_s;
    for (int i = 1; i <= 150; ++i) {
        UseCase u;
        u.id = 1000 + i;
        u.problem = u"Needs to plan visit %1"_s.arg(i);
        u.useCase = u"Use case %1"_s.arg(i);
        u.frequency = UsageFrequency(1, 1, Period::Month);
        persona.useCases.push_back(u);
    }
    w.personas.push_back(persona);
    UseCaseMapPosterContent content(w, 41);
    PosterDialog dialog(content, PosterDialog::Purpose::Export);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    PosterSettings s;
    s.posterSize = QPageSize(QPageSize::A0);
    s.orientation = QPageLayout::Landscape;
    dialog.setSettings(s);
    auto *warning = dialog.findChild<QLabel *>(u"posterWarning"_s);
    QVERIFY2(warning->text().contains(u"Choose automatic columns: "_s),
             qPrintable(warning->text()));
    auto *rows = dialog.findChild<QComboBox *>(u"rows"_s);
    QVERIFY(rows && rows->isVisible());
    bool labelled = false;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        labelled = labelled || (l->buddy() == rows && l->text() == u"Co&lumns:"_s);
    QVERIFY(labelled);
    QCOMPARE(rows->itemText(1), u"1 (one column)"_s);
    QCOMPARE(rows->count(), 1 + dialog.renderer().maxColumns());
    rows->setFocus();
    QTest::keyClick(rows, Qt::Key_Home); // Automatic
    QCOMPARE(dialog.settings().rows, PosterSettings::automaticRows);
    QVERIFY(dialog.renderer().columns() > 1);
    QVERIFY(dialog.posterLayout().isLegible());
    auto *summary = dialog.findChild<QLabel *>(u"posterSummary"_s);
    QVERIFY2(
        summary->text().contains(u"%1 columns, smallest text "_s.arg(dialog.renderer().columns())),
        qPrintable(summary->text()));
    QTest::keyClick(rows, Qt::Key_Down); // 1
    QTest::keyClick(rows, Qt::Key_Down); // 2
    QCOMPARE(dialog.settings().rows, 2);
    QCOMPARE(dialog.renderer().columns(), 2);
}

void TestPosterDialog::customerViewOfABlueprint()
{
    const Workspace w = JourneyTemplates::makeWorkspace(JourneyTemplates::Kind::Blueprint,
                                                        JourneyTemplates::Language::English);
    JourneyPosterContent content(w, w.journeys.front().id);
    const auto legendNames = [&content] {
        QStringList labels;
        for (const PosterLegendSection &section : content.legend()) {
            for (const PosterLegendEntry &entry : section.entries)
                labels << entry.label;
        }
        return labels.join(u'\n');
    };
    QCOMPARE(content.journeyLayout().rowCount(), 6);
    {
        PosterDialog dialog(content, PosterDialog::Purpose::Export);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *customer = dialog.findChild<QCheckBox *>(u"customerView"_s);
        QVERIFY(customer);
        QVERIFY(customer->isVisible());
        QVERIFY(!customer->isChecked());
        QVERIFY(legendNames().contains(u"Line of visibility"_s));
        QTest::mouseClick(customer, Qt::LeftButton, {}, QPoint(6, customer->height() / 2));
        QVERIFY(customer->isChecked());
        QCOMPARE(dialog.settings().audience, PosterSettings::Audience::Customer);
        // Evidence, customer actions, emotion, frontstage: backstage and support are left out.
        QCOMPARE(content.journeyLayout().rowCount(), 4);
        QVERIFY(!legendNames().contains(u"Line of visibility"_s));
        QVERIFY(legendNames().contains(u"Line of interaction"_s));
        dialog.saveSettings(dialog.settings(), {}, 300);
    }
    // Not remembered: the next poster shows everyone's view again.
    PosterDialog again(content, PosterDialog::Purpose::Export);
    QVERIFY(!again.findChild<QCheckBox *>(u"customerView"_s)->isChecked());
    QCOMPARE(content.journeyLayout().rowCount(), 6);

    // A journey without a backstage offers no such choice.
    MainWindow *window = sampleWindow();
    QVERIFY(window);
    const Workspace &sample = window->document()->workspace();
    JourneyPosterContent plain(sample, sample.journeys.front().id);
    PosterDialog dialog(plain, PosterDialog::Purpose::Export);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QCheckBox *>(u"customerView"_s)->isVisible());
}

QTEST_MAIN(TestPosterDialog)
#include "tst_posterdialog.moc"
