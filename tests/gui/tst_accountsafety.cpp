// The Account page keeps a profile's secrets where they belong: no proxy password is accepted, and a
// saved secret goes to another address than the one it was saved for only after the user saw the new
// address and agreed.
#include "AccountPage.h"
#include "SecretTestSupport.h"
#include "WizardDriver.h"
#include "WizardFixture.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Inlet;
using namespace Inlet::Test;

class TestAccountSafety : public QObject
{
    Q_OBJECT

private slots:
    void aProxyPasswordIsRefusedOnThePage()
    {
        WizardFixture fixture;
        QVERIFY2(fixture.start(QStringLiteral("proxy-%1").arg(QRandomGenerator::global()->generate(), 0, 16)),
                 qPrintable(fixture.errorText()));
        WizardDriver driver(fixture.wizard());
        driver.typeAccount(QStringLiteral("some-secret"));
        AccountPage* page = fixture.wizard().accountPage();
        QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("advancedButton")), Qt::LeftButton);
        auto* proxy = page->findChild<QLineEdit*>(QStringLiteral("proxyLineEdit"));
        QTest::keyClicks(proxy, QStringLiteral("http://alice:pr0xy-pw@proxy.example:3128"));
        QVERIFY(!page->isComplete());
        QVERIFY(!fixture.wizard().button(QWizard::NextButton)->isEnabled());
        const QString shown = page->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("user name and password")), qPrintable(shown));
        QCOMPARE(proxy->text(), QStringLiteral("http://alice:pr0xy-pw@proxy.example:3128")); // nothing typed lost

        // Without the credentials the same proxy is fine.
        proxy->clear();
        QTest::keyClicks(proxy, QStringLiteral("http://proxy.example:3128"));
        QVERIFY2(page->isComplete(), qPrintable(page->firstProblem()));
    }

    // `inlet --profile X --ims-url <other>`: the saved secret is filled in, but nothing is sent to the
    // other address until the user confirmed it in a question that shows both addresses.
    void aSavedSecretAsksBeforeGoingToAnotherAddress()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("inlet.ini"));
        const QString name = QStringLiteral("moved-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        const QString secret = QStringLiteral("moved-secret-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        const QUrl savedAddress(QStringLiteral("http://127.0.0.1:9")); // where the secret was saved for
        {
            Settings settings(settingsFile);
            Profile saved;
            saved.name = name;
            saved.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
            saved.clientId = QStringLiteral("gui-client-id");
            saved.imsUrl = savedAddress;
            saved.platformUrl = savedAddress;
            settings.saveProfile(saved);
            QVERIFY(!settings.sync());
        }
        KeychainSecretStore keychain;
        const SecretKey key = SecretKey::forProfile(name, Profile::clientSecretField());
        QVERIFY(waitFor(keychain.write(key, secret)).ok());

        WizardFixture fixture;
        fixture.setSettingsFile(settingsFile);
        QVERIFY2(fixture.start(name), qPrintable(fixture.errorText())); // with the simulator's --ims-url
        InletWizard& wizard = fixture.wizard();
        AccountPage* page = wizard.accountPage();
        auto* secretEdit = page->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(secretEdit->text(), secret, kTimeout);

        WizardDriver driver(wizard);
        driver.clickNext();
        QMessageBox* question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = wizard.findChild<QMessageBox*>(QStringLiteral("confirmation"))), kTimeout);
        QVERIFY2(question->text().contains(fixture.sim().baseUrl().toString()), qPrintable(question->text()));
        QVERIFY2(question->text().contains(savedAddress.toString()), qPrintable(question->text()));
        QVERIFY(page->findChild<QWidget*>(QStringLiteral("advancedWidget"))->isVisible()); // and on the page
        QVERIFY2(fixture.sim().requests().isEmpty(), "a request left before the user answered");

        // Cancel: still here, nothing sent, the profile keeps its address.
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<QMessageBox*>(QStringLiteral("confirmation")));
        QCOMPARE(wizard.currentId(), int(InletWizard::AccountPageId));
        QTest::qWait(200);
        QVERIFY2(fixture.sim().requests().isEmpty(), "the secret was sent after Cancel");
        QCOMPARE(fixture.settings().profile(name).imsUrl, savedAddress);

        // Confirmed: signed in at the new address.
        driver.clickNext();
        QTRY_VERIFY_WITH_TIMEOUT((question = wizard.findChild<QMessageBox*>(QStringLiteral("confirmation"))), kTimeout);
        QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::SourcePageId), kTimeout);
        QVERIFY(!fixture.sim().requests().isEmpty());
        QCOMPARE(fixture.settings().profile(name).imsUrl, fixture.sim().baseUrl());

        fixture.stop();
        QVERIFY(waitFor(keychain.remove(key)).ok());
    }
};

QTEST_MAIN(TestAccountSafety)
#include "tst_accountsafety.moc"
