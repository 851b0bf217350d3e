// The real wizard, end to end: typed into with QTest, against the real Platform simulator over loopback
// and the real keychain of the test command's private session.
#include "AccountPage.h"
#include "Clipboard.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "ExistingConnectionsPage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "PlatformTestSupport.h"
#include "ResultPage.h"
#include "ReviewPage.h"
#include "SecretTestSupport.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"
#include "SourcePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/AutoMapping.h"
#include "setup/Setup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Inlet;
using namespace Inlet::Test;

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through ./scripts/test.sh");
    }

    void init() { QVERIFY2(m_fixture.start(QStringLiteral("gui-test")), qPrintable(m_fixture.errorText())); }

    void cleanup() { m_fixture.stop(); }

    // While the user types on the account page, the connection sign-in needs is already open; not a
    // byte of HTTP has been sent.
    void accountPageConnectsBeforeSignIn()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.sim().stats().value(QLatin1String("connectionsAccepted")).toInt() >= 2,
                                 kTimeout); // its own, and this stats call's
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("requestsReceived")).toInt(), 0);
        WizardDriver(m_fixture.wizard()).signIn(QStringLiteral("client-secret-preconnected"));
    }

    // `inlet --flow <id>`: after signing in, the Runs page of that dataflow, nothing in between.
    void flowOptionOpensItsRunsAfterSignIn()
    {
        const QString secret = QStringLiteral("client-secret-flow");
        driver().signIn(secret);
        if (QTest::currentTestFailed())
            return;
        Setup& setup = m_fixture.wizard().setup();
        const ConnectionDraft draft = SeedDrafts::spark();
        const auto connection = await<NewConnection>(setup.createConnection().create(draft, false));
        QVERIFY2(!connection.error, qPrintable(connection.error.details()));
        DataflowPlan plan;
        plan.name = QStringLiteral("Customers from Spark");
        plan.sourceSpecId = draft.connectionSpecId;
        plan.baseConnectionId = connection.result.connection.id;
        setup.exploreConnection().setConnection(plan.baseConnectionId, plan.sourceSpecId);
        const auto described = await(setup.exploreConnection().describeTable({QStringLiteral("table"),
                                                                              QStringLiteral("public.customers"),
                                                                              QStringLiteral("public.customers"),
                                                                              true,
                                                                              true}));
        QVERIFY(!described.error);
        plan.object = setup.exploreConnection().choose(described.result);
        const auto targets = await(setup.chooseTarget().load());
        QVERIFY(!targets.error);
        for (const DatasetSummary& dataset : targets.result.datasets) {
            if (dataset.name == QLatin1String("Acme customers")) {
                plan.datasetId = dataset.id;
                plan.schemaId = dataset.schemaId;
            }
        }
        const auto schema = await(setup.chooseTarget().describe(plan.schemaId));
        QVERIFY(!schema.error);
        plan.rules = AutoMapping::suggest(plan.object.columns, schema.result);
        plan.schedule.frequency = FlowSchedule::Frequency::Once;
        plan.schedule.startUtc = QDateTime::currentDateTimeUtc();
        const auto created = await(setup.createDataflow().create(plan));
        QVERIFY2(!created.error, qPrintable(created.error.details()));
        const QString flowId = created.result.flow->id;

        LaunchOptions options;
        options.flowId = flowId;
        QVERIFY2(m_fixture.restartWizard(QStringLiteral("gui-test"), options), qPrintable(m_fixture.errorText()));
        // The saved profile is offered again; its secret comes from the keychain or is typed.
        AccountPage* account = m_fixture.wizard().accountPage();
        auto* secretEdit = account->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(account->isComplete() || secretEdit->text().isEmpty(), kTimeout);
        if (secretEdit->text().isEmpty())
            QTest::keyClicks(secretEdit, secret);
        QTRY_VERIFY_WITH_TIMEOUT(account->isComplete(), kTimeout);
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::RunsPageId), kTimeout);
        QCOMPARE(m_fixture.wizard().journey().flowId(), flowId);
        // The page asked Platform for exactly this flow's runs.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).isEmpty(),
                                 kTimeout);
        const QJsonObject request =
            m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).last().toObject();
        QVERIFY2(request.value(QLatin1String("query")).toString().contains(flowId),
                 qPrintable(request.value(QLatin1String("query")).toString()));
    }

    void createsSeedConnectionsEndToEnd_data()
    {
        QTest::addColumn<int>("seed");
        QTest::newRow("Apache Spark on Azure HDInsights") << 0;
        QTest::newRow("Azure Data Explorer") << 1;
        QTest::newRow("Databricks") << 2;
    }

    void createsSeedConnectionsEndToEnd()
    {
        QFETCH(int, seed);
        const SeedSource source = seed == 0 ? sparkSource() : seed == 1 ? dataExplorerSource() : databricksSource();
        const QString accountSecret = QStringLiteral("client-secret-%1").arg(QRandomGenerator::global()->generate());

        driver().signIn(accountSecret);
        if (QTest::currentTestFailed())
            return;
        driver().chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.wizard()
                                      .existingConnectionsPage()
                                      ->findChild<QLabel*>(QStringLiteral("statusLabel"))
                                      ->text()
                                      .contains(QStringLiteral("Looking")),
                                 kTimeout);
        driver().clickNext();

        QString sparkLine;
        if (source.specId == databricksSource().specId) {
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::LandingZonePageId), kTimeout);
            passLandingZone(&sparkLine);
            if (QTest::currentTestFailed())
                return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver().fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        driver().clickNext();

        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::ReviewPageId));
        const QString curl = m_fixture.wizard().reviewPage()->curlCommand();
        QVERIFY(!curl.contains(source.values.last().second) || source.secretParam != source.values.last().first);
        for (const auto& [name, value] : source.values) {
            if (name == source.secretParam)
                QVERIFY2(!curl.contains(value), "the curl preview must not contain the secret");
        }
        QVERIFY(curl.contains(QStringLiteral("Bearer {ACCESS_TOKEN}")));
        QVERIFY(!curl.contains(accountSecret));
        QVERIFY(m_fixture.wizard().button(QWizard::CommitButton)->isVisible());
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);

        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().currentPage()->isComplete(), kTimeout);
        QVERIFY(m_fixture.wizard().journey().connection().has_value());
        const QString id = m_fixture.wizard().journey().connection()->id;
        QCOMPARE(m_fixture.wizard().resultPage()->findChild<QLineEdit*>(QStringLiteral("idLineEdit"))->text(), id);
        QVERIFY(m_fixture.wizard().journey().connection()->etag.startsWith(u'"'));

        // The request the simulator received: the seed document's headers and body shape.
        const QJsonArray posts = m_fixture.sim().requestsTo(QStringLiteral("/connections"), QStringLiteral("POST"));
        QCOMPARE(posts.size(), 1);
        const QJsonObject post = posts.first().toObject();
        const QJsonObject headers = lowerCaseKeys(post.value(QLatin1String("headers")).toObject());
        QVERIFY(headers.value(QLatin1String("authorization")).toString().startsWith(QLatin1String("Bearer ")));
        QCOMPARE(headers.value(QLatin1String("x-api-key")).toString(), QStringLiteral("gui-client-id"));
        QCOMPARE(headers.value(QLatin1String("x-gw-ims-org-id")).toString(),
                 QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        QCOMPARE(headers.value(QLatin1String("x-sandbox-name")).toString(), QStringLiteral("prod"));
        QVERIFY(headers.value(QLatin1String("content-type")).toString().startsWith(QLatin1String("application/json")));
        const QJsonObject body = post.value(QLatin1String("json")).toObject();
        QCOMPARE(sortedKeys(body),
                 (QStringList{QStringLiteral("auth"),
                              QStringLiteral("connectionSpec"),
                              QStringLiteral("description"),
                              QStringLiteral("name")}));
        const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
        QCOMPARE(auth.value(QLatin1String("specName")).toString(), source.authSpecName);
        const QJsonObject params = auth.value(QLatin1String("params")).toObject();
        QStringList expectedKeys;
        for (const auto& [name, value] : source.values) {
            expectedKeys << name;
            QVERIFY2(params.value(name).isString(), qPrintable(name));
            QCOMPARE(params.value(name).toString(), value);
        }
        expectedKeys.sort();
        QCOMPARE(sortedKeys(params), expectedKeys);
        const QJsonObject connectionSpec = body.value(QLatin1String("connectionSpec")).toObject();
        QCOMPARE(connectionSpec.value(QLatin1String("id")).toString(), source.specId);
        QCOMPARE(connectionSpec.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);

        // Secrets: in the keychain, and in no settings or cache file.
        QString secretValue;
        for (const auto& [name, value] : source.values) {
            if (name == source.secretParam)
                secretValue = value;
        }
        QCOMPARE(Test::secretToolLookup(SecretKey::forConnection(id, source.secretParam).toString()), secretValue);
        QCOMPARE(Test::secretToolLookup(
                     SecretKey::forProfile(QStringLiteral("gui-test"), Profile::clientSecretField()).toString()),
                 accountSecret);
        QVERIFY(!m_fixture.settings().sync());
        assertNotInFiles({secretValue, accountSecret, sparkLine.section(u' ', 1)});

        // Test connection: explore root lists the source's tables.
        QTest::mouseClick(m_fixture.wizard().resultPage()->findChild<QPushButton*>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        auto* tables = m_fixture.wizard().resultPage()->findChild<QTreeWidget*>(QStringLiteral("tablesTreeWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(tables->topLevelItemCount() > 0, kTimeout);
        QVERIFY(m_fixture.wizard()
                    .resultPage()
                    ->findChild<QLabel*>(QStringLiteral("testStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("works")));
        QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/connections/") + id + QStringLiteral("/explore")).size(),
                 1);
    }

    void backAndNextKeepWhatWasTyped()
    {
        driver().signIn(QStringLiteral("back-next-secret"));
        if (QTest::currentTestFailed())
            return;
        const SeedSource source = sparkSource();
        driver().chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver().fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        auto* name = m_fixture.wizard().credentialsPage()->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        name->setText(QStringLiteral("Kept name"));

        m_fixture.wizard().back();
        m_fixture.wizard().back();
        m_fixture.wizard().back();
        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::AccountPageId));
        QCOMPARE(m_fixture.wizard().accountPage()->profile().clientId, QStringLiteral("gui-client-id"));
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture.wizard().currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        QCOMPARE(name->text(), QStringLiteral("Kept name"));
        const QVariantMap values = m_fixture.wizard().credentialsPage()->form()->values();
        for (const auto& [param, value] : source.values)
            QCOMPARE(values.value(param).toString(), value);
    }

    void disguisedOrOverlongConnectionNameIsRefusedOnTheCredentialsPage()
    {
        driver().signIn(QStringLiteral("name-secret"));
        if (QTest::currentTestFailed())
            return;
        driver().chooseSource(sparkSource());
        driver().clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver().fillCredentials(sparkSource());
        auto* name = m_fixture.wizard().credentialsPage()->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        auto* error = m_fixture.wizard().credentialsPage()->findChild<QLabel*>(QStringLiteral("connectionErrorLabel"));
        // U+202E reverses what follows: the name would read differently from what it is.
        name->setText(QStringLiteral("prod\u202Etxt.exe"));
        QVERIFY(!m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Connection name")), qPrintable(error->text()));
        name->setText(QStringLiteral("Spark production"));
        QVERIFY(!error->isVisible());
        QVERIFY(m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
        name->clear();
        QVERIFY(error->text().contains(QStringLiteral("required")));
        QVERIFY(!m_fixture.wizard().button(QWizard::NextButton)->isEnabled());

        // Longer than QLineEdit's default 32,767 characters, which would have cut it silently.
        const QString pasted(40000, u'n');
        name->setText(pasted);
        QCOMPARE(name->text(), pasted);
        QVERIFY(!m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("256")), qPrintable(error->text()));
        name->setText(QString(256, u'n'));
        QVERIFY(m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
    }

    void faultOnCommitLeavesUserOnResultPageWithoutDuplicate()
    {
        driver().reachReview(sparkSource(), QStringLiteral("fault-secret"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_fixture.sim().addFault(QStringLiteral("POST"),
                                         QStringLiteral("/data/foundation/flowservice/connections"),
                                         QStringLiteral("503"),
                                         0,
                                         1));
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);

        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::ResultPageId));
        auto* retry = m_fixture.wizard().resultPage()->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kTimeout);
        QVERIFY(!m_fixture.wizard().currentPage()->isComplete());
        const QString message =
            m_fixture.wizard().resultPage()->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(!message.isEmpty(), "an actionable message is shown");
        QVERIFY(m_fixture.wizard()
                    .resultPage()
                    ->findChild<QPlainTextEdit*>(QStringLiteral("detailsEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("503")));
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 0);

        // Try again: no retyping, exactly one connection in the end.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().currentPage()->isComplete(), kTimeout);
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
        QVERIFY(m_fixture.wizard().journey().connection().has_value());
    }

    void editCredentialsAfterARejectedCreate()
    {
        driver().reachReview(sparkSource(), QStringLiteral("edit-secret"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_fixture.sim().addFault(QStringLiteral("POST"),
                                         QStringLiteral("/data/foundation/flowservice/connections"),
                                         QStringLiteral("500"),
                                         0,
                                         1));
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);
        auto* edit = m_fixture.wizard().resultPage()->findChild<QPushButton*>(QStringLiteral("editButton"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible(), kTimeout);

        // Back on the form with everything still typed; a corrected password goes out on the next Create.
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId));
        CredentialForm* form = m_fixture.wizard().credentialsPage()->form();
        QCOMPARE(form->values().value(QStringLiteral("host")).toString(), sparkSource().values.first().second);
        auto* password = form->findChild<QLineEdit*>(QStringLiteral("password"));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("corrected-password"));
        driver().clickNext();
        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::ReviewPageId));
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().currentPage()->isComplete(), kTimeout);
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
        const QJsonObject sent = m_fixture.sim().connections().first().toObject();
        QCOMPARE(sent.value(QLatin1String("auth"))
                     .toObject()
                     .value(QLatin1String("params"))
                     .toObject()
                     .value(QLatin1String("password")),
                 QJsonValue(QStringLiteral("corrected-password")));
    }

    void droppedCreateIsFoundInsteadOfDuplicated()
    {
        driver().reachReview(dataExplorerSource(), QStringLiteral("drop-secret"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_fixture.sim().addFault(QStringLiteral("POST"),
                                         QStringLiteral("/data/foundation/flowservice/connections"),
                                         QStringLiteral("drop"),
                                         0,
                                         1));
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fixture.wizard().currentPage()->isComplete()
                || m_fixture.wizard().resultPage()->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible(),
            kTimeout);
        // Whatever happened on the wire, there is never more than the one connection.
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
        QVERIFY(m_fixture.wizard().currentPage()->isComplete());
        QCOMPARE(m_fixture.wizard().journey().connection()->id,
                 m_fixture.sim().connections().first().toObject().value(QLatin1String("id")).toString());
    }

    void commandLinePreselectsTheSource()
    {
        LaunchOptions options;
        options.source = QStringLiteral("databricks"); // by name, any case
        QVERIFY(m_fixture.start(QStringLiteral("gui-preselect"), {}, options));
        driver().signIn(QStringLiteral("preselect-secret"));
        if (QTest::currentTestFailed())
            return;
        // The catalog loads off the GUI thread after the first frame; the choice is applied when it arrives.
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().sourcePage()->currentSpec(), kTimeout);
        QCOMPARE(m_fixture.wizard().sourcePage()->currentSpec()->id, databricksSource().specId);
        QVERIFY(m_fixture.wizard()
                    .sourcePage()
                    ->findChild<QLabel*>(QStringLiteral("descriptionLabel"))
                    ->text()
                    .contains(QStringLiteral("Databases")));
    }

    void wrongSecretIsReportedOnTheAccountPage()
    {
        QVERIFY(m_fixture.start(QStringLiteral("gui-wrong"),
                                {QStringLiteral("--client-secret"), QStringLiteral("the-right-one")}));
        driver().typeAccount(QStringLiteral("the-wrong-one"));
        if (QTest::currentTestFailed())
            return;
        driver().clickNext();
        auto* status = m_fixture.wizard().accountPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("secret")), kTimeout);
        // The reason once, from the party that gave it: IMS refused the user's credential.
        QCOMPARE(status->text().count(QStringLiteral("invalid client_secret parameter")), 1);
        QVERIFY2(status->text().contains(QStringLiteral("Adobe IMS")), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QStringLiteral("Platform")), qPrintable(status->text()));
        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::AccountPageId));
        QVERIFY(!m_fixture.wizard().state().isSignedIn());
        // What was typed is still there, to correct.
        QCOMPARE(m_fixture.wizard().accountPage()->profile().clientId, QStringLiteral("gui-client-id"));
    }

private:
    // Databricks: the Spark config line, copied as a secret, then a confirmed refresh.
    void passLandingZone(QString* line)
    {
        LandingZonePage* page = m_fixture.wizard().landingZonePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->line().isValid(), kTimeout);
        const QJsonObject current =
            m_fixture.sim().landingZone().value(QLatin1String("current")).toArray().first().toObject();
        const QString expected = QStringLiteral("fs.azure.sas.%1.%2.blob.core.windows.net %3")
                                     .arg(current.value(QLatin1String("containerName")).toString(),
                                          current.value(QLatin1String("storageAccountName")).toString(),
                                          current.value(QLatin1String("SASToken")).toString());
        QVERIFY(!current.value(QLatin1String("SASToken")).toString().isEmpty());
        QCOMPARE(page->line().text(), expected);
        auto* shown = page->findChild<QPlainTextEdit*>(QStringLiteral("lineEdit"));
        QVERIFY2(!shown->toPlainText().contains(current.value(QLatin1String("SASToken")).toString()),
                 "the token's signature is hidden until asked for");
        QVERIFY(!page->isComplete());

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), expected);
        QCOMPARE(mime->data(Clipboard::secretHintTypes().constFirst()), QByteArrayLiteral("secret"));

        auto* confirm = page->findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"));
        confirm->setChecked(true);
        page->refresh();
        // The question explains the revocation; nothing is sent before the user confirms.
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) != nullptr);
        QVERIFY(question->text().contains(QStringLiteral("revokes")));
        QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/landingzone/credentials"), QStringLiteral("POST")).size(),
                 0);
        QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->line().text() != expected && page->line().isValid(), kTimeout);
        QVERIFY2(!confirm->isChecked(), "after a refresh the user must paste the new line again");
        QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/landingzone/credentials"), QStringLiteral("POST")).size(),
                 1);
        const QJsonArray revoked = m_fixture.sim().landingZone().value(QLatin1String("revokedSASTokens")).toArray();
        QVERIFY(revoked.contains(current.value(QLatin1String("SASToken"))));

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page->line().text());
        confirm->setChecked(true);
        QVERIFY(page->isComplete());
        *line = page->line().text();
        driver().clickNext();
    }

    void assertNotInFiles(const QStringList& secrets)
    {
        QStringList roots{m_fixture.folder(),
                          QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)};
        for (const QString& root : roots) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                for (const QString& secret : secrets) {
                    if (!secret.isEmpty())
                        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
                }
            }
        }
    }

    static QJsonObject lowerCaseKeys(const QJsonObject& object)
    {
        QJsonObject lower;
        for (auto it = object.begin(); it != object.end(); ++it)
            lower.insert(it.key().toLower(), it.value());
        return lower;
    }

    static QStringList sortedKeys(const QJsonObject& object)
    {
        QStringList keys = object.keys();
        keys.sort();
        return keys;
    }

    WizardDriver driver() { return WizardDriver(m_fixture.wizard()); }

    WizardFixture m_fixture;
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
