// RequestPreview and ConnectionDraft: the create request as the seeds' curl command, no secret in
// it, safe to paste into any POSIX shell.

#include "QtJson.h"
#include "SeedDrafts.h"

#include "platform/RequestPreview.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Inlet;
using InletTest::qtJson;

class TestRequestPreview : public QObject
{
    Q_OBJECT

private slots:
    void bodyIsTheSeedsShape();
    void bodyKeepsParamTypes();
    void previewLooksLikeTheSeed();
    void secretsBecomePlaceholders();
    void emptyProfileValuesBecomePlaceholders();
    void everyPlaceholderStandsForOneValue();
    void placeholders_data();
    void placeholders();
    void shellQuote_data();
    void shellQuote();
    void shellParsesThePreviewBack();
};

void TestRequestPreview::bodyIsTheSeedsShape()
{
    const ConnectionDraft draft = SeedDrafts::spark();
    QCOMPARE(qtJson(draft), SeedDrafts::sparkSeedBody());
    // Keys in the seeds' order on the wire as well.
    const QByteArray compact = draft.toJsonText();
    QCOMPARE(compact,
             QByteArray(
                 R"({"name":"Spark test connection","description":"A Spark test connection","auth":{"specName":)"
                 R"("HDInsights Basic Authentication","params":{"host":"{HOST}","username":"{USERNAME}","password":)"
                 R"("{PASSWORD}"}},"connectionSpec":{"id":"6a8d82bc-1caf-45d1-908d-cadabc9d63a6","version":"1.0"}})"));
}

void TestRequestPreview::bodyKeepsParamTypes()
{
    ConnectionDraft draft = SeedDrafts::spark();
    draft.params.insert(QStringLiteral("port"), 10000);
    draft.params.insert(QStringLiteral("enableSsl"), true);
    draft.params.insert(QStringLiteral("quote\"d"), QStringLiteral("line\nbreak \\ back"));
    const QJsonObject params =
        qtJson(draft).value(QLatin1String("auth")).toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("port")), QJsonValue(10000));
    QCOMPARE(params.value(QLatin1String("enableSsl")), QJsonValue(true));
    QCOMPARE(params.value(QLatin1String("quote\"d")).toString(), QStringLiteral("line\nbreak \\ back"));
    // Params are written in their order: the seed's, then the added ones as they were added.
    QCOMPARE(draft.params.names(),
             QStringList({QStringLiteral("host"),
                          QStringLiteral("username"),
                          QStringLiteral("password"),
                          QStringLiteral("port"),
                          QStringLiteral("enableSsl"),
                          QStringLiteral("quote\"d")}));
    const QByteArray written =
        "\"params\":{\"host\":\"{HOST}\",\"username\":\"{USERNAME}\",\"password\":"
        "\"{PASSWORD}\",\"port\":10000,\"enableSsl\":true,\"quote\\\"d\":\"line\\nbreak \\\\ back\"}}";
    QVERIFY2(draft.toJsonText().contains(written), draft.toJsonText().constData());
}

void TestRequestPreview::previewLooksLikeTheSeed()
{
    Profile profile;
    profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
    profile.sandbox = QStringLiteral("prod");
    profile.clientId = QStringLiteral("b3d4f2e1c0a94d7e");
    const QString expected =
        QStringLiteral("curl -X POST \\\n"
                       "    'https://platform.adobe.io/data/foundation/flowservice/connections' \\\n"
                       "    -H 'Authorization: Bearer {ACCESS_TOKEN}' \\\n"
                       "    -H 'x-api-key: b3d4f2e1c0a94d7e' \\\n"
                       "    -H 'x-gw-ims-org-id: 0123456789ABCDEF01234567@AdobeOrg' \\\n"
                       "    -H 'x-sandbox-name: prod' \\\n"
                       "    -H 'Content-Type: application/json' \\\n"
                       "    -d '{\n"
                       "        \"name\": \"Spark test connection\",\n"
                       "        \"description\": \"A Spark test connection\",\n"
                       "        \"auth\": {\n"
                       "            \"specName\": \"HDInsights Basic Authentication\",\n"
                       "            \"params\": {\n"
                       "                \"host\": \"{HOST}\",\n"
                       "                \"username\": \"{USERNAME}\",\n"
                       "                \"password\": \"{PASSWORD}\"\n"
                       "            }\n"
                       "        },\n"
                       "        \"connectionSpec\": {\n"
                       "            \"id\": \"6a8d82bc-1caf-45d1-908d-cadabc9d63a6\",\n"
                       "            \"version\": \"1.0\"\n"
                       "        }\n"
                       "    }'");
    QCOMPARE(RequestPreview::createConnection(SeedDrafts::spark(), profile), expected);
}

void TestRequestPreview::secretsBecomePlaceholders()
{
    ConnectionDraft draft = SeedDrafts::dataExplorer();
    draft.params.insert(QStringLiteral("endpoint"), QStringLiteral("https://adx.westeurope.kusto.windows.net"));
    draft.params.insert(QStringLiteral("servicePrincipalKey"), QStringLiteral("Sup3r~Secret.Key"));
    Profile profile;
    profile.orgId = QStringLiteral("ORG@AdobeOrg");
    profile.clientId = QStringLiteral("cid");
    profile.platformUrl = QUrl(QStringLiteral("https://platform-stage.adobe.io"));
    const QString preview = RequestPreview::createConnection(draft, profile);
    QVERIFY(!preview.contains(QLatin1String("Sup3r~Secret.Key")));
    QVERIFY(preview.contains(QLatin1String("\"servicePrincipalKey\": \"{SERVICE_PRINCIPAL_KEY}\"")));
    QVERIFY(preview.contains(QLatin1String("https://adx.westeurope.kusto.windows.net")));
    QVERIFY(
        preview.contains(QLatin1String("'https://platform-stage.adobe.io/data/foundation/flowservice/connections'")));
    QVERIFY(preview.contains(QLatin1String("Bearer {ACCESS_TOKEN}")));
}

void TestRequestPreview::emptyProfileValuesBecomePlaceholders()
{
    Profile profile;
    profile.sandbox.clear();
    const QString preview = RequestPreview::createConnection(SeedDrafts::spark(), profile);
    QVERIFY(preview.contains(QLatin1String("-H 'x-api-key: {API_KEY}'")));
    QVERIFY(preview.contains(QLatin1String("-H 'x-gw-ims-org-id: {ORG_ID}'")));
    QVERIFY(preview.contains(QLatin1String("-H 'x-sandbox-name: {SANDBOX_NAME}'")));
}

void TestRequestPreview::everyPlaceholderStandsForOneValue()
{
    // Databricks' auth.params.accessToken is not Platform's bearer token: one placeholder each.
    ConnectionDraft draft = SeedDrafts::databricks();
    draft.params.insert(AuthParam{QStringLiteral("access-token"), QStringLiteral("another secret"), true});
    const QString preview = RequestPreview::createConnection(draft, Profile());
    QCOMPARE(preview.count(QLatin1String("{ACCESS_TOKEN}")), 1);
    QVERIFY(preview.contains(QLatin1String("-H 'Authorization: Bearer {ACCESS_TOKEN}'")));
    QVERIFY2(preview.contains(QLatin1String("\"accessToken\": \"{SOURCE_ACCESS_TOKEN}\"")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("\"access-token\": \"{ACCESS_TOKEN_2}\"")), qPrintable(preview));
    QVERIFY(!preview.contains(QLatin1String("another secret")));
}

void TestRequestPreview::placeholders_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("placeholder");
    QTest::newRow("password") << "password"
                              << "{PASSWORD}";
    QTest::newRow("camel") << "servicePrincipalKey"
                           << "{SERVICE_PRINCIPAL_KEY}";
    QTest::newRow("digit") << "s3SecretKey"
                           << "{S3_SECRET_KEY}";
    QTest::newRow("acronym") << "SASUri"
                             << "{SAS_URI}";
    QTest::newRow("token") << "accessToken"
                           << "{ACCESS_TOKEN}";
    QTest::newRow("snake") << "client_secret"
                           << "{CLIENT_SECRET}";
    QTest::newRow("connection string") << "connectionString"
                                       << "{CONNECTION_STRING}";
    QTest::newRow("empty") << ""
                           << "{SECRET}";
}

void TestRequestPreview::placeholders()
{
    QFETCH(QString, param);
    QFETCH(QString, placeholder);
    QCOMPARE(RequestPreview::placeholderFor(param), placeholder);
}

void TestRequestPreview::shellQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "abc"
                           << "'abc'";
    QTest::newRow("apostrophe") << "O'Brien"
                                << "'O'\\''Brien'";
    QTest::newRow("two") << "''"
                         << "''\\'''\\'''";
    QTest::newRow("dollar") << "$HOME `id` \"x\""
                            << "'$HOME `id` \"x\"'";
    QTest::newRow("empty") << ""
                           << "''";
}

void TestRequestPreview::shellQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(RequestPreview::shellQuote(value), quoted);
}

void TestRequestPreview::shellParsesThePreviewBack()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    QVERIFY(!sh.isEmpty());
    ConnectionDraft draft = SeedDrafts::spark();
    draft.name = QStringLiteral("O'Brien's \"prod\" $(rm -rf /) `id` \\ connection");
    draft.params.insert(QStringLiteral("host"), QStringLiteral("it's-a-host;echo pwned"));
    Profile profile;
    profile.orgId = QStringLiteral("ORG'@AdobeOrg");
    const QString preview = RequestPreview::createConnection(draft, profile);
    // A stand-in curl prints each argument it gets, NUL-separated.
    QProcess shell;
    shell.start(
        sh, {QStringLiteral("-c"), QStringLiteral("curl() { for a; do printf '%s\\0' \"$a\"; done; }\n") + preview});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    const QList<QByteArray> args = shell.readAllStandardOutput().split('\0');
    const int d = int(args.indexOf(QByteArray("-d")));
    QVERIFY(d > 0);
    ConnectionDraft expected = draft;
    expected.params.insert(QStringLiteral("password"), QStringLiteral("{PASSWORD}"));
    QCOMPARE(QJsonDocument::fromJson(args.at(d + 1)).object(), qtJson(expected));
    QVERIFY(args.contains(QByteArray("x-gw-ims-org-id: ORG'@AdobeOrg")));
    QCOMPARE(args.at(0), QByteArray("-X"));
    QCOMPARE(args.at(1), QByteArray("POST"));
}

QTEST_GUILESS_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
