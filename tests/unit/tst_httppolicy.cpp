// Backoff, Retry-After and the HTTPS rule.

#include "platform/HttpPolicy.h"
#include "platform/PlatformSession.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <QTest>

using namespace Inlet;
using std::chrono::milliseconds;

class TestHttpPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndIsCapped();
    void jitterStaysInTheUpperHalf();
    void retryAfterWinsWhenLonger();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryableStatuses();
    void allowedUrls_data();
    void allowedUrls();
    void defaults();
    void proxyFollowsTheProfile();
};

void TestHttpPolicy::backoffGrowsAndIsCapped()
{
    HttpPolicy policy;
    policy.backoffBase = milliseconds(500);
    policy.backoffCap = milliseconds(8000);
    QCOMPARE(HttpRules::backoffDelay(1, policy, 1.0), milliseconds(500));
    QCOMPARE(HttpRules::backoffDelay(2, policy, 1.0), milliseconds(1000));
    QCOMPARE(HttpRules::backoffDelay(3, policy, 1.0), milliseconds(2000));
    QCOMPARE(HttpRules::backoffDelay(5, policy, 1.0), milliseconds(8000));
    QCOMPARE(HttpRules::backoffDelay(40, policy, 1.0), milliseconds(8000));
}

void TestHttpPolicy::jitterStaysInTheUpperHalf()
{
    HttpPolicy policy;
    policy.backoffBase = milliseconds(400);
    QCOMPARE(HttpRules::backoffDelay(1, policy, 0.0), milliseconds(200));
    QCOMPARE(HttpRules::backoffDelay(1, policy, 0.5), milliseconds(300));
    QCOMPARE(HttpRules::backoffDelay(2, policy, 0.0), milliseconds(400));
    QCOMPARE(HttpRules::backoffDelay(2, policy, 0.999), milliseconds(799));
    QCOMPARE(HttpRules::backoffDelay(1, policy, -3.0), milliseconds(200)); // clamped
}

void TestHttpPolicy::retryAfterWinsWhenLonger()
{
    HttpPolicy policy;
    QCOMPARE(HttpRules::backoffDelay(1, policy, 0.0, milliseconds(1000)), milliseconds(1000));
    QCOMPARE(HttpRules::backoffDelay(1, policy, 1.0, milliseconds(10)), milliseconds(500));
}

void TestHttpPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("1") << 1000;
    QTest::newRow("spaces") << QByteArray(" 3 ") << 3000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << 2000;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2026 07:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestHttpPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 58), Qt::UTC);
    const auto parsed = HttpRules::parseRetryAfter(value, now);
    if (expectedMs < 0)
        QVERIFY(!parsed);
    else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), qint64(expectedMs));
    }
}

void TestHttpPolicy::retryableStatuses()
{
    for (int status : {429, 502, 503, 504})
        QVERIFY(HttpRules::isRetryableStatus(status));
    for (int status : {200, 400, 401, 403, 404, 409, 412, 500, 501})
        QVERIFY(!HttpRules::isRetryableStatus(status));
}

void TestHttpPolicy::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://platform.adobe.io/data" << true;
    QTest::newRow("https ims") << "https://ims-na1.adobelogin.com" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:4010" << true;
    QTest::newRow("http 127/8") << "http://127.1.2.3:80" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
    QTest::newRow("http remote") << "http://platform.adobe.io" << false;
    QTest::newRow("http lookalike") << "http://127.0.0.1.example.com" << false;
    QTest::newRow("http lan") << "http://192.168.1.10" << false;
    QTest::newRow("ftp") << "ftp://localhost" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("relative") << "/connections" << false;
}

void TestHttpPolicy::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(HttpRules::isAllowedUrl(QUrl(url)), allowed);
}

void TestHttpPolicy::defaults()
{
    const HttpPolicy policy;
    QCOMPARE(policy.transferTimeout, milliseconds(30000));
    QCOMPARE(policy.maxTries, 3);
    QCOMPARE(policy.maxResponseBytes, qint64(16 * 1024 * 1024));
}

void TestHttpPolicy::proxyFollowsTheProfile()
{
    QNetworkAccessManager network;
    PlatformSession session(&network);
    const QNetworkProxyQuery platform(QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice")));
    const QNetworkProxyQuery loopback(QUrl(QStringLiteral("http://127.0.0.1:4010/connections")));

    // No proxy in the profile: exactly what the system configuration says.
    Profile profile;
    session.setProfile(profile);
    QCOMPARE(network.proxyFactory()->queryProxy(platform), QNetworkProxyFactory::systemProxyForQuery(platform));

    profile.proxy = QStringLiteral("http://proxy.example.net:3128");
    session.setProfile(profile);
    const QList<QNetworkProxy> proxies = network.proxyFactory()->queryProxy(platform);
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy.example.net"));
    QCOMPARE(proxies.first().port(), quint16(3128));
    // Loopback (the simulator, Prism) is always reached directly.
    QCOMPARE(network.proxyFactory()->queryProxy(loopback).first().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
