#include "InletWizard.h"

#include <QAbstractButton>
#include <QTest>

using namespace Inlet;

class TestSmoke : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowOpens()
    {
        InletWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Inlet"));
        QVERIFY(wizard.currentPage() != nullptr);
        QVERIFY(!wizard.currentPage()->title().isEmpty());
        QVERIFY(wizard.button(QWizard::HelpButton)->isVisible());
        QVERIFY(!wizard.windowIcon().isNull());
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
