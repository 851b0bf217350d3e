// What the user typed is not lost by accident: Cancel asks first when something would be discarded,
// and the non-secret values of a connection being set up survive Inlet being killed (restored on the
// next start, the secret left out).
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "SecretTestSupport.h"
#include "SourcePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "catalog/ConnectionSpec.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>

using namespace Inlet;
using namespace Inlet::Test;

namespace {
const char kChildVariable[] = "INLET_UNFINISHED_CHILD";
const char kSettingsVariable[] = "INLET_UNFINISHED_SETTINGS";
const char kSecretVariable[] = "INLET_UNFINISHED_SECRET";

QMessageBox* question(QWidget& window)
{
    return window.findChild<QMessageBox*>(QStringLiteral("confirmation"));
}
} // namespace

class TestUnfinished : public QObject
{
    Q_OBJECT

private slots:
    void cancelOnAnUntouchedPageClosesAtOnce()
    {
        WizardFixture fixture;
        QVERIFY2(fixture.start(uniqueName()), qPrintable(fixture.errorText()));
        QTest::mouseClick(fixture.wizard().button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!question(fixture.wizard()));
        QVERIFY(!fixture.wizard().isVisible());
    }

    void cancelWithTypedValuesAsksFirst()
    {
        WizardFixture fixture;
        QVERIFY2(fixture.start(uniqueName()), qPrintable(fixture.errorText()));
        InletWizard& wizard = fixture.wizard();
        WizardDriver(wizard).typeAccount(QStringLiteral("typed-secret"));

        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(question(wizard));
        QVERIFY(wizard.isVisible());
        // Keep what was typed: still there.
        QTest::mouseClick(question(wizard)->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!question(wizard));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.accountPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text(),
                 QStringLiteral("typed-secret"));

        // Escape asks the same; discarding closes.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QTRY_VERIFY(question(wizard));
        QTest::mouseClick(question(wizard)->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
    }

    // Child: signs in, fills Spark's credentials and is killed (SIGKILL: no clean-up code runs).
    // Parent: starts Inlet again on the same settings and finds the values, without the secret.
    void nonSecretValuesSurviveAKill()
    {
        if (qEnvironmentVariableIsSet(kChildVariable))
            return typeAndDie();

        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("inlet.ini"));
        const QString secret = QStringLiteral("killed-secret-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QString::fromLatin1(kSettingsVariable), settingsFile);
        env.insert(QString::fromLatin1(kSecretVariable), secret);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("nonSecretValuesSurviveAKill")});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, output.constData());
        QVERIFY2(output.contains("credentials typed"), output.constData());

        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY2(!onDisk.contains(secret.toUtf8()), "the secret reached the settings file");

        // The next start: the same profile and source, the values typed, the secret to enter again.
        WizardFixture fixture;
        fixture.setSettingsFile(settingsFile);
        QVERIFY2(fixture.start(QString()), qPrintable(fixture.errorText()));
        InletWizard& wizard = fixture.wizard();
        WizardDriver driver(wizard);
        const SeedSource spark = sparkSource();
        auto* secretEdit = wizard.accountPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!secretEdit->text().isEmpty(), kTimeout); // the profile's, from the keychain
        driver.clickNext();
        // This start's simulator listens on another port than the one the profile was saved with.
        QTRY_VERIFY_WITH_TIMEOUT(question(wizard), kTimeout);
        QTest::mouseClick(question(wizard)->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::SourcePageId), kTimeout);
        QTRY_VERIFY(wizard.sourcePage()->currentSpec() != nullptr);
        QCOMPARE(wizard.sourcePage()->currentSpec()->id, spark.specId);
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::CredentialsPageId), kTimeout);

        CredentialForm* form = wizard.credentialsPage()->form();
        for (const auto& [name, value] : spark.values) {
            auto* edit = form->findChild<QLineEdit*>(name);
            QVERIFY2(edit, qPrintable(name));
            if (name == spark.secretParam)
                QVERIFY2(edit->text().isEmpty(), "a secret was restored");
            else
                QCOMPARE(edit->text(), value);
        }
        QCOMPARE(wizard.credentialsPage()->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
                 QStringLiteral("Survives a kill"));

        // Discarded on purpose: gone for the next start.
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(question(wizard));
        QTest::mouseClick(question(wizard)->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(fixture.settings().unfinishedConnection().isEmpty());
        QVERIFY(Test::waitFor(KeychainSecretStore().remove(
                                  SecretKey::forProfile(QStringLiteral("unfinished"), Profile::clientSecretField())))
                    .ok());
    }

private:
    static QString uniqueName()
    {
        return QStringLiteral("cancel-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    }

    void typeAndDie()
    {
        WizardFixture fixture;
        fixture.setSettingsFile(qEnvironmentVariable(kSettingsVariable));
        QVERIFY2(fixture.start(QStringLiteral("unfinished")), qPrintable(fixture.errorText()));
        InletWizard& wizard = fixture.wizard();
        WizardDriver driver(wizard);
        SeedSource spark = sparkSource();
        for (auto& [name, value] : spark.values) {
            if (name == spark.secretParam)
                value = qEnvironmentVariable(kSecretVariable);
        }
        driver.signIn(QStringLiteral("account-secret-of-the-killed-run"));
        driver.chooseSource(spark);
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver.fillCredentials(spark);
        auto* name = wizard.credentialsPage()->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Survives a kill"));
        QTest::qWait(1000); // what is typed reaches the disk shortly after each change
        if (QTest::currentTestFailed())
            return;
        qInfo("credentials typed");
        std::fflush(nullptr);
        std::raise(SIGKILL);
    }
};

QTEST_MAIN(TestUnfinished)
#include "tst_unfinished.moc"
