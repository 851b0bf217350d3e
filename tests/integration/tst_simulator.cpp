// inlet-platform-sim itself: command line, gateway errors, validation details, admin routes and
// command-line faults – with raw HTTP requests, so the client's behaviour does not hide anything.

#include "../unit/tst_catalog_samples.h"
#include "PlatformTestSupport.h"
#include "QtJson.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "catalog/Catalog.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Inlet;

namespace {

struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray requestId;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void helpListsTheFaults();
    void badFaultSpecIsRejected();
    void listensOnLoopbackOnly();
    void imsErrors();
    void gatewayErrors_data();
    void gatewayErrors();
    void fixedOrgAndSandbox();
    void clientSeesMissingApiKeyAndSandbox();
    void createValidation_data();
    void createValidation();
    void integerAndBooleanParams();
    void createsForEveryAuthSpec();
    void exploreVariants();
    void patchRules();
    void landingZoneGetWithActionDoesNotRotate();
    void commandLineFaultsApplyCountTimes();
    void adminFaultsAndReset();
    void adminRoutesAreNotLogged();
    void storedFaultKeepsTheCreatedConnection();
    void storedFaultAppliesToAnyCreate();
    void storedFaultTakesOnlyServerErrors();

private:
    void start(const QStringList& arguments = {});
    QString token();
    RawReply send(const QByteArray& method, const QString& path, const Headers& headers, const QByteArray& body = {});
    Headers platformHeaders();

    std::unique_ptr<SimulatorProcess> m_sim;
    QNetworkAccessManager m_network;
    QString m_token;
};

void TestSimulator::start(const QStringList& arguments)
{
    m_sim = std::make_unique<SimulatorProcess>(arguments);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_token.clear();
}

void TestSimulator::cleanup()
{
    m_sim.reset();
}

RawReply
TestSimulator::send(const QByteArray& method, const QString& path, const Headers& headers, const QByteArray& body)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.requestId = reply->rawHeader("x-request-id");
    result.error = reply->error();
    delete reply;
    return result;
}

QString TestSimulator::token()
{
    if (m_token.isEmpty()) {
        const RawReply reply =
            send("POST",
                 QStringLiteral("/ims/token/v3"),
                 {{"Content-Type", "application/x-www-form-urlencoded"}},
                 "grant_type=client_credentials&client_id=sim-client-id&client_secret=x&scope=openid");
        m_token = reply.json.value(QLatin1String("access_token")).toString();
    }
    return m_token;
}

Headers TestSimulator::platformHeaders()
{
    return {{"Authorization", "Bearer " + token().toUtf8()},
            {"x-api-key", "sim-client-id"},
            {"x-gw-ims-org-id", "ORG@AdobeOrg"},
            {"x-sandbox-name", "prod"},
            {"Content-Type", "application/json"}};
}

void TestSimulator::helpListsTheFaults()
{
    QProcess process;
    process.start(SimulatorProcess::executable(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char* expected : {"--port",
                                 "--fault",
                                 "--client-id",
                                 "--client-secret",
                                 "--token-lifetime",
                                 "latency=MS",
                                 "429=SECONDS",
                                 "html",
                                 "drop",
                                 "reset",
                                 "truncate",
                                 "malformed",
                                 "oversize",
                                 "expired-token",
                                 "stored=STATUS",
                                 "/__admin/"})
        QVERIFY2(help.contains(QLatin1String(expected)), expected);
}

void TestSimulator::badFaultSpecIsRejected()
{
    QProcess process;
    process.start(SimulatorProcess::executable(), {QStringLiteral("--fault"), QStringLiteral("GET:/x:explode")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("unknown fault kind"));
}

void TestSimulator::listensOnLoopbackOnly()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    QHostAddress other;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            other = address;
            break;
        }
    }
    if (other.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to try");
    QTcpSocket socket;
    socket.connectToHost(other, m_sim->port());
    QVERIFY(!socket.waitForConnected(3000));
}

void TestSimulator::imsErrors()
{
    start({QStringLiteral("--client-id"), QStringLiteral("right-id")});
    QVERIFY(!QTest::currentTestFailed());
    const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
    RawReply reply = send(
        "POST", QStringLiteral("/ims/token/v3"), form, "grant_type=client_credentials&client_id=right-id&scope=openid");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    reply = send("POST",
                 QStringLiteral("/ims/token/v3"),
                 form,
                 "grant_type=password&client_id=right-id&client_secret=s&scope=openid");
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
    reply = send("POST",
                 QStringLiteral("/ims/token/v3"),
                 form,
                 "grant_type=client_credentials&client_id=wrong&client_secret=s&scope=openid");
    QCOMPARE(reply.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    // Query parameters are accepted too, as IMS documents.
    reply = send(
        "POST",
        QStringLiteral("/ims/token/v3?grant_type=client_credentials&client_id=right-id&client_secret=s&scope=openid"),
        form);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(reply.json.value(QLatin1String("expires_in")).toInt(), 86399);
}

void TestSimulator::gatewayErrors_data()
{
    QTest::addColumn<QByteArray>("dropHeader");
    QTest::addColumn<QByteArray>("replaceToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no token") << QByteArray("Authorization") << QByteArray() << 403 << QStringLiteral("403010");
    QTest::newRow("invalid token") << QByteArray() << QByteArray("Bearer not-issued") << 401
                                   << QStringLiteral("401013");
    QTest::newRow("not bearer") << QByteArray() << QByteArray("Basic abc") << 401 << QStringLiteral("401013");
    QTest::newRow("no api key") << QByteArray("x-api-key") << QByteArray() << 403 << QStringLiteral("403000");
    QTest::newRow("no org") << QByteArray("x-gw-ims-org-id") << QByteArray() << 400 << QStringLiteral("400003");
    QTest::newRow("no sandbox") << QByteArray("x-sandbox-name") << QByteArray() << 400
                                << QStringLiteral("FLOW-2105-400");
}

void TestSimulator::gatewayErrors()
{
    QFETCH(QByteArray, dropHeader);
    QFETCH(QByteArray, replaceToken);
    QFETCH(int, status);
    QFETCH(QString, code);
    start();
    QVERIFY(!QTest::currentTestFailed());
    Headers headers;
    for (const auto& header : platformHeaders()) {
        if (header.first == dropHeader)
            continue;
        headers << (header.first == "Authorization" && !replaceToken.isEmpty() ? qMakePair(header.first, replaceToken)
                                                                               : header);
    }
    const RawReply reply = send("GET", QStringLiteral("/data/foundation/flowservice/connections"), headers);
    QCOMPARE(reply.status, status);
    const Error error = Error::fromHttpResponse(reply.status, reply.body, reply.requestId);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.requestId().isEmpty());
}

void TestSimulator::fixedOrgAndSandbox()
{
    start({QStringLiteral("--org-id"),
           QStringLiteral("ORG@AdobeOrg"),
           QStringLiteral("--sandbox"),
           QStringLiteral("prod"),
           QStringLiteral("--sandbox"),
           QStringLiteral("dev")});
    QVERIFY(!QTest::currentTestFailed());
    Headers headers = platformHeaders();
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connections"), headers).status, 200);
    headers[2].second = "OTHER@AdobeOrg";
    RawReply reply = send("GET", QStringLiteral("/data/foundation/flowservice/connections"), headers);
    QCOMPARE(reply.json.value(QLatin1String("error_code")).toString(), QStringLiteral("403025"));
    headers = platformHeaders();
    headers[3].second = "qa";
    reply = send("GET", QStringLiteral("/data/foundation/flowservice/connections"), headers);
    QCOMPARE(reply.status, 404);
    QCOMPARE(Error::fromHttpResponse(reply.status, reply.body).code(), QStringLiteral("FLOW-2100-404"));
}

void TestSimulator::clientSeesMissingApiKeyAndSandbox()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    QNetworkAccessManager network;
    PlatformSession session(&network);
    Profile profile = m_sim->profile();
    profile.sandbox.clear();
    session.setProfile(profile);
    session.setSecret(QStringLiteral("s"));
    auto outcome = await(session.signIn());
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-2105-400"));
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("sandbox")));

    profile = m_sim->profile();
    profile.orgId.clear();
    session.setProfile(profile);
    session.setSecret(QStringLiteral("s"));
    outcome = await(session.signIn());
    QCOMPARE(outcome.error.code(), QStringLiteral("400003"));
}

void TestSimulator::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray spec = R"("connectionSpec":{"id":"6a8d82bc-1caf-45d1-908d-cadabc9d63a6","version":"1.0"})";
    QTest::newRow("not json") << QByteArray("{") << "FLOW-1100-400"
                              << "JSON";
    QTest::newRow("no name") << QByteArray(R"({"auth":{"specName":"HDInsights Basic Authentication","params":{}},)"
                                           + spec + "}")
                             << "FLOW-1100-400"
                             << "'name'";
    QTest::newRow("unknown spec") << QByteArray(
        R"({"name":"n","auth":{"specName":"x","params":{}},"connectionSpec":{"id":"nope"}})")
                                  << "FLOW-1413-400"
                                  << "nope";
    QTest::newRow("wrong auth spec") << QByteArray(
        R"({"name":"n","auth":{"specName":"Basic Authentication","params":{}},)" + spec + "}")
                                     << "FLOW-1415-400"
                                     << "Basic Authentication";
    QTest::newRow("missing param") << QByteArray(
        R"({"name":"n","auth":{"specName":"HDInsights Basic Authentication","params":{"host":"h","username":"u"}},)"
        + spec + "}") << "FLOW-1100-400"
                                   << "auth.params.password";
    QTest::newRow("empty param") << QByteArray(
        R"({"name":"n","auth":{"specName":"HDInsights Basic Authentication","params":{"host":" ","username":"u","password":"p"}},)"
        + spec + "}") << "FLOW-1100-400"
                                 << "auth.params.host";
    QTest::newRow("wrong type") << QByteArray(
        R"({"name":"n","auth":{"specName":"HDInsights Basic Authentication","params":{"host":"h","username":["u"],"password":"p"}},)"
        + spec + "}") << "FLOW-1100-400"
                                << "auth.params.username";
    QTest::newRow("pattern") << QByteArray(
        R"({"name":"n","auth":{"specName":"HDInsights Basic Authentication","params":{"host":"https://h/x","username":"u","password":"p"}},)"
        + spec + "}") << "FLOW-1100-400"
                             << "auth.params.host";
    QTest::newRow("enum") << QByteArray(
        R"({"name":"n","auth":{"specName":"Basic Authentication","params":{"server":"s","port":"5432","database":"d","username":"u","password":"p","sslMode":"Sometimes"}},"connectionSpec":{"id":"74a1c565-4e59-48d7-9d67-7c03b8a13137","version":"1.0"}})")
                          << "FLOW-1100-400"
                          << "auth.params.sslMode";
    QTest::newRow("uri") << QByteArray(
        R"({"name":"n","auth":{"specName":"Anonymous Authentication","params":{"url":"services.odata.org"}},"connectionSpec":{"id":"8e6b41a8-d998-4545-ad7d-c6a9fff406c3","version":"1.0"}})")
                         << "FLOW-1100-400"
                         << "auth.params.url";
    QTest::newRow("range") << QByteArray(
        R"({"name":"n","auth":{"specName":"Basic Authentication for sftp","params":{"host":"h","port":70000,"userName":"u","password":"p"}},"connectionSpec":{"id":"b7bf2577-4520-42c9-bae9-cad01560f7bc","version":"1.0"}})")
                           << "FLOW-1100-400"
                           << "auth.params.port";
}

// The simulator takes a create for every auth spec of the bundled catalog, with valid values, and refuses
// it, naming the param, when a required one is missing: the demo works for every source.
void TestSimulator::createsForEveryAuthSpec()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const Catalog catalog = Catalog::bundled();
    int created = 0;
    for (const ConnectionSpec& spec : catalog.specs()) {
        for (const AuthSpec& auth : spec.authSpecs) {
            const FormModel model(auth);
            ConnectionDraft draft;
            draft.name = spec.displayName + QStringLiteral(" connection");
            draft.connectionSpecId = spec.id;
            draft.authSpecName = auth.name;
            draft.params = model.toParams(CatalogSamples::validValues(model));
            const QString label = spec.displayName + QStringLiteral(" / ") + auth.name;
            RawReply reply = send("POST",
                                  QStringLiteral("/data/foundation/flowservice/connections"),
                                  platformHeaders(),
                                  draft.toJsonText());
            QVERIFY2(reply.status == 201, qPrintable(label + QStringLiteral(": ") + QString::fromUtf8(reply.body)));
            ++created;

            const QStringList required = auth.requiredPropertyNames();
            if (required.isEmpty())
                continue;
            QJsonObject body = InletTest::qtJson(draft);
            QJsonObject authJson = body.value(QLatin1String("auth")).toObject();
            QJsonObject params = authJson.value(QLatin1String("params")).toObject();
            params.remove(required.constLast());
            authJson.insert(QStringLiteral("params"), params);
            body.insert(QStringLiteral("auth"), authJson);
            reply = send("POST",
                         QStringLiteral("/data/foundation/flowservice/connections"),
                         platformHeaders(),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
            QCOMPARE(reply.status, 400);
            const Error error = Error::fromHttpResponse(reply.status, reply.body);
            QCOMPARE(error.code(), QStringLiteral("FLOW-1100-400"));
            QVERIFY2(error.serverMessage().contains(QStringLiteral("auth.params.") + required.constLast()),
                     qPrintable(label));
        }
    }
    QCOMPARE(created, 82);
    QCOMPARE(m_sim->connections().size(), 82);
}

void TestSimulator::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    start();
    QVERIFY(!QTest::currentTestFailed());
    const RawReply reply =
        send("POST", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders(), body);
    QCOMPARE(reply.status, 400);
    const Error error = Error::fromHttpResponse(reply.status, reply.body);
    QCOMPARE(error.code(), code);
    QVERIFY2(error.serverMessage().contains(mentions), qPrintable(error.serverMessage()));
    QCOMPARE(QString::fromLatin1(reply.requestId), error.requestId());
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);
}

void TestSimulator::integerAndBooleanParams()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray head =
        R"({"name":"Phoenix","auth":{"specName":"Basic Authentication","params":{"host":"h","username":"u","password":"p","httpPath":"/x",)";
    const QByteArray tail = R"(}},"connectionSpec":{"id":"102706fb-a5cd-42ee-afe0-bc42f017ff43","version":"1.0"}})";
    RawReply reply = send("POST",
                          QStringLiteral("/data/foundation/flowservice/connections"),
                          platformHeaders(),
                          head + R"("port":"8765","enableSsl":true)" + tail);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("auth.params.port"));
    reply = send("POST",
                 QStringLiteral("/data/foundation/flowservice/connections"),
                 platformHeaders(),
                 head + R"("port":8765.5,"enableSsl":true)" + tail);
    QCOMPARE(reply.status, 400);
    reply = send("POST",
                 QStringLiteral("/data/foundation/flowservice/connections"),
                 platformHeaders(),
                 head + R"("port":8765,"enableSsl":"yes")" + tail);
    QVERIFY(reply.body.contains("auth.params.enableSsl"));
    reply = send("POST",
                 QStringLiteral("/data/foundation/flowservice/connections"),
                 platformHeaders(),
                 head + R"("port":8765,"enableSsl":true)" + tail);
    QCOMPARE(reply.status, 201);
}

void TestSimulator::exploreVariants()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray snowflake =
        R"({"name":"s","auth":{"specName":"Basic Authentication for Snowflake","params":{"account":"a","database":"ACME","warehouse":"w","username":"u","password":"p"}},
            "connectionSpec":{"id":"51ae16c2-bdad-42fd-9fce-8d5dfddaf140","version":"1.0"}})";
    const QString id =
        send("POST", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders(), snowflake)
            .json.value(QLatin1String("id"))
            .toString();
    QVERIFY(!id.isEmpty());
    RawReply reply = send("GET",
                          QStringLiteral("/data/foundation/flowservice/connections/%1/explore?objectType=root").arg(id),
                          platformHeaders());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("items")).toArray().size() >= 3); // wrapped for this source
    reply = send("GET",
                 QStringLiteral("/data/foundation/flowservice/connections/%1/explore?objectType=ROOT").arg(id),
                 platformHeaders());
    QCOMPARE(reply.status, 200); // either spelling
    reply =
        send("GET",
             QStringLiteral("/data/foundation/flowservice/connections/%1/explore?objectType=table&object=ACME.orders")
                 .arg(id),
             platformHeaders());
    QCOMPARE(reply.json.value(QLatin1String("format")).toString(), QStringLiteral("flat"));
    reply = send("GET",
                 QStringLiteral("/data/foundation/flowservice/connections/%1/explore?objectType=bogus").arg(id),
                 platformHeaders());
    QCOMPARE(reply.status, 400);
    // Secrets masked when read back; stored as sent (admin view).
    reply = send("GET", QStringLiteral("/data/foundation/flowservice/connections/%1").arg(id), platformHeaders());
    const QJsonObject params = reply.json.value(QLatin1String("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("auth"))
                                   .toObject()
                                   .value(QLatin1String("params"))
                                   .toObject();
    QVERIFY(params.value(QLatin1String("password")).toString() != QLatin1String("p"));
    QCOMPARE(params.value(QLatin1String("username")).toString(), QStringLiteral("u"));
    QCOMPARE(m_sim->connections()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("auth"))
                 .toObject()
                 .value(QLatin1String("params"))
                 .toObject()
                 .value(QLatin1String("password"))
                 .toString(),
             QStringLiteral("p"));
}

void TestSimulator::patchRules()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const RawReply created = send("POST",
                                  QStringLiteral("/data/foundation/flowservice/connections"),
                                  platformHeaders(),
                                  SeedDrafts::spark().toJsonText());
    const QString id = created.json.value(QLatin1String("id")).toString();
    const QByteArray etag = created.json.value(QLatin1String("etag")).toString().toUtf8();
    const QString path = QStringLiteral("/data/foundation/flowservice/connections/%1/").arg(id);
    Headers headers = platformHeaders();
    headers << qMakePair(QByteArray("If-Match"), etag);
    RawReply reply = send("PATCH", path, headers, R"([{"op":"replace","path":"/connectionSpec/id","value":"x"}])");
    QCOMPARE(Error::fromHttpResponse(reply.status, reply.body).code(), QStringLiteral("FLOW-1414-400"));
    reply = send("PATCH", path, headers, R"([{"op":"replace","path":"/bogus","value":"x"}])");
    QCOMPARE(Error::fromHttpResponse(reply.status, reply.body).code(), QStringLiteral("FLOW-1455-400"));
    reply = send("PATCH", path, headers, R"([{"op":"remove","path":"/auth/params/password"}])");
    QCOMPARE(Error::fromHttpResponse(reply.status, reply.body).code(), QStringLiteral("FLOW-1100-400"));
    reply = send("PATCH", path, headers, R"({"op":"replace"})");
    QCOMPARE(reply.status, 400);
    reply = send("PATCH", path, headers, R"([{"op":"REPLACE","path":"/auth/params/password","value":"new"}])");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("etag")).toString().toUtf8() != etag);
}

void TestSimulator::landingZoneGetWithActionDoesNotRotate()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const QString path =
        QStringLiteral("/data/foundation/connectors/landingzone/credentials?type=dlz_databricks_source");
    const QString first = send("GET", path, platformHeaders()).json.value(QLatin1String("SASToken")).toString();
    const QString viaGet = send("GET", path + QStringLiteral("&action=refresh"), platformHeaders())
                               .json.value(QLatin1String("SASToken"))
                               .toString();
    QCOMPARE(viaGet, first);
    const QString viaPost = send("POST", path + QStringLiteral("&action=refresh"), platformHeaders())
                                .json.value(QLatin1String("SASToken"))
                                .toString();
    QVERIFY(viaPost != first);
    QCOMPARE(
        send("GET", QStringLiteral("/data/foundation/connectors/landingzone/credentials?type=bogus"), platformHeaders())
            .status,
        400);
    const RawReply zone =
        send("GET", QStringLiteral("/data/foundation/connectors/landingzone?type=user_drop_zone"), platformHeaders());
    QCOMPARE(zone.json.value(QLatin1String("containerTTL")).toString(), QStringLiteral("7"));
}

void TestSimulator::commandLineFaultsApplyCountTimes()
{
    start({QStringLiteral("--fault"),
           QStringLiteral("GET:/connectionSpecs:503:2"),
           QStringLiteral("--fault"),
           QStringLiteral("GET:/data/foundation/flowservice/connections:429=7")});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connectionSpecs"), platformHeaders()).status,
             503);
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connectionSpecs"), platformHeaders()).status,
             503);
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connectionSpecs"), platformHeaders()).status,
             200);
    // Without a count: every time, with its Retry-After.
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(
            QUrl(m_sim->baseUrl().toString() + QStringLiteral("/data/foundation/flowservice/connections")));
        QNetworkReply* reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
        delete reply;
    }
}

void TestSimulator::adminFaultsAndReset()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connections"), QStringLiteral("500"), 0, 1));
    QCOMPARE(m_sim->admin("GET", QStringLiteral("/faults")).object().value(QLatin1String("faults")).toArray().size(),
             1);
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders()).status, 500);
    QCOMPARE(m_sim->admin("GET", QStringLiteral("/faults")).object().value(QLatin1String("faults")).toArray().size(),
             0);
    const QJsonDocument rejected = m_sim->admin("POST", QStringLiteral("/faults"), R"({"fault":"explode"})");
    QVERIFY(rejected.object().value(QLatin1String("error")).toString().contains(QLatin1String("unknown fault")));

    QCOMPARE(send("POST",
                  QStringLiteral("/data/foundation/flowservice/connections"),
                  platformHeaders(),
                  SeedDrafts::spark().toJsonText())
                 .status,
             201);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
    m_sim->expireTokens();
    QCOMPARE(send("GET", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders()).status, 401);
    m_sim->reset();
    const QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(QLatin1String("connectionCount")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("imsTokenRequests")).toInt(), 0);
    QCOMPARE(m_sim->requests().size(), 0);
}

void TestSimulator::adminRoutesAreNotLogged()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    m_sim->stats();
    m_sim->connections();
    QCOMPARE(m_sim->requests().size(), 0);
    send("GET", QStringLiteral("/data/foundation/flowservice/connectionSpecs?limit=1"), platformHeaders());
    const QJsonArray requests = m_sim->requests();
    QCOMPARE(requests.size(), 2); // the IMS token and the list
    const QJsonObject last = requests.last().toObject();
    QCOMPARE(last.value(QLatin1String("query")).toString(), QStringLiteral("limit=1"));
    QCOMPARE(last.value(QLatin1String("headers")).toObject().value(QLatin1String("x-sandbox-name")).toString(),
             QStringLiteral("prod"));
    QCOMPARE(m_sim->requests(last.value(QLatin1String("sequence")).toInteger()).size(), 0);
}

// The server stores the connection, then answers 500: the client is told it failed, but a second POST
// makes a duplicate. Issue 13's clients must look before they send again; this is what they look at.
void TestSimulator::storedFaultKeepsTheCreatedConnection()
{
    start({QStringLiteral("--fault"), QStringLiteral("POST:/connections:stored:1")});
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray body =
        R"({"name":"Stored before the 500","auth":{"specName":"HDInsights Basic Authentication","params":{"host":"h","username":"u","password":"p"}},"connectionSpec":{"id":"6a8d82bc-1caf-45d1-908d-cadabc9d63a6","version":"1.0"}})";
    RawReply reply = send("POST", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders(), body);
    QCOMPARE(reply.status, 500);
    const Error error = Error::fromHttpResponse(reply.status, reply.body, reply.requestId);
    QCOMPARE(error.code(), QStringLiteral("FLOW-1102-500"));
    QCOMPARE(error.requestId(), QString::fromLatin1(reply.requestId));
    QVERIFY(!reply.json.contains(QLatin1String("id")));
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);

    reply = send("GET", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders());
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Stored before the 500"));

    // The fault was used up: sending again succeeds, and the sandbox now holds two.
    reply = send("POST", QStringLiteral("/data/foundation/flowservice/connections"), platformHeaders(), body);
    QCOMPARE(reply.status, 201);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionsCreated")).toInt(), 2);
}

void TestSimulator::storedFaultAppliesToAnyCreate()
{
    start();
    QVERIFY(!QTest::currentTestFailed());
    const QString path =
        QStringLiteral("/data/foundation/connectors/landingzone/credentials?type=dlz_databricks_source");
    const QString first = send("GET", path, platformHeaders()).json.value(QLatin1String("SASToken")).toString();
    QVERIFY(!first.isEmpty());
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/credentials"), QStringLiteral("stored"), 503, 1));
    const RawReply refresh = send("POST", path + QStringLiteral("&action=refresh"), platformHeaders());
    QCOMPARE(refresh.status, 503);
    QCOMPARE(Error::fromHttpResponse(refresh.status, refresh.body).code(), QStringLiteral("FLOW-1103-503"));
    QVERIFY(!refresh.body.contains("SASToken"));
    // The refresh happened all the same: the old token is revoked and a GET hands out the new one.
    const QJsonObject zone = m_sim->landingZone();
    QVERIFY(zone.value(QLatin1String("revokedSASTokens")).toArray().contains(first));
    const QString now = send("GET", path, platformHeaders()).json.value(QLatin1String("SASToken")).toString();
    QVERIFY(!now.isEmpty());
    QVERIFY(now != first);
}

void TestSimulator::storedFaultTakesOnlyServerErrors()
{
    QProcess process;
    process.start(SimulatorProcess::executable(),
                  {QStringLiteral("--fault"), QStringLiteral("POST:/connections:stored=201")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("stored takes 500, 502, 503 or 504"));

    start();
    QVERIFY(!QTest::currentTestFailed());
    const QJsonDocument rejected =
        m_sim->admin("POST", QStringLiteral("/faults"), R"({"fault":"stored","argument":404})");
    QVERIFY(rejected.object().value(QLatin1String("error")).toString().contains(QLatin1String("stored takes")));
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/connections"), QStringLiteral("stored"), 502));
    const QJsonArray faults =
        m_sim->admin("GET", QStringLiteral("/faults")).object().value(QLatin1String("faults")).toArray();
    QCOMPARE(faults.size(), 1);
    QCOMPARE(faults.at(0).toObject().value(QLatin1String("fault")).toString(), QStringLiteral("stored"));
    QCOMPARE(faults.at(0).toObject().value(QLatin1String("argument")).toInt(), 502);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
