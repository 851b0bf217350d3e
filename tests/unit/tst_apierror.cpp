// Error: both error envelopes, IMS errors, HTML and empty bodies, network failures, and the
// sentences a person reads.

#include "core/Error.h"
#include "platform/FlowServiceJson.h"

#include <QTest>

using namespace Inlet;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void gatewayEnvelope_data();
    void gatewayEnvelope();
    void flowServiceEnvelope();
    void flowServiceEnvelopeWithoutReport();
    void rfc7807WithoutCode();
    void imsEnvelope();
    void htmlPage();
    void emptyAndTextBodies();
    void requestIdFallsBackToTheHeader();
    void actionableSentences_data();
    void actionableSentences();
    void flow1100NamesTheField();
    void networkErrors_data();
    void networkErrors();
    void ambiguity();
    void transience();
    void detailsCarryStatusCodeAndRequestId();
    void noneIsNotAnError();
    void cancelAfterSendingSaysItWasCancelled();
    void parsesResultBodies();
};

void TestApiError::gatewayEnvelope_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("403010") << 403 << QByteArray(R"({"error_code": "403010", "message": "Oauth token is missing."})")
                            << QStringLiteral("403010") << QStringLiteral("Oauth token is missing.");
    QTest::newRow("401013") << 401 << QByteArray(R"({"error_code": "401013", "message": "Oauth token is not valid"})")
                            << QStringLiteral("401013") << QStringLiteral("Oauth token is not valid");
    QTest::newRow("403000") << 403 << QByteArray(R"({"error_code": "403000", "message": "Api Key is required"})")
                            << QStringLiteral("403000") << QStringLiteral("Api Key is required");
    QTest::newRow("400003 numeric") << 400 << QByteArray(R"({"error_code": 400003, "message": "Missing header"})")
                                    << QStringLiteral("400003") << QStringLiteral("Missing header");
}

void TestApiError::gatewayEnvelope()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Error error = Error::fromHttpResponse(status, body);
    QCOMPARE(error.kind(), Error::Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.serverMessage(), message);
    QVERIFY(error.isError());
}

void TestApiError::flowServiceEnvelope()
{
    const QByteArray body = R"({
        "type": "https://ns.adobe.com/aep/errors/FLOW-2120-403",
        "title": "Forbidden",
        "status": 403,
        "report": {
            "detailed-message": "You do not have sufficient permissions to perform the operation.",
            "request-id": "req-1234"
        },
        "errorMessage": "You do not have sufficient permissions to perform the operation.",
        "errorDetails": "You do not have sufficient permissions to perform the operation."
    })";
    const Error error = Error::fromHttpResponse(403, body, "header-id");
    QCOMPARE(error.code(), QStringLiteral("FLOW-2120-403"));
    QCOMPARE(error.requestId(), QStringLiteral("req-1234")); // the body wins over the header
    QCOMPARE(error.serverMessage(), QStringLiteral("You do not have sufficient permissions to perform the operation."));
    QVERIFY(error.actionableMessage().contains(QLatin1String("permission")));
    QVERIFY(error.actionableMessage().contains(QLatin1String("sandbox")));
}

void TestApiError::flowServiceEnvelopeWithoutReport()
{
    const Error error = Error::fromHttpResponse(
        412,
        R"({"type":"https://ns.adobe.com/aep/errors/FLOW-1404-412","title":"Precondition failed","errorMessage":"Supplied version=[v1] does not match"})");
    QCOMPARE(error.code(), QStringLiteral("FLOW-1404-412"));
    QCOMPARE(error.serverMessage(), QStringLiteral("Supplied version=[v1] does not match"));
}

void TestApiError::rfc7807WithoutCode()
{
    const Error error = Error::fromHttpResponse(
        400,
        R"({ "type": "/placeholder/type/uri", "status": 400, "title": "BadRequestError", "detail": "A valid content-type must be specified" })");
    QVERIFY(error.code().isEmpty());
    QCOMPARE(error.serverMessage(), QStringLiteral("A valid content-type must be specified"));
    QVERIFY(error.actionableMessage().contains(QLatin1String("A valid content-type must be specified")));
}

void TestApiError::imsEnvelope()
{
    const Error error = Error::fromHttpResponse(
        401, R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})");
    QCOMPARE(error.code(), QStringLiteral("invalid_client"));
    QCOMPARE(error.serverMessage(), QStringLiteral("invalid client_secret parameter"));
    QVERIFY(error.actionableMessage().contains(QLatin1String("client secret")));
    // IMS refused the user's credential: its words are quoted as IMS's, once, and Platform is not blamed.
    QCOMPARE(error.actionableMessage().count(QLatin1String("invalid client_secret parameter")), 1);
    QVERIFY(error.actionableMessage().contains(QLatin1String("Adobe IMS says")));
    QVERIFY(!error.actionableMessage().contains(QLatin1String("Platform")));
}

void TestApiError::htmlPage()
{
    const Error error = Error::fromHttpResponse(
        502,
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
    QCOMPARE(error.kind(), Error::Kind::Http);
    QCOMPARE(error.httpStatus(), 502);
    QVERIFY(error.code().isEmpty());
    QVERIFY(error.serverMessage().isEmpty());
    QVERIFY(error.technicalDetail().contains(QLatin1String("502 Bad Gateway")));
    QVERIFY(error.actionableMessage().contains(QLatin1String("temporary problem")));
    QVERIFY(!error.actionableMessage().contains(QLatin1String("<html")));
}

void TestApiError::emptyAndTextBodies()
{
    const Error empty = Error::fromHttpResponse(503, QByteArray());
    QCOMPARE(empty.httpStatus(), 503);
    QVERIFY(empty.code().isEmpty());
    QVERIFY(empty.technicalDetail().contains(QLatin1String("no body")));
    const Error text = Error::fromHttpResponse(400, "plain words");
    QVERIFY(text.technicalDetail().contains(QLatin1String("not JSON")));
    const Error array = Error::fromHttpResponse(400, "[1,2]");
    QCOMPARE(array.kind(), Error::Kind::Http);
    QVERIFY(array.code().isEmpty());
}

void TestApiError::requestIdFallsBackToTheHeader()
{
    const Error error =
        Error::fromHttpResponse(401, R"({"error_code":"401013","message":"Oauth token is not valid"})", "abc-123");
    QCOMPARE(error.requestId(), QStringLiteral("abc-123"));
}

void TestApiError::actionableSentences_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    auto flow = [](const char* code) {
        return QByteArray(R"({"type":"https://ns.adobe.com/aep/errors/FLOW-)") + code + R"(","title":"x"})";
    };
    QTest::newRow("401") << 401 << QByteArray(R"({"error_code":"401013","message":"Oauth token is not valid"})")
                         << QStringLiteral("invalid or has expired");
    QTest::newRow("403 permission") << 403 << flow("2120-403") << QStringLiteral("permission");
    QTest::newRow("api key") << 403 << QByteArray(R"({"error_code":"403000","message":"Api Key is required"})")
                             << QStringLiteral("client ID");
    QTest::newRow("missing header") << 400 << QByteArray(R"({"error_code":"400003","message":"Missing header"})")
                                    << QStringLiteral("organization ID");
    QTest::newRow("1415") << 400 << flow("1415-400") << QStringLiteral("authentication type does not match the source");
    QTest::newRow("sandbox missing") << 400 << flow("2105-400") << QStringLiteral("sandbox");
    QTest::newRow("sandbox unknown") << 404 << flow("2100-404") << QStringLiteral("sandbox");
    QTest::newRow("org") << 401 << flow("2000-401") << QStringLiteral("invalid or has expired");
    QTest::newRow("etag") << 412 << flow("1404-412") << QStringLiteral("changed elsewhere");
    QTest::newRow("if-match") << 400 << flow("1403-400") << QStringLiteral("version");
    QTest::newRow("in use") << 400 << flow("1418-400") << QStringLiteral("dataflows");
    QTest::newRow("429") << 429 << QByteArray(R"({"error_code":"429050","message":"Too many requests"})")
                         << QStringLiteral("too many requests");
    QTest::newRow("500") << 500 << flow("1102-500") << QStringLiteral("temporary problem (HTTP 500)");
    QTest::newRow("503") << 503 << QByteArray() << QStringLiteral("temporary problem (HTTP 503)");
    QTest::newRow("404") << 404 << flow("1101-404") << QStringLiteral("could not find");
    QTest::newRow("redirect") << 302 << QByteArray() << QStringLiteral("redirect");
}

void TestApiError::actionableSentences()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString sentence = Error::fromHttpResponse(status, body).actionableMessage();
    QVERIFY2(sentence.contains(expected, Qt::CaseInsensitive), qPrintable(sentence));
}

void TestApiError::flow1100NamesTheField()
{
    const Error error = Error::fromHttpResponse(
        400,
        R"({"type":"https://ns.adobe.com/aep/errors/FLOW-1100-400","title":"Invalid request","status":400,
            "report":{"detailed-message":"The field 'auth.params.port' must be of type integer.","request-id":"r"}})");
    QCOMPARE(error.code(), QStringLiteral("FLOW-1100-400"));
    QVERIFY(error.actionableMessage().contains(QLatin1String("auth.params.port")));
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Error::Kind::Dns << QStringLiteral("proxy");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Error::Kind::Refused
                             << QStringLiteral("refused");
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Error::Kind::Timeout << QStringLiteral("in time");
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Error::Kind::Timeout
                                      << QStringLiteral("timeout");
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Error::Kind::Tls << QStringLiteral("certificate");
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << Error::Kind::Network << QStringLiteral("network");
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << Error::Kind::Refused
                                   << QStringLiteral("proxy");
}

void TestApiError::networkErrors()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, expected);
    const Error error = Error::fromNetworkError(networkError, QStringLiteral("Qt says so"), false);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY2(error.actionableMessage().contains(expected, Qt::CaseInsensitive), qPrintable(error.actionableMessage()));
    QVERIFY(error.details().contains(QLatin1String("Qt says so")));
}

void TestApiError::ambiguity()
{
    QVERIFY(Error::fromNetworkError(QNetworkReply::TimeoutError, {}, true).isAmbiguous());
    QVERIFY(Error::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}, true).isAmbiguous());
    QVERIFY(!Error::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}, false).isAmbiguous());
    QVERIFY(!Error::fromNetworkError(QNetworkReply::ConnectionRefusedError, {}, true).isAmbiguous());
    QVERIFY(!Error::fromNetworkError(QNetworkReply::HostNotFoundError, {}, true).isAmbiguous());
    QVERIFY(!Error::fromNetworkError(QNetworkReply::SslHandshakeFailedError, {}, true).isAmbiguous());
    QVERIFY(Error::fromHttpResponse(504, {}).isAmbiguous());
    QVERIFY(Error::fromHttpResponse(502, {}).isAmbiguous());
    QVERIFY(!Error::fromHttpResponse(503, {}).isAmbiguous());
    QVERIFY(!Error::fromHttpResponse(400, {}).isAmbiguous());
    QVERIFY(Error::fromNetworkError(QNetworkReply::TimeoutError, {}, true)
                .actionableMessage()
                .contains(QLatin1String("may have reached Platform")));
}

void TestApiError::transience()
{
    QVERIFY(Error::fromHttpResponse(429, {}).isTransient());
    QVERIFY(Error::fromHttpResponse(503, {}).isTransient());
    QVERIFY(!Error::fromHttpResponse(500, {}).isTransient());
    QVERIFY(!Error::fromHttpResponse(401, {}).isTransient());
    QVERIFY(Error::fromNetworkError(QNetworkReply::RemoteHostClosedError, {}, false).isTransient());
    QVERIFY(!Error::fromNetworkError(QNetworkReply::SslHandshakeFailedError, {}, false).isTransient());
    QVERIFY(!Error::make(Error::Kind::InsecureUrl).isTransient());
}

void TestApiError::detailsCarryStatusCodeAndRequestId()
{
    const Error error = Error::fromHttpResponse(
        400,
        R"({"type":"https://ns.adobe.com/aep/errors/FLOW-1415-400","report":{"detailed-message":"m","request-id":"rid-9"}})");
    const QString details = error.details();
    QVERIFY(details.contains(QLatin1String("400")));
    QVERIFY(details.contains(QLatin1String("FLOW-1415-400")));
    QVERIFY(details.contains(QLatin1String("rid-9")));
}

void TestApiError::noneIsNotAnError()
{
    const Error none;
    QVERIFY(!none.isError());
    QVERIFY(!none);
    QVERIFY(none.actionableMessage().isEmpty());
    QVERIFY(Error::make(Error::Kind::InsecureUrl).actionableMessage().contains(QLatin1String("HTTPS")));
    QVERIFY(Error::make(Error::Kind::TooLarge).actionableMessage().contains(QLatin1String("16 MiB")));
    QVERIFY(!Error::make(Error::Kind::Cancelled).actionableMessage().isEmpty());
    QVERIFY(!Error::make(Error::Kind::MissingCredentials).actionableMessage().isEmpty());
    QVERIFY(!Error::make(Error::Kind::BadResponse).actionableMessage().isEmpty());
}

void TestApiError::cancelAfterSendingSaysItWasCancelled()
{
    // A cancel is not a failed connection: the sentence says what the user did.
    Error cancelled = Error::make(Error::Kind::Cancelled);
    cancelled.setAmbiguous(true);
    QVERIFY2(cancelled.actionableMessage().contains(QLatin1String("before it was cancelled")),
             qPrintable(cancelled.actionableMessage()));
    QVERIFY(!cancelled.actionableMessage().contains(QLatin1String("connection failed")));
    Error timedOut = Error::make(Error::Kind::Timeout);
    timedOut.setAmbiguous(true);
    QVERIFY(timedOut.actionableMessage().contains(QLatin1String("before the connection failed")));
}

void TestApiError::parsesResultBodies()
{
    Error error;
    const CreatedConnection created = FlowServiceJson::parseCreated(
        R"({"id": "f847950c-1c12-4568-a550-d5312b16fdb8", "etag": "\"0c0099f4-0000-0200-0000-67da91710000\""})",
        &error);
    QVERIFY(!error);
    QCOMPARE(created.etag, QStringLiteral("\"0c0099f4-0000-0200-0000-67da91710000\""));

    const QList<ExploreItem> bare = FlowServiceJson::parseExplore(
        R"([{ "type": "table", "name": "test1.Mytable", "path": "test1.Mytable", "canPreview": true, "canFetchSchema": true }])",
        &error);
    QVERIFY(!error);
    QCOMPARE(bare.size(), 1);
    QVERIFY(bare.first().canPreview);
    const QList<ExploreItem> wrapped =
        FlowServiceJson::parseExplore(R"({"items":[{"type":"table","name":"ACME"}]})", &error);
    QVERIFY(!error);
    QCOMPARE(wrapped.first().path, QStringLiteral("ACME"));

    const QList<ConnectionSummary> list = FlowServiceJson::parseConnectionList(
        R"({"items":[{"createdAt":1597973312000,"id":"139f","name":"E2E","connectionSpec":{"id":"cfc0","version":"1.0"},
           "state":"enabled","auth":{"specName":"Basic Authentication","params":{}},"etag":"\"1400\""}]})",
        &error);
    QVERIFY(!error);
    QCOMPARE(list.first().createdAt, QDateTime::fromMSecsSinceEpoch(1597973312000, Qt::UTC));
    QCOMPARE(list.first().authSpecName, QStringLiteral("Basic Authentication"));
    QCOMPARE(list.first().etag, QStringLiteral("\"1400\""));

    const LandingZoneCredentials zone = FlowServiceJson::parseLandingZone(
        R"({"containerName":"dlz-databricks-container","SASToken":"sv=2020-10-02&sig=x%3D","storageAccountName":"sndbx",
           "SASUri":"https://sndbx.blob.core.windows.net/dlz-databricks-container?sv=2020-10-02&sig=x%3D","expiryDate":"2025-07-05"})",
        &error);
    QVERIFY(!error);
    QCOMPARE(zone.expiryDate, QDate(2025, 7, 5));

    FlowServiceJson::parseConnectionList("{\"items\": [", &error);
    QCOMPARE(error.kind(), Error::Kind::BadResponse);
    error = Error();
    FlowServiceJson::parseLandingZone("{}", &error);
    QCOMPARE(error.kind(), Error::Kind::BadResponse);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
