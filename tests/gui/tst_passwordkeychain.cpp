#include "workspace/passwordkeychain.h"
#include "workspace/sharedworkspacedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Passwords of shared workspaces: kept by the system keychain (QtKeychain, for real: no mock),
// never in the settings; without a keychain service the user is told, and the password still
// serves for the session.
class TestPasswordKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberedPasswordNeverReachesTheSettings();

private:
    QStringList messageBoxes; // texts of the message boxes shown, closed by the test
};

void TestPasswordKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Closes any message box (modal, in its own event loop) and keeps its text.
    auto *closer = new QTimer(this);
    connect(closer, &QTimer::timeout, this, [this] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                messageBoxes << box->text();
                box->accept();
            }
        }
    });
    closer->start(20);
}

void TestPasswordKeychain::rememberedPasswordNeverReachesTheSettings()
{
    const QString password = u"Sesame-%1-keychain"_s.arg(QDateTime::currentMSecsSinceEpoch());
    WorkspaceLocation location;
    location.host = u"db.example.com"_s;
    location.port = 5433;
    location.database = u"parcours"_s;
    location.user = u"alice"_s;
    location.workspace = u"marketing"_s;
    location.password = password;

    SharedWorkspaceDialog dialog(SharedWorkspaceDialog::Purpose::Open);
    dialog.setLocation(location);
    const auto boxes = dialog.findChildren<QCheckBox *>();
    QCheckBox *remember = nullptr;
    for (QCheckBox *box : boxes) {
        if (box->text().contains(u"keychain"_s))
            remember = box;
    }
    if (!remember)
        QFAIL("no \"Remember in the system keychain\" check box");
    QVERIFY2(remember->isEnabled(), "built without QtKeychain");
    remember->setChecked(true);
    QVERIFY(dialog.rememberPassword());
    dialog.show();
    dialog.accept();
    QVERIFY(!dialog.isVisible());

    // The settings keep the location, without the password; no file of the test's
    // configuration folders holds it (not even a keychain's plain-text fallback).
    QSettings settings;
    settings.sync();
    QVERIFY2(
        settings.value(u"shared/lastLocation"_s).toString().contains(u"alice@db.example.com"_s),
        qPrintable(settings.value(u"shared/lastLocation"_s).toString()));
    QStringList folders = {QFileInfo(settings.fileName()).absolutePath()};
    folders << QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    int scanned = 0;
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 0); // the settings file at least

    // Where a keychain service runs, it has the password; where none does (offscreen, no
    // D-Bus secret service), the user was told, and the password still serves this session.
    WorkspaceLocation again = location;
    again.password.clear();
    if (!messageBoxes.isEmpty()) {
        QCOMPARE(messageBoxes.size(), 1);
        QVERIFY2(messageBoxes.first().contains(u"could not be kept in the system keychain"_s),
                 qPrintable(messageBoxes.first()));
        QVERIFY2(messageBoxes.first().contains(u"until you quit"_s),
                 qPrintable(messageBoxes.first()));
        qInfo("no keychain service here: %s", qPrintable(messageBoxes.first()));
    }
    QVERIFY(SharedWorkspaceDialog::findPassword(&again, {}, nullptr));
    QCOMPARE(again.password, password);
}

QTEST_MAIN(TestPasswordKeychain)
#include "tst_passwordkeychain.moc"
