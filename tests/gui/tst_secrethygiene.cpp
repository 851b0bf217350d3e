// Secret hygiene: for each seed source a full wizard run, with every logging category on, in a child
// process whose own stdout and stderr are captured. Neither that output nor any file in its settings,
// cache, config or temp folders may contain a secret that was typed; the keychain must (so the scan
// is known to look for the right thing); and when the wizard closes its widgets hold no secret.
#include "AccountPage.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "InletWizard.h"
#include "SecretTestSupport.h"
#include "SimulatorProcess.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/Setup.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Inlet;
using namespace Inlet::Test;

namespace {
const char kChildVariable[] = "INLET_HYGIENE_CHILD";

SeedSource seed(int index)
{
    return index == 0 ? sparkSource() : index == 1 ? dataExplorerSource() : databricksSource();
}
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void noSecretOutsideTheKeychain_data()
    {
        QTest::addColumn<int>("seed");
        QTest::newRow("spark") << 0;
        QTest::newRow("dataexplorer") << 1;
        QTest::newRow("databricks") << 2;
    }

    // Parent: starts this executable again as the child below, in private folders, then scans.
    void noSecretOutsideTheKeychain()
    {
        QFETCH(int, seed);
        if (qEnvironmentVariableIsSet(kChildVariable))
            return runWizardAsChild(seed);

        QTemporaryDir home;
        const QString accountSecret =
            QStringLiteral("acct-%1-secret").arg(QRandomGenerator::global()->generate64(), 0, 16);
        const QString sourceSecret =
            QStringLiteral("src-%1-secret").arg(QRandomGenerator::global()->generate64(), 0, 16);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("INLET_HYGIENE_ACCOUNT_SECRET"), accountSecret);
        env.insert(QStringLiteral("INLET_HYGIENE_SOURCE_SECRET"), sourceSecret);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"}) {
            const QString folder = home.filePath(QString::fromLatin1(variable));
            QDir().mkpath(folder);
            env.insert(QString::fromLatin1(variable), folder);
        }

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("noSecretOutsideTheKeychain:") + QString::fromLatin1(QTest::currentDataTag())});
        QVERIFY(child.waitForFinished(240000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("inlet.platform.http"), "the child ran with the request log on");
        QVERIFY2(output.contains("PASS   : TestSecretHygiene::noSecretOutsideTheKeychain"), output.constData());

        for (const QString& secret : {accountSecret, sourceSecret}) {
            QVERIFY2(!output.contains(secret.toUtf8()), "a secret reached stdout or stderr");
            QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int scanned = 0;
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
                ++scanned;
            }
            QVERIFY2(scanned > 0, "the child wrote its settings into the scanned folders");
        }
        // The keychain is where they went.
        QCOMPARE(Test::secretToolLookup(
                     SecretKey::forProfile(QStringLiteral("hygiene"), Profile::clientSecretField()).toString()),
                 accountSecret);
    }

private:
    // Child: the whole wizard against the simulator, with the secrets the parent chose.
    void runWizardAsChild(int index)
    {
        QStandardPaths::setTestModeEnabled(false); // real locations, redirected by the parent
        WizardFixture fixture;
        // Where the app keeps them, under the folders the parent scans after this process has ended.
        fixture.setSettingsFile(
            QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).filePath(QStringLiteral("Inlet/Inlet.conf")));
        QVERIFY2(fixture.start(QStringLiteral("hygiene")), qPrintable(fixture.errorText()));
        InletWizard* wizard = &fixture.wizard();
        WizardDriver driver(*wizard);

        SeedSource source = seed(index);
        for (auto& [name, value] : source.values) {
            if (name == source.secretParam)
                value = qEnvironmentVariable("INLET_HYGIENE_SOURCE_SECRET");
        }
        driver.signIn(qEnvironmentVariable("INLET_HYGIENE_ACCOUNT_SECRET"));
        driver.chooseSource(source);
        driver.clickNext();
        if (wizard->state().isDatabricks()) {
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(InletWizard::LandingZonePageId), kTimeout);
            driver.confirmLandingZone();
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver.fillCredentials(source);
        driver.clickNext();
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kTimeout);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());

        // Closed: no widget and no state keeps a secret.
        for (QLineEdit* edit : wizard->findChildren<QLineEdit*>()) {
            if (edit->echoMode() != QLineEdit::Normal)
                QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
        }
        QVERIFY(wizard->accountPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text().isEmpty());
        QVERIFY(!wizard->credentialsPage()
                     ->form()
                     ->values()
                     .value(source.secretParam)
                     .toString()
                     .contains(QStringLiteral("secret")));
        QVERIFY(!wizard->journey().draft().params.contains(source.secretParam));
        QVERIFY(!wizard->setup().session().hasSecret());
        QVERIFY(!fixture.settings().sync());
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
