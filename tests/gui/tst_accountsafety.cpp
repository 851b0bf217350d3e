// The Account page keeps a profile's secrets where they belong: no proxy password is accepted.
#include "AccountPage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"

#include <QLabel>
#include <QRandomGenerator>
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
};

QTEST_MAIN(TestAccountSafety)
#include "tst_accountsafety.moc"
