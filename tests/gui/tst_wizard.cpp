// The real wizard, end to end: typed into with QTest, against the real Platform simulator over loopback
// and the real keychain of the test command's private session.
#include "AccountPage.h"
#include "Clipboard.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "ExistingConnectionsPage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "ResultPage.h"
#include "ReviewPage.h"
#include "SecretTestSupport.h"
#include "SimulatorProcess.h"
#include "SourcePage.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
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

namespace {

constexpr int kTimeout = 15000;

// One seed source: what the user types, and what its documentation's request sends.
struct SeedSource
{
    QString searchText;
    QString specId;
    QString authSpecName;
    QList<QPair<QString, QString>> values; // param → typed value, in the form's order
    QString secretParam;
};

SeedSource sparkSource()
{
    return {QStringLiteral("spark hdinsights"),
            QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6"),
            QStringLiteral("HDInsights Basic Authentication"),
            {{QStringLiteral("host"), QStringLiteral("spark.example.azurehdinsight.net")},
             {QStringLiteral("username"), QStringLiteral("admin")},
             {QStringLiteral("password"), QStringLiteral("spark-pw-%1").arg(QRandomGenerator::global()->generate())}},
            QStringLiteral("password")};
}

SeedSource dataExplorerSource()
{
    return {QStringLiteral("data explorer"),
            QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3"),
            QStringLiteral("Service Principal Based Authentication"),
            {{QStringLiteral("endpoint"), QStringLiteral("https://help.kusto.windows.net")},
             {QStringLiteral("database"), QStringLiteral("Samples")},
             {QStringLiteral("tenant"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
             {QStringLiteral("servicePrincipalId"), QStringLiteral("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")},
             {QStringLiteral("servicePrincipalKey"),
              QStringLiteral("adx-key-%1").arg(QRandomGenerator::global()->generate())}},
            QStringLiteral("servicePrincipalKey")};
}

SeedSource databricksSource()
{
    return {QStringLiteral("databricks"),
            QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b"),
            QStringLiteral("Access Token Authentication"),
            {{QStringLiteral("domain"), QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net")},
             {QStringLiteral("clusterId"), QStringLiteral("0123-456789-abcdefgh")},
             {QStringLiteral("accessToken"), QStringLiteral("dapi%1").arg(QRandomGenerator::global()->generate())},
             {QStringLiteral("database"), QStringLiteral("acme-db")}},
            QStringLiteral("accessToken")};
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through ./scripts/test.sh");
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_sim.reset(new SimulatorProcess);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
        m_settings.reset(new Settings(m_dir->filePath(QStringLiteral("inlet.ini"))));
        LaunchOptions options;
        options.profile = QStringLiteral("gui-test");
        options.platformUrl = m_sim->baseUrl();
        options.imsUrl = m_sim->baseUrl();
        m_wizard.reset(new InletWizard(*m_settings, m_secrets, m_network, options));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_sim.reset();
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

        signIn(accountSecret);
        if (QTest::currentTestFailed())
            return;
        chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->existingConnectionsPage()
                                      ->findChild<QLabel*>(QStringLiteral("statusLabel"))
                                      ->text()
                                      .contains(QStringLiteral("Looking")),
                                 kTimeout);
        clickNext();

        QString sparkLine;
        if (source.specId == databricksSource().specId) {
            QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::LandingZonePageId), kTimeout);
            passLandingZone(&sparkLine);
            if (QTest::currentTestFailed())
                return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();

        QCOMPARE(m_wizard->currentId(), int(InletWizard::ReviewPageId));
        const QString curl = m_wizard->reviewPage()->curlCommand();
        QVERIFY(!curl.contains(source.values.last().second) || source.secretParam != source.values.last().first);
        for (const auto& [name, value] : source.values) {
            if (name == source.secretParam)
                QVERIFY2(!curl.contains(value), "the curl preview must not contain the secret");
        }
        QVERIFY(curl.contains(QStringLiteral("Bearer {ACCESS_TOKEN}")));
        QVERIFY(!curl.contains(accountSecret));
        QVERIFY(m_wizard->button(QWizard::CommitButton)->isVisible());
        QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(InletWizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeout);
        QVERIFY(m_wizard->state().createdConnection.has_value());
        const QString id = m_wizard->state().createdConnection->id;
        QCOMPARE(m_wizard->resultPage()->findChild<QLineEdit*>(QStringLiteral("idLineEdit"))->text(), id);
        QVERIFY(m_wizard->state().createdConnection->etag.startsWith(u'"'));

        // The request the simulator received: the seed document's headers and body shape.
        const QJsonArray posts = m_sim->requestsTo(QStringLiteral("/connections"), QStringLiteral("POST"));
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
        QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);

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
        m_settings->sync();
        assertNotInFiles({secretValue, accountSecret, sparkLine.section(u' ', 1)});

        // Test connection: explore root lists the source's tables.
        QTest::mouseClick(m_wizard->resultPage()->findChild<QPushButton*>(QStringLiteral("testButton")),
                          Qt::LeftButton);
        auto* tables = m_wizard->resultPage()->findChild<QTreeWidget*>(QStringLiteral("tablesTreeWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(tables->topLevelItemCount() > 0, kTimeout);
        QVERIFY(m_wizard->resultPage()
                    ->findChild<QLabel*>(QStringLiteral("testStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("works")));
        QCOMPARE(m_sim->requestsTo(QStringLiteral("/connections/") + id + QStringLiteral("/explore")).size(), 1);
    }

    void backAndNextKeepWhatWasTyped()
    {
        signIn(QStringLiteral("back-next-secret"));
        if (QTest::currentTestFailed())
            return;
        const SeedSource source = sparkSource();
        chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        auto* name = m_wizard->credentialsPage()->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        name->setText(QStringLiteral("Kept name"));

        m_wizard->back();
        m_wizard->back();
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(InletWizard::AccountPageId));
        QCOMPARE(m_wizard->accountPage()->profile().clientId, QStringLiteral("gui-client-id"));
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::SourcePageId), kTimeout);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        QCOMPARE(name->text(), QStringLiteral("Kept name"));
        const QVariantMap values = m_wizard->credentialsPage()->form()->values();
        for (const auto& [param, value] : source.values)
            QCOMPARE(values.value(param).toString(), value);
    }

    void faultOnCommitLeavesUserOnResultPageWithoutDuplicate()
    {
        signIn(QStringLiteral("fault-secret"));
        if (QTest::currentTestFailed())
            return;
        const SeedSource source = sparkSource();
        chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QVERIFY(m_sim->addFault(QStringLiteral("POST"),
                                QStringLiteral("/data/foundation/flowservice/connections"),
                                QStringLiteral("503"),
                                0,
                                1));
        QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);

        QCOMPARE(m_wizard->currentId(), int(InletWizard::ResultPageId));
        auto* retry = m_wizard->resultPage()->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kTimeout);
        QVERIFY(!m_wizard->currentPage()->isComplete());
        const QString message = m_wizard->resultPage()->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(!message.isEmpty(), "an actionable message is shown");
        QVERIFY(m_wizard->resultPage()
                    ->findChild<QPlainTextEdit*>(QStringLiteral("detailsEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("503")));
        QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);

        // Try again: no retyping, exactly one connection in the end.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeout);
        QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
        QVERIFY(m_wizard->state().createdConnection.has_value());
    }

    void droppedCreateIsFoundInsteadOfDuplicated()
    {
        signIn(QStringLiteral("drop-secret"));
        if (QTest::currentTestFailed())
            return;
        const SeedSource source = dataExplorerSource();
        chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QVERIFY(m_sim->addFault(QStringLiteral("POST"),
                                QStringLiteral("/data/foundation/flowservice/connections"),
                                QStringLiteral("drop"),
                                0,
                                1));
        QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_wizard->currentPage()->isComplete()
                || m_wizard->resultPage()->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible(),
            kTimeout);
        // Whatever happened on the wire, there is never more than the one connection.
        QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
        QVERIFY(m_wizard->currentPage()->isComplete());
        QCOMPARE(m_wizard->state().createdConnection->id,
                 m_sim->connections().first().toObject().value(QLatin1String("id")).toString());
    }

    void wrongSecretIsReportedOnTheAccountPage()
    {
        m_sim.reset(new SimulatorProcess({QStringLiteral("--client-secret"), QStringLiteral("the-right-one")}));
        QVERIFY(m_sim->start());
        LaunchOptions options;
        options.profile = QStringLiteral("gui-wrong");
        options.platformUrl = m_sim->baseUrl();
        options.imsUrl = m_sim->baseUrl();
        m_wizard.reset(new InletWizard(*m_settings, m_secrets, m_network, options));
        m_wizard->show();
        typeAccount(QStringLiteral("the-wrong-one"));
        if (QTest::currentTestFailed())
            return;
        clickNext();
        auto* status = m_wizard->accountPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Platform said"))
                                     || status->text().contains(QStringLiteral("secret")),
                                 kTimeout);
        QCOMPARE(m_wizard->currentId(), int(InletWizard::AccountPageId));
        QVERIFY(!m_wizard->state().isSignedIn());
        // What was typed is still there, to correct.
        QCOMPARE(m_wizard->accountPage()->profile().clientId, QStringLiteral("gui-client-id"));
    }

private:
    void typeAccount(const QString& secret)
    {
        QCOMPARE(m_wizard->currentId(), int(InletWizard::AccountPageId));
        AccountPage* page = m_wizard->accountPage();
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("orgIdLineEdit")),
                         QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         QStringLiteral("gui-client-id"));
        QLineEdit* secretEdit = page->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        secretEdit->clear();
        QTest::keyClicks(secretEdit, secret);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY2(page->isComplete(), qPrintable(page->firstProblem()));
    }

    void signIn(const QString& secret)
    {
        typeAccount(secret);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::SourcePageId), kTimeout);
        QVERIFY(m_wizard->state().isSignedIn());
    }

    void chooseSource(const SeedSource& source)
    {
        QCOMPARE(m_wizard->currentId(), int(InletWizard::SourcePageId));
        auto* search = m_wizard->sourcePage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        search->clear();
        QTest::keyClicks(search, source.searchText);
        QTRY_VERIFY(m_wizard->sourcePage()->currentSpec() != nullptr);
        QCOMPARE(m_wizard->sourcePage()->currentSpec()->id, source.specId);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
    }

    void fillCredentials(const SeedSource& source)
    {
        CredentialForm* form = m_wizard->credentialsPage()->form();
        QCOMPARE(form->currentAuthSpecName(), source.authSpecName);
        for (const auto& [name, value] : source.values) {
            auto* edit = qobject_cast<QLineEdit*>(form->fieldWidget(name));
            QVERIFY2(edit, qPrintable(name));
            edit->clear();
            QTest::keyClicks(edit, value);
            if (name == source.secretParam)
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
        }
        QVERIFY2(m_wizard->currentPage()->isComplete(), qPrintable(form->firstError()));
    }

    // Databricks: the Spark config line, copied as a secret, then a confirmed refresh.
    void passLandingZone(QString* line)
    {
        LandingZonePage* page = m_wizard->landingZonePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->line().isValid(), kTimeout);
        const QJsonObject current = m_sim->landingZone().value(QLatin1String("current")).toArray().first().toObject();
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

        bool asked = false;
        page->setConfirmRefresh([&asked] {
            asked = true;
            return true;
        });
        auto* confirm = page->findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"));
        confirm->setChecked(true);
        page->refresh();
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(page->line().text() != expected && page->line().isValid(), kTimeout);
        QVERIFY2(!confirm->isChecked(), "after a refresh the user must paste the new line again");
        QCOMPARE(m_sim->requestsTo(QStringLiteral("/landingzone/credentials"), QStringLiteral("POST")).size(), 1);
        const QJsonArray revoked = m_sim->landingZone().value(QLatin1String("revokedSASTokens")).toArray();
        QVERIFY(revoked.contains(current.value(QLatin1String("SASToken"))));

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page->line().text());
        confirm->setChecked(true);
        QVERIFY(page->isComplete());
        *line = page->line().text();
        clickNext();
    }

    void clickNext()
    {
        QAbstractButton* next = m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kTimeout);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void assertNotInFiles(const QStringList& secrets)
    {
        QStringList roots{m_dir->path(),
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<Settings> m_settings;
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<InletWizard> m_wizard;
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
