#include "InletWizard.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;

class TestSmoke : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowOpens()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("inlet.ini")));
        KeychainSecretStore secrets;
        QNetworkAccessManager network;
        InletWizard wizard(settings, secrets, network);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Inlet"));
        QCOMPARE(wizard.currentId(), int(InletWizard::AccountPageId));
        QVERIFY(!wizard.currentPage()->title().isEmpty());
        QVERIFY(wizard.button(QWizard::HelpButton)->isVisible());
        QVERIFY(!wizard.currentHelpText().isEmpty());
        QVERIFY(!wizard.windowIcon().isNull());
        QVERIFY(!wizard.findChild<QMessageBox*>(QStringLiteral("settingsSetAside")));
    }

    void anUnreadableSettingsFileIsReportedOnceTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("inlet.ini"));
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const char raw[] = "\x01\x02\xff garbage \0 binary";
        garbage.write(raw, sizeof(raw) - 1);
        garbage.close();
        Settings settings(file);
        KeychainSecretStore secrets;
        QNetworkAccessManager network;
        InletWizard wizard(settings, secrets, network);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox*>(QStringLiteral("settingsSetAside"))));
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(file + QStringLiteral(".corrupt"))),
                 qPrintable(box->text()));
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
