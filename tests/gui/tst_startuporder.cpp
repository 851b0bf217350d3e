// Start-up order: what can wait for the window to be on screen does wait. The catalog parse and a saved
// profile's keychain read (D-Bus to the Secret Service) used to run before the first expose was handled;
// both must now come after it, and the returning user must still get the saved secret filled in. Only the
// start page's widgets are built before the first frame; the others wait for their first visit.
#include "AccountPage.h"
#include "InletWizard.h"
#include "SecretTestSupport.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/ProfileStore.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

QList<int> builtPages(const InletWizard& wizard)
{
    QList<int> built;
    for (const int id : wizard.pageIds()) {
        if (qobject_cast<const WizardPage*>(wizard.page(id))->isBuilt())
            built.append(id);
    }
    return built;
}

// Records the wizard's state when its window's first Expose arrives, before it is handled.
class ExposeRecorder : public QObject
{
public:
    explicit ExposeRecorder(const InletWizard& wizard)
        : m_wizard(wizard)
    {
    }

    bool exposed = false;
    bool catalogLoadedAtExpose = false;
    bool firstFrameShownAtExpose = false;
    QList<int> builtPagesAtExpose;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !exposed) {
            exposed = true;
            catalogLoadedAtExpose = m_wizard.state().isCatalogLoaded();
            firstFrameShownAtExpose = m_wizard.state().isFirstFrameShown();
            builtPagesAtExpose = builtPages(m_wizard);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const InletWizard& m_wizard;
};

} // namespace

class TestStartupOrder : public QObject
{
    Q_OBJECT

private slots:
    void deferredWorkRunsAfterTheFirstFrame()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("inlet.ini")));
        KeychainSecretStore secrets;
        QNetworkAccessManager network;
        ProfileStore store(settings, secrets);
        Profile profile;
        profile.name = QStringLiteral("startup-order-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        profile.clientId = QStringLiteral("startup-order-client");
        const QString secret = QStringLiteral("startup-%1-secret").arg(QRandomGenerator::global()->generate64(), 0, 16);
        QVERIFY(waitFor(store.save(profile, secret)).ok());

        LaunchOptions options;
        options.profile = profile.name;
        InletWizard wizard(settings, secrets, network, options);
        ExposeRecorder recorder(wizard);
        wizard.winId(); // creates the QWindow, so the recorder sees its first Expose
        wizard.windowHandle()->installEventFilter(&recorder);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY(recorder.exposed);
        QVERIFY(!recorder.catalogLoadedAtExpose);
        QVERIFY(!recorder.firstFrameShownAtExpose);
        QCOMPARE(recorder.builtPagesAtExpose, QList<int>{InletWizard::AccountPageId});

        QTRY_VERIFY(wizard.state().isFirstFrameShown());
        QTRY_VERIFY(wizard.state().isCatalogLoaded());
        QVERIFY(!wizard.state().catalog().isEmpty());
        auto* secretEdit = wizard.accountPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QVERIFY(secretEdit);
        QTRY_COMPARE_WITH_TIMEOUT(secretEdit->text(), secret, 20000); // the returning user's secret arrives
        QCOMPARE(builtPages(wizard), QList<int>{InletWizard::AccountPageId}); // the catalog load builds no page

        wizard.hide();
        QVERIFY(waitFor(store.remove(profile.name)).ok());
    }
};

QTEST_MAIN(TestStartupOrder)
#include "tst_startuporder.moc"
