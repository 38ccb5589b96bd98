#include "common/preferences.h"
#include "common/preferencesdialog.h"
#include "document/workspacedocument.h"
#include "itemmodels/usecasetablemodel.h"
#include "mainwindow.h"
#include "usecases/usecasetableview.h"
#include "workspace/workspacesidebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Preferences: defaults from the locale, the dialog writing them, themes that stay legible.
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void languageFromLocale_data();
    void languageFromLocale();
    void pageSizeFromTerritory_data();
    void pageSizeFromTerritory();
    void emotionDisplay_data();
    void emotionDisplay();
    void dialogWritesPreferences();
    void themesAreLegible_data();
    void themesAreLegible();
    void systemThemeRestoresPalette();
    void markedRowsAndVerdictsStayLegible_data();
    void markedRowsAndVerdictsStayLegible();

private:
    static double contrast(const QColor &a, const QColor &b);
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::languageFromLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr_FR") << u"fr_FR"_s << u"fr"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("fr_BE") << u"fr_BE"_s << u"fr"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
    QTest::newRow("de_DE falls back to English") << u"de_DE"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void TestPreferences::languageFromLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Preferences::languageFor(QLocale(locale)), language);
}

void TestPreferences::pageSizeFromTerritory_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::newRow("en_US") << u"en_US"_s << QPageSize::Letter;
    QTest::newRow("fr_CA") << u"fr_CA"_s << QPageSize::Letter;
    QTest::newRow("fr_FR") << u"fr_FR"_s << QPageSize::A4;
    QTest::newRow("en_GB") << u"en_GB"_s << QPageSize::A4;
    QTest::newRow("fr_BE") << u"fr_BE"_s << QPageSize::A4;
}

void TestPreferences::pageSizeFromTerritory()
{
    QFETCH(QString, locale);
    QFETCH(QPageSize::PageSizeId, size);
    QCOMPARE(Preferences::defaultPageSizeFor(QLocale(locale)), size);
}

void TestPreferences::emotionDisplay_data()
{
    using Scale = Preferences::EmotionScale;
    QTest::addColumn<double>("score");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QString>("shown");
    QTest::newRow("-2") << -2.0 << Scale::MinusTwoToPlusTwo << u"−2"_s;
    QTest::newRow("0") << 0.0 << Scale::MinusTwoToPlusTwo << u"0"_s;
    QTest::newRow("+1.5") << 1.5 << Scale::MinusTwoToPlusTwo << u"+1.5"_s;
    QTest::newRow("-2 as 1") << -2.0 << Scale::OneToFive << u"1"_s;
    QTest::newRow("0 as 3") << 0.0 << Scale::OneToFive << u"3"_s;
    QTest::newRow("0.5 as 3.5") << 0.5 << Scale::OneToFive << u"3.5"_s;
    QTest::newRow("2 as 5") << 2.0 << Scale::OneToFive << u"5"_s;
}

void TestPreferences::emotionDisplay()
{
    QFETCH(double, score);
    QFETCH(Preferences::EmotionScale, scale);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale(u"en_US"_s));
    QCOMPARE(Preferences::formatEmotion(score, scale), shown);
}

void TestPreferences::dialogWritesPreferences()
{
    QCOMPARE(Preferences::language(), QString()); // follows the system by default
    QCOMPARE(Preferences::posterPageSize(), Preferences::defaultPageSizeFor(QLocale::system()));
    QCOMPARE(Preferences::emotionScale(), Preferences::EmotionScale::MinusTwoToPlusTwo);
    QVERIFY(!Preferences::reopenLastWorkspace()); // the welcome page first

    PreferencesDialog dialog;
    QCOMPARE(dialog.languageBox()->count(), 3);
    QCOMPARE(dialog.reopenLastBox()->text(), u"&Reopen last workspace on start"_s);
    QVERIFY(!dialog.reopenLastBox()->isChecked());
    QTest::mouseClick(dialog.reopenLastBox(), Qt::LeftButton, {},
                      dialog.reopenLastBox()->rect().center());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_s));
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(QPageSize::Letter)));
    dialog.emotionScaleBox()->setCurrentIndex(
        dialog.emotionScaleBox()->findData(int(Preferences::EmotionScale::OneToFive)));
    // The dialog says a new language needs a restart.
    bool restartNote = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        restartNote |= label->text().contains(u"starts again"_s);
    QVERIFY(restartNote);
    dialog.accept();

    QCOMPARE(Preferences::language(), u"fr"_s);
    QCOMPARE(Preferences::posterPageSize(), QPageSize::Letter);
    QCOMPARE(Preferences::emotionScale(), Preferences::EmotionScale::OneToFive);
    QCOMPARE(Preferences::theme(), Preferences::Theme::System);
    QVERIFY(Preferences::reopenLastWorkspace());

    // Back to the system language.
    PreferencesDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), u"fr"_s);
    QVERIFY(again.reopenLastBox()->isChecked());
    again.reopenLastBox()->setChecked(false);
    again.languageBox()->setCurrentIndex(0);
    again.accept();
    QCOMPARE(Preferences::language(), QString());
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QVERIFY(!Preferences::reopenLastWorkspace());
}

double TestPreferences::contrast(const QColor &a, const QColor &b)
{
    // WCAG 2 contrast ratio.
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void TestPreferences::themesAreLegible_data()
{
    QTest::addColumn<Preferences::Theme>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << Preferences::Theme::Light << false;
    QTest::newRow("dark") << Preferences::Theme::Dark << true;
}

void TestPreferences::themesAreLegible()
{
    QFETCH(Preferences::Theme, theme);
    QFETCH(bool, dark);
    PreferencesDialog dialog;
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(theme)));
    dialog.accept();
    QCOMPARE(Preferences::theme(), theme);
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Window).lightness() < 128, dark);
    // WCAG AA for text (4.5:1) on every surface text is drawn on.
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto &[fg, bg] : pairs) {
        const double ratio = contrast(p.color(fg), p.color(bg));
        const QMetaEnum roles = QMetaEnum::fromType<QPalette::ColorRole>();
        QVERIFY2(ratio >= 4.5,
                 qPrintable(u"%1 on %2: %3:1"_s
                                .arg(QLatin1StringView(roles.valueToKey(fg)),
                                     QLatin1StringView(roles.valueToKey(bg)))
                                .arg(ratio)));
    }
    QWidget widget; // a new widget gets the theme's palette
    QCOMPARE(widget.palette().color(QPalette::Window), p.color(QPalette::Window));
}

void TestPreferences::systemThemeRestoresPalette()
{
    Preferences::applyTheme(Preferences::Theme::System);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QString systemStyle = QApplication::style()->name();
    Preferences::applyTheme(Preferences::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != systemWindow);
    Preferences::applyTheme(Preferences::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(QApplication::style()->name(), systemStyle);
}

void TestPreferences::markedRowsAndVerdictsStayLegible_data()
{
    themesAreLegible_data();
}

// The forgotten-zone tint of a use-case row and of the verdict panels keeps text legible in
// either theme, also when the theme changes with the map on screen.
void TestPreferences::markedRowsAndVerdictsStayLegible()
{
    QFETCH(Preferences::Theme, theme);
    QFETCH(bool, dark);
    Preferences::applyTheme(Preferences::Theme::Light);
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSample());
    const Persona &homeBuyer = window.document()->workspace().personas.front();
    window.sidebar()->selectEntity(EntityKind::Persona, homeBuyer.id);
    Preferences::applyTheme(theme);
    QCoreApplication::processEvents();

    auto *table = window.findChild<UseCaseTableView *>();
    QVERIFY(table);
    const QModelIndex forgotten = table->model()->index(0, UseCaseTableModel::AlternativeColumn);
    QVERIFY(forgotten.data(UseCaseTableModel::ForgottenZoneRole).toBool());
    const QRect cell = table->visualRect(forgotten);
    const QColor tint
        = table->viewport()->grab().toImage().pixelColor(cell.left() + 2, cell.bottom() - 2);
    QCOMPARE(tint.lightness() < 128, dark);
    const QColor text = table->palette().color(QPalette::Text);
    QVERIFY2(contrast(text, tint) >= 4.5, qPrintable(u"row: %1:1"_s.arg(contrast(text, tint))));

    auto *verdict = window.findChild<QLabel *>(u"todayVerdict"_s);
    QVERIFY(verdict && verdict->text().contains(u"forgotten zone"_s));
    const double ratio = contrast(verdict->palette().color(QPalette::WindowText),
                                  verdict->palette().color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(u"verdict: %1:1"_s.arg(ratio)));
    Preferences::applyTheme(Preferences::Theme::System);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
