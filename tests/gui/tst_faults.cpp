// Faults end to end: every fault the simulator can inject, on every Platform call the wizard makes,
// through the real wizard. Each leaves the user on the page of that call with a message a person can
// act on, keeps what was typed, never creates a second connection, and a second attempt after the
// fault clears succeeds.
#include "AccountPage.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "ExistingConnectionsPage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "ResultPage.h"
#include "SimulatorProcess.h"
#include "SourcePage.h"
#include "WizardDriver.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

struct Endpoint
{
    QString method;
    QString path;
};

const QHash<QString, Endpoint>& endpoints()
{
    static const QHash<QString, Endpoint> map{
        {QStringLiteral("ims-token"), {QStringLiteral("POST"), QStringLiteral("/ims/token/v3")}},
        {QStringLiteral("sign-in-check"),
         {QStringLiteral("GET"), QStringLiteral("/data/foundation/flowservice/connections")}},
        {QStringLiteral("source-refresh"),
         {QStringLiteral("GET"), QStringLiteral("/data/foundation/flowservice/connectionSpecs")}},
        {QStringLiteral("existing-connections"),
         {QStringLiteral("GET"), QStringLiteral("/data/foundation/flowservice/connections")}},
        {QStringLiteral("landing-zone"),
         {QStringLiteral("GET"), QStringLiteral("/data/foundation/connectors/landingzone/credentials")}},
        {QStringLiteral("create"),
         {QStringLiteral("POST"), QStringLiteral("/data/foundation/flowservice/connections")}},
        {QStringLiteral("explore"),
         {QStringLiteral("GET"), QStringLiteral("/data/foundation/flowservice/connections/*/explore")}},
    };
    return map;
}

// Qt's own transfer errors, which alone tell a person nothing they can do.
bool isRawQtText(const QString& text)
{
    static const QStringList raw{QStringLiteral("Connection closed"),
                                 QStringLiteral("Remote host closed connection"),
                                 QStringLiteral("Operation canceled"),
                                 QStringLiteral("Socket operation timed out"),
                                 QStringLiteral("Connection refused"),
                                 QStringLiteral("Unknown error")};
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || raw.contains(trimmed) || trimmed.startsWith(QLatin1String("Error transferring"))
        || trimmed.startsWith(QLatin1String("Error "));
}

// A finished message: shown, not a progress line ("…").
bool settled(const QLabel* label)
{
    return label->isVisible() && !label->text().isEmpty() && !label->text().endsWith(QChar(0x2026));
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through ./scripts/test.sh");
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    }

    void init() { m_sim->reset(); }

    void cleanup()
    {
        m_wizard.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void cleanupTestCase() { m_sim.reset(); }

    void faultIsSurvivable_data();
    void faultIsSurvivable();

private:
    void startWizard(bool shortTimeout);
    void inject();
    void expectActionable(const QLabel* label);
    void signInFault();
    void sourceRefreshFault();
    void existingConnectionsFault();
    void landingZoneFault();
    void createFault();
    void exploreFault();
    void createConnection(); // happy path up to the result page
    void reachExistingConnections(const SeedSource& source);
    void verifyNoDuplicate() { QVERIFY(m_sim->stats().value(QLatin1String("connectionCount")).toInt() <= 1); }

    WizardDriver driver() { return WizardDriver(*m_wizard); }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<InletWizard> m_wizard;
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    QString m_endpoint;
    QString m_fault;
    SeedSource m_source;
    QString m_accountSecret = QStringLiteral("faults-account-secret");
};

void TestFaults::faultIsSurvivable_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("fault");
    const QStringList faults{QStringLiteral("latency"),
                             QStringLiteral("429"),
                             QStringLiteral("500"),
                             QStringLiteral("502"),
                             QStringLiteral("503"),
                             QStringLiteral("504"),
                             QStringLiteral("drop"),
                             QStringLiteral("reset"),
                             QStringLiteral("truncate"),
                             QStringLiteral("malformed"),
                             QStringLiteral("oversize"),
                             QStringLiteral("html"),
                             QStringLiteral("expired-token")};
    for (const char* endpoint : {"ims-token",
                                 "sign-in-check",
                                 "source-refresh",
                                 "existing-connections",
                                 "landing-zone",
                                 "create",
                                 "explore"}) {
        for (const QString& fault : faults) {
            QTest::addRow("%s/%s", endpoint, qPrintable(fault)) << QString::fromLatin1(endpoint) << fault;
        }
    }
}

void TestFaults::faultIsSurvivable()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, fault);
    m_endpoint = endpoint;
    m_fault = fault;
    m_source = endpoint == QLatin1String("landing-zone") ? databricksSource() : sparkSource();
    startWizard(fault == QLatin1String("latency"));
    if (QTest::currentTestFailed())
        return;

    if (endpoint == QLatin1String("ims-token") || endpoint == QLatin1String("sign-in-check"))
        signInFault();
    else if (endpoint == QLatin1String("source-refresh"))
        sourceRefreshFault();
    else if (endpoint == QLatin1String("existing-connections"))
        existingConnectionsFault();
    else if (endpoint == QLatin1String("landing-zone"))
        landingZoneFault();
    else if (endpoint == QLatin1String("create"))
        createFault();
    else
        exploreFault();
    if (QTest::currentTestFailed())
        return;
    verifyNoDuplicate();
}

void TestFaults::startWizard(bool shortTimeout)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("inlet.ini")));
    if (shortTimeout)
        m_settings->setTransferTimeoutSeconds(1); // the latency fault (2.5 s) is beyond it
    LaunchOptions options;
    options.profile = QStringLiteral("faults");
    options.platformUrl = m_sim->baseUrl();
    options.imsUrl = m_sim->baseUrl();
    m_wizard = std::make_unique<InletWizard>(*m_settings, m_secrets, m_network, options);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestFaults::inject()
{
    const Endpoint target = endpoints().value(m_endpoint);
    // latency beyond the 1 s transfer timeout; Retry-After: 1; a body 1 MiB over the 16 MiB limit.
    const int argument = m_fault == QLatin1String("latency") ? 2500
        : m_fault == QLatin1String("429")                    ? 1
        : m_fault == QLatin1String("oversize")               ? 17 * 1024 * 1024
                                                             : 0;
    // Every matching request fails until the fault is cleared: retries inside the client cannot hide it.
    QVERIFY(m_sim->addFault(target.method, target.path, m_fault, argument, -1));
}

void TestFaults::expectActionable(const QLabel* label)
{
    QTRY_VERIFY_WITH_TIMEOUT(settled(label), kTimeout);
    const QString text = label->text();
    QVERIFY2(!isRawQtText(text), qPrintable(text));
    QVERIFY2(text.size() > 30, qPrintable(text));
}

void TestFaults::signInFault()
{
    inject();
    driver().typeAccount(m_accountSecret);
    if (QTest::currentTestFailed())
        return;
    driver().clickNext();
    AccountPage* page = m_wizard->accountPage();
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    expectActionable(status);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!status->text().startsWith(QLatin1String("Signed in")), qPrintable(status->text()));
    QCOMPARE(m_wizard->currentId(), int(InletWizard::AccountPageId));
    QVERIFY(!m_wizard->state().isSignedIn());
    // Nothing typed is lost.
    QCOMPARE(page->profile().clientId, QStringLiteral("gui-client-id"));
    QCOMPARE(page->profile().orgId, QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text(), m_accountSecret);

    m_sim->clearFaults();
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::SourcePageId), kTimeout);
    QVERIFY(m_wizard->state().isSignedIn());
}

void TestFaults::sourceRefreshFault()
{
    driver().signIn(m_accountSecret);
    if (QTest::currentTestFailed())
        return;
    SourcePage* page = m_wizard->sourcePage();
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* list = page->findChild<QAbstractItemView*>(QStringLiteral("sourceListView"));
    // The catalog loads off the GUI thread after the first frame.
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 60000);
    QTest::keyClicks(search, m_source.searchText);
    const int shown = list->model()->rowCount();
    QVERIFY(shown > 0);
    auto* refresh = page->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    inject();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kTimeout);
    expectActionable(status);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(status->text().contains(QStringLiteral("could not be refreshed")), qPrintable(status->text()));
    QCOMPARE(m_wizard->currentId(), int(InletWizard::SourcePageId));
    // The sources Inlet knows, and the search typed, are still there.
    QCOMPARE(search->text(), m_source.searchText);
    QCOMPARE(list->model()->rowCount(), shown);

    m_sim->clearFaults();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled() && settled(status), kTimeout);
    QVERIFY2(!status->text().contains(QStringLiteral("could not be refreshed")), qPrintable(status->text()));
    driver().chooseSource(m_source);
}

void TestFaults::reachExistingConnections(const SeedSource& source)
{
    driver().signIn(m_accountSecret);
    if (QTest::currentTestFailed())
        return;
    driver().chooseSource(source);
}

void TestFaults::existingConnectionsFault()
{
    driver().signIn(m_accountSecret);
    if (QTest::currentTestFailed())
        return;
    inject();
    driver().chooseSource(m_source);
    if (QTest::currentTestFailed())
        return;
    ExistingConnectionsPage* page = m_wizard->existingConnectionsPage();
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    expectActionable(status);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(status->text().contains(QStringLiteral("could not be listed")), qPrintable(status->text()));
    QCOMPARE(m_wizard->currentId(), int(InletWizard::ExistingConnectionsPageId));
    QCOMPARE(m_wizard->state().spec().id, m_source.specId); // the chosen source is kept

    m_sim->clearFaults();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(settled(status) && !status->text().contains(QStringLiteral("could not be listed")),
                             kTimeout);
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
}

void TestFaults::landingZoneFault()
{
    reachExistingConnections(m_source);
    if (QTest::currentTestFailed())
        return;
    auto* existingStatus = m_wizard->existingConnectionsPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(existingStatus), kTimeout);
    inject();
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::LandingZonePageId), kTimeout);
    LandingZonePage* page = m_wizard->landingZonePage();
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* refresh = page->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kTimeout);
    expectActionable(status);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!page->isComplete());
    QCOMPARE(m_wizard->currentId(), int(InletWizard::LandingZonePageId));

    m_sim->clearFaults();
    QTest::mouseClick(refresh, Qt::LeftButton);
    driver().confirmLandingZone();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
}

void TestFaults::createConnection()
{
    reachExistingConnections(m_source);
    if (QTest::currentTestFailed())
        return;
    auto* existingStatus = m_wizard->existingConnectionsPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(existingStatus), kTimeout);
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
    driver().fillCredentials(m_source);
    if (QTest::currentTestFailed())
        return;
    driver().clickNext();
    QCOMPARE(m_wizard->currentId(), int(InletWizard::ReviewPageId));
}

void TestFaults::createFault()
{
    createConnection();
    if (QTest::currentTestFailed())
        return;
    inject();
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(InletWizard::ResultPageId));
    ResultPage* page = m_wizard->resultPage();
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("retryButton"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() || retry->isVisible(), kTimeout);
    verifyNoDuplicate();
    if (page->isComplete()) {
        // The request went through before the fault hit the answer, and the client found the connection.
        QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
        QVERIFY(m_wizard->journey().connection().has_value());
        expectActionable(status);
        return;
    }
    expectActionable(status);
    if (QTest::currentTestFailed())
        return;
    // What was typed is still in the form, for a retry or a correction.
    const QVariantMap typed = m_wizard->credentialsPage()->form()->values();
    for (const auto& [name, value] : m_source.values)
        QCOMPARE(typed.value(name).toString(), value);

    m_sim->clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
    QVERIFY(m_wizard->journey().connection().has_value());
    QCOMPARE(m_wizard->journey().connection()->id,
             m_sim->connections().first().toObject().value(QLatin1String("id")).toString());
}

void TestFaults::exploreFault()
{
    createConnection();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    ResultPage* page = m_wizard->resultPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kTimeout);
    inject();
    auto* test = page->findChild<QPushButton*>(QStringLiteral("testButton"));
    auto* testStatus = page->findChild<QLabel*>(QStringLiteral("testStatusLabel"));
    auto* tables = page->findChild<QTreeWidget*>(QStringLiteral("tablesTreeWidget"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), kTimeout);
    expectActionable(testStatus);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(testStatus->text().contains(QStringLiteral("test failed")), qPrintable(testStatus->text()));
    QCOMPARE(tables->topLevelItemCount(), 0);
    QCOMPARE(m_wizard->currentId(), int(InletWizard::ResultPageId));

    m_sim->clearFaults();
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tables->topLevelItemCount() > 0, kTimeout);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
