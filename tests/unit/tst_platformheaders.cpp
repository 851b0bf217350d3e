// The Platform headers are built in one place (PlatformHeaders) and used three times: for the request
// Qt is handed, for the redacted request log, and for the curl preview. These tests send a real
// request through HttpExchange (to a closed loopback port) and prove the three agree on the header
// names, their order and the values that are not secret.

#include "SeedDrafts.h"

#include "platform/Authenticator.h"
#include "platform/HttpExchange.h"
#include "platform/RequestPreview.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Inlet;

namespace {

using NamedValues = QList<QPair<QString, QString>>;

QMutex g_mutex;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    const QMutexLocker lock(&g_mutex);
    g_messages << message;
}

// Keeps every request exactly as Qt receives it, then sends it on.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* body) override
    {
        requests << request;
        return QNetworkAccessManager::createRequest(operation, request, body);
    }
};

class FixedToken : public Authenticator
{
public:
    TokenOperation* accessToken(QObject* owner) override
    {
        auto* operation = new TokenOperation(owner);
        operation->finishWithResult(QStringLiteral("t0ken-Value"));
        return operation;
    }
    bool tokenRejected(const QString&) override { return false; }
};

// A URL on loopback where nothing listens: the request is built and handed to Qt, then refused.
QUrl closedPortUrl(const QString& path)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
}

Profile profile()
{
    Profile profile;
    profile.clientId = QStringLiteral("b3d4f2e1c0a94d7e");
    profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
    profile.sandbox = QStringLiteral("dev-sandbox");
    return profile;
}

// What Qt was asked to send. Content-Length is Qt's own (it frames the body), not a Platform header.
NamedValues sent(const QNetworkRequest& request)
{
    NamedValues headers;
    for (const QByteArray& name : request.rawHeaderList()) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            headers.append({QString::fromLatin1(name), QString::fromUtf8(request.rawHeader(name))});
    }
    return headers;
}

// The "Name: value" lines of the one logged request ("→ METHOD url (attempt n)", headers, body).
NamedValues logged(const QStringList& messages)
{
    static const QRegularExpression line(QStringLiteral("^([A-Za-z0-9-]+): (.*)$"));
    NamedValues headers;
    for (const QString& message : messages) {
        if (!message.startsWith(QStringLiteral("→ ")))
            continue;
        const QStringList lines = message.split(QLatin1Char('\n'));
        for (const QString& text : lines.mid(1)) {
            const QRegularExpressionMatch match = line.match(text.trimmed());
            if (match.hasMatch())
                headers.append({match.captured(1), match.captured(2)});
        }
    }
    return headers;
}

// The -H arguments of a curl preview.
NamedValues previewed(const QString& preview)
{
    static const QRegularExpression header(QStringLiteral("-H '([A-Za-z0-9-]+): ([^']*)'"));
    NamedValues headers;
    auto it = header.globalMatch(preview);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        headers.append({match.captured(1), match.captured(2)});
    }
    return headers;
}

QStringList names(const NamedValues& headers)
{
    QStringList result;
    for (const auto& header : headers)
        result << header.first;
    return result;
}

QString value(const NamedValues& headers, const QString& name)
{
    for (const auto& header : headers) {
        if (header.first == name)
            return header.second;
    }
    return {};
}

// Sends `spec` once through an exchange and returns what Qt got and what was logged.
struct Sent
{
    NamedValues request;
    NamedValues log;
};

Sent sendOnce(const HttpRequestSpec& spec, Authenticator* authenticator)
{
    RecordingNetwork network;
    g_messages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("inlet.platform.http.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    auto* exchange = new HttpExchange(
        HttpContext{&network, HttpPolicy(), PlatformIdentity::fromProfile(profile())}, spec, authenticator, nullptr);
    QSignalSpy finished(exchange, &Operation::finished);
    const bool done = finished.wait(10000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    if (!done || network.requests.size() != 1)
        return {};
    return Sent{sent(network.requests.first()), logged(g_messages)};
}

} // namespace

class TestPlatformHeaders : public QObject
{
    Q_OBJECT

private slots:
    void sentLoggedAndPreviewedAgree();
    void imsRequestHasNoPlatformHeaders();
};

void TestPlatformHeaders::sentLoggedAndPreviewedAgree()
{
    const ConnectionDraft draft = SeedDrafts::spark();
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = closedPortUrl(QStringLiteral("/data/foundation/flowservice/connections"));
    spec.body = draft.toJsonText();
    spec.secretParams = draft.secretParamNames();
    QVERIFY(spec.url.isValid());
    FixedToken token;
    const Sent result = sendOnce(spec, &token);
    const QString preview = RequestPreview::createConnection(draft, profile());
    const NamedValues shown = previewed(preview);

    // The order on the wire, as PlatformHeaders documents it.
    const QStringList expected{QStringLiteral("Authorization"),
                               QStringLiteral("x-api-key"),
                               QStringLiteral("x-gw-ims-org-id"),
                               QStringLiteral("x-sandbox-name"),
                               QStringLiteral("Content-Type"),
                               QStringLiteral("User-Agent"),
                               QStringLiteral("Accept")};
    QCOMPARE(names(result.request), expected);
    // The log names exactly what was sent, in the same order.
    QCOMPARE(names(result.log), names(result.request));
    // The preview is what was sent, in the same order, without what curl sends on its own.
    QCOMPARE(names(shown), names(result.request).mid(0, shown.size()));
    QCOMPARE(names(result.request).mid(shown.size()),
             QStringList({QStringLiteral("User-Agent"), QStringLiteral("Accept")}));

    // Values: the same wherever they are not secret.
    QCOMPARE(value(result.request, QStringLiteral("Authorization")), QStringLiteral("Bearer t0ken-Value"));
    QCOMPARE(value(result.log, QStringLiteral("Authorization")), QStringLiteral("<redacted>"));
    QCOMPARE(value(shown, QStringLiteral("Authorization")), QStringLiteral("Bearer {ACCESS_TOKEN}"));
    QCOMPARE(value(result.log, QStringLiteral("x-api-key")), QStringLiteral("<redacted>"));
    QCOMPARE(value(shown, QStringLiteral("x-api-key")), value(result.request, QStringLiteral("x-api-key")));
    for (const QString& name :
         {QStringLiteral("x-gw-ims-org-id"), QStringLiteral("x-sandbox-name"), QStringLiteral("Content-Type")}) {
        QVERIFY(!value(result.request, name).isEmpty());
        QCOMPARE(value(result.log, name), value(result.request, name));
        QCOMPARE(value(shown, name), value(result.request, name));
    }
    for (const QString& name : {QStringLiteral("User-Agent"), QStringLiteral("Accept")})
        QCOMPARE(value(result.log, name), value(result.request, name));
    QVERIFY(!preview.contains(QLatin1String("t0ken-Value")));
}

void TestPlatformHeaders::imsRequestHasNoPlatformHeaders()
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = closedPortUrl(QStringLiteral("/ims/token/v3"));
    spec.body = QByteArrayLiteral("grant_type=client_credentials&client_id=c&client_secret=s&scope=openid");
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    QVERIFY(spec.url.isValid());
    // Without an authenticator the exchange is a plain request: the token request to IMS itself.
    const Sent result = sendOnce(spec, nullptr);
    QCOMPARE(names(result.request),
             QStringList({QStringLiteral("Content-Type"), QStringLiteral("User-Agent"), QStringLiteral("Accept")}));
    QCOMPARE(names(result.log), names(result.request));
    QCOMPARE(value(result.request, QStringLiteral("Content-Type")),
             QStringLiteral("application/x-www-form-urlencoded"));
}

QTEST_GUILESS_MAIN(TestPlatformHeaders)
#include "tst_platformheaders.moc"
