#include "core/WebUrl.h"

#include <QTest>

using namespace Inlet;

// The one check for addresses a user types (Platform, IMS, proxy) or a catalog supplies (doc links).
class TestWebUrl : public QObject
{
    Q_OBJECT

private slots:
    void webUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://platform.adobe.io") << true;
        QTest::newRow("http with port") << QStringLiteral("http://proxy.example.com:3128") << true;
        QTest::newRow("surrounding blanks") << QStringLiteral("  https://example.com/docs  ") << true;
        QTest::newRow("a local file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.com") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("no scheme") << QStringLiteral("platform.adobe.io") << false;
        QTest::newRow("a space in the host") << QStringLiteral("https://plat form.adobe.io") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void webUrl()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const QUrl url = Inlet::webUrl(text);
        QCOMPARE(!url.isEmpty(), accepted);
        if (accepted)
            QCOMPARE(url, QUrl(text.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestWebUrl)
#include "tst_weburl.moc"
