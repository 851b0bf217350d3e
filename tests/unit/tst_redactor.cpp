// Redactor: what the request log may never show.

#include "core/SasSignature.h"
#include "databricks/SparkConfigLine.h"
#include "platform/Redactor.h"

#include <QTest>

using namespace Inlet;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void formBody();
    void connectionBody();
    void patchBody();
    void tokenResponse();
    void sasEverywhere();
    void oneSasRuleForTheLogAndTheSparkLine();
    void bearerInText();
    void truncatedJson();
    void urlQuery();
    void leavesOrdinaryDataAlone();
};

void TestRedactor::headers()
{
    const Redactor redactor;
    QCOMPARE(redactor.headerValue("Authorization", "Bearer eyJhbGciOi.secret"), QByteArray("<redacted>"));
    QCOMPARE(redactor.headerValue("x-api-key", "client-id-123"), QByteArray("<redacted>"));
    QCOMPARE(redactor.headerValue("X-Api-Key", "client-id-123"), QByteArray("<redacted>"));
    QCOMPARE(redactor.headerValue("x-sandbox-name", "prod"), QByteArray("prod"));
    const QString lines = redactor.headers({{"Authorization", "Bearer abc.def"}, {"x-gw-ims-org-id", "ORG@AdobeOrg"}});
    QVERIFY(!lines.contains(QLatin1String("abc.def")));
    QVERIFY(lines.contains(QLatin1String("x-gw-ims-org-id: ORG@AdobeOrg")));
}

void TestRedactor::formBody()
{
    const QString body =
        Redactor().body("grant_type=client_credentials&client_id=cid&client_secret=p%40ss%26word&scope=openid");
    QVERIFY(!body.contains(QLatin1String("p%40ss")));
    QVERIFY(body.contains(QLatin1String("client_secret=<redacted>")));
    QVERIFY(body.contains(QLatin1String("client_id=cid")));
}

void TestRedactor::connectionBody()
{
    const QByteArray body =
        R"({"name":"n","auth":{"specName":"Basic","params":{"host":"db.example.com","password":"hunter2","username":"etl"}},
                                "connectionSpec":{"id":"x","version":"1.0"}})";
    const QString redacted = Redactor({QStringLiteral("password")}).body(body);
    QVERIFY(!redacted.contains(QLatin1String("hunter2")));
    QVERIFY(redacted.contains(QLatin1String("db.example.com")));
    QVERIFY(redacted.contains(QLatin1String("\"password\":\"<redacted>\"")));
    // Without knowing which params are secret the value stays – the caller must say.
    QVERIFY(Redactor().body(body).contains(QLatin1String("hunter2")));
    // A key named like a secret param outside auth.params is not touched.
    QVERIFY(Redactor({QStringLiteral("name")}).body(body).contains(QLatin1String("\"name\":\"n\"")));
}

void TestRedactor::patchBody()
{
    const QByteArray body = R"([{"op":"replace","path":"/auth/params","value":{"username":"u","password":"s3cret"}},
                               {"op":"replace","path":"/auth/params/password","value":"0ther"},
                               {"op":"replace","path":"/name","value":"visible"}])";
    const QString redacted = Redactor({QStringLiteral("password")}).body(body);
    QVERIFY(!redacted.contains(QLatin1String("s3cret")));
    QVERIFY(!redacted.contains(QLatin1String("0ther")));
    QVERIFY(redacted.contains(QLatin1String("visible")));
}

void TestRedactor::tokenResponse()
{
    const QString redacted =
        Redactor().body(R"({"access_token":"eyJ.very.secret","token_type":"bearer","expires_in":86399})");
    QVERIFY(!redacted.contains(QLatin1String("eyJ.very.secret")));
    QVERIFY(redacted.contains(QLatin1String("86399")));
}

void TestRedactor::sasEverywhere()
{
    const QByteArray body = R"({"containerName":"dlz-databricks-container",
        "SASToken":"sv=2020-10-02&si=dlz-b1f4&sr=c&sp=racwdlm&sig=zVQfmuElZJzOKkUk8z5lChrJ3YQUE2h6EShDZOsVeMc%3D",
        "storageAccountName":"sndbx",
        "SASUri":"https://sndbx.blob.core.windows.net/dlz?sv=2020-10-02&sig=zVQfmuElZJzOKkUk8z5lChrJ3YQUE2h6EShDZOsVeMc%3D",
        "note":"copy fs.azure.sas.c.a.blob.core.windows.net sv=1&sig=AnotherSecret%2B"})";
    const QString redacted = Redactor().body(body);
    QVERIFY(!redacted.contains(QLatin1String("zVQfmuElZJ")));
    QVERIFY(!redacted.contains(QLatin1String("AnotherSecret")));
    QVERIFY(redacted.contains(QLatin1String("dlz-databricks-container")));
    QCOMPARE(Redactor().text(QStringLiteral("a?sv=1&sig=abc%2Bdef&se=2")),
             QStringLiteral("a?sv=1&sig=<redacted>&se=2"));
    QCOMPARE(Redactor().text(QStringLiteral("sig%3Dabc")), QStringLiteral("sig%3D<redacted>"));
}

void TestRedactor::oneSasRuleForTheLogAndTheSparkLine()
{
    const QString token = QStringLiteral("?sv=2020-10-02&SIG=zVQf%2Bm&se=2026&x=sig%3Dabc");
    const QString hidden = SasSignature::hide(token, QStringLiteral("#"));
    QCOMPARE(hidden, QStringLiteral("?sv=2020-10-02&SIG=#&se=2026&x=sig%3D#"));
    // The log and the Spark config line hide exactly the same parts, each with its own marker.
    QCOMPARE(Redactor().text(token), SasSignature::hide(token, Redactor::marker()));
    QCOMPARE(SparkConfigLine::redactSignature(token), SasSignature::hide(token, QStringLiteral("REDACTED")));
}

void TestRedactor::bearerInText()
{
    QCOMPARE(Redactor().text(QStringLiteral("header Bearer abc.def.ghi, done")),
             QStringLiteral("header Bearer <redacted>, done"));
}

void TestRedactor::truncatedJson()
{
    // A cut-off body is not JSON; quoted values of secret keys still go.
    const QString redacted = Redactor({QStringLiteral("accessToken")})
                                 .body(R"({"auth":{"params":{"accessToken":"dapi-123","domain":"https://adb)");
    QVERIFY(!redacted.contains(QLatin1String("dapi-123")));
    QVERIFY(redacted.contains(QLatin1String("https://adb")));
    const QString cut = Redactor().body(R"({"SASToken":"sv=2020&sig=abcd)");
    QVERIFY(!cut.contains(QLatin1String("abcd")));
    const QString token = Redactor().body(R"({"access_token":"eyJ.partial)");
    QVERIFY(!token.contains(QLatin1String("eyJ.partial")));
}

void TestRedactor::urlQuery()
{
    const Redactor redactor;
    const QString url =
        redactor.url(QUrl(QStringLiteral("https://user:pw@host/path?sig=abc&client_secret=x&type=dlz")));
    QVERIFY(!url.contains(QLatin1String("abc")));
    QVERIFY(!url.contains(QLatin1String("pw")));
    QVERIFY(!url.contains(QLatin1String("client_secret=x")));
    QVERIFY(url.contains(QLatin1String("type=dlz")));
}

void TestRedactor::leavesOrdinaryDataAlone()
{
    const QByteArray body = R"({"items":[{"id":"1","name":"signature-free","etag":"\"0c00\""}]})";
    const QString redacted = Redactor().body(body);
    QVERIFY(redacted.contains(QLatin1String("signature-free")));
    QVERIFY(!redacted.contains(QLatin1String("<redacted>")));
    QVERIFY(Redactor().body(QByteArray()).isEmpty());
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
