#include "InletWizard.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
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
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
