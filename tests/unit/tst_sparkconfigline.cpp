#include "databricks/SparkConfigLine.h"

#include <QTest>

using namespace Inlet;

namespace {
// From the Databricks prerequisites page (seed 002).
const QString kContainer = QStringLiteral("dlz-databricks-container");
const QString kAccount = QStringLiteral("sndbxdtlndga8m7ajbvgc64k");
const QString kToken = QStringLiteral("sv=2020-10-02&si=dlz-b1f4060b-6bbd-4043-9bd9-a5f5be72de30&sr=c&sp=racwdlm"
                                      "&sig=zVQfmuElZJzOKkUk8z5lChrJ3YQUE2h6EShDZOsVeMc%3D");
} // namespace

class TestSparkConfigLine : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheDocumentedLine()
    {
        const SparkConfigLine line = SparkConfigLine::create(kContainer, kAccount, kToken, QDate(2025, 7, 5));
        QVERIFY2(line.isValid(), qPrintable(line.error()));
        QCOMPARE(line.text(),
                 QStringLiteral("fs.azure.sas.dlz-databricks-container.sndbxdtlndga8m7ajbvgc64k.blob.core.windows.net ")
                     + kToken);
        QCOMPARE(
            line.key(),
            QStringLiteral("fs.azure.sas.dlz-databricks-container.sndbxdtlndga8m7ajbvgc64k.blob.core.windows.net"));
    }

    void defaultConstructedLineIsNotALine()
    {
        const SparkConfigLine line;
        QVERIFY(!line.isValid());
        QVERIFY(line.text().isEmpty());
        QVERIFY(line.redactedText().isEmpty());
    }

    void normalisesTheToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("leading question mark") << QStringLiteral("?") + kToken;
        QTest::newRow("surrounding white space") << QStringLiteral("  ") + kToken + QStringLiteral("\n");
    }

    void normalisesTheToken()
    {
        QFETCH(QString, token);
        const SparkConfigLine line = SparkConfigLine::create(kContainer, kAccount, token);
        QVERIFY(line.isValid());
        QVERIFY(line.text().endsWith(u' ' + kToken));
    }

    void rejectsWhatWouldFailOnTheCluster_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("upper-case container")
            << QStringLiteral("DLZ") << kAccount << kToken << QStringLiteral("container");
        QTest::newRow("container with dot")
            << QStringLiteral("a.b.c") << kAccount << kToken << QStringLiteral("container");
        QTest::newRow("double hyphen") << QStringLiteral("dlz--x") << kAccount << kToken << QStringLiteral("container");
        QTest::newRow("account too long")
            << kContainer << QString(25, u'a') << kToken << QStringLiteral("storage account");
        QTest::newRow("account with hyphen")
            << kContainer << QStringLiteral("ab-cd") << kToken << QStringLiteral("storage account");
        QTest::newRow("empty token") << kContainer << kAccount << QString() << QStringLiteral("no SAS token");
        QTest::newRow("decoded plus") << kContainer << kAccount << QStringLiteral("sv=1&sig=ab cd")
                                      << QStringLiteral("URL-decoded");
        QTest::newRow("no signature") << kContainer << kAccount << QStringLiteral("sv=2020-10-02&sr=c")
                                      << QStringLiteral("sig=");
    }

    void rejectsWhatWouldFailOnTheCluster()
    {
        QFETCH(QString, container);
        QFETCH(QString, account);
        QFETCH(QString, token);
        QFETCH(QString, errorMentions);
        const SparkConfigLine line = SparkConfigLine::create(container, account, token);
        QVERIFY(!line.isValid());
        QVERIFY2(line.error().contains(errorMentions), qPrintable(line.error()));
        QVERIFY(line.text().isEmpty());
    }

    void redactionHidesOnlyTheSignature()
    {
        const SparkConfigLine line = SparkConfigLine::create(kContainer, kAccount, kToken);
        const QString redacted = line.redactedText();
        QVERIFY(!redacted.contains(QStringLiteral("zVQfmuElZJ")));
        QVERIFY(redacted.contains(QStringLiteral("sig=REDACTED")));
        QVERIFY(redacted.contains(QStringLiteral("sv=2020-10-02")));
        QCOMPARE(SparkConfigLine::redactSignature(QStringLiteral("?sig=abc&sv=1")),
                 QStringLiteral("?sig=REDACTED&sv=1"));
    }

    void expiryStates_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<SparkConfigLine::Expiry>("state");
        QTest::addColumn<int>("daysLeft");
        const QDate today(2026, 11, 21);
        QTest::newRow("unknown") << QDate() << SparkConfigLine::Expiry::Unknown << 0;
        QTest::newRow("months away") << today.addDays(90) << SparkConfigLine::Expiry::Valid << 90;
        QTest::newRow("eight days") << today.addDays(8) << SparkConfigLine::Expiry::Valid << 8;
        QTest::newRow("seven days") << today.addDays(7) << SparkConfigLine::Expiry::ExpiresSoon << 7;
        QTest::newRow("today") << today << SparkConfigLine::Expiry::ExpiresSoon << 0;
        QTest::newRow("yesterday") << today.addDays(-1) << SparkConfigLine::Expiry::Expired << -1;
    }

    void expiryStates()
    {
        QFETCH(QDate, expiry);
        QFETCH(SparkConfigLine::Expiry, state);
        QFETCH(int, daysLeft);
        const QDate today(2026, 11, 21);
        const SparkConfigLine line = SparkConfigLine::create(kContainer, kAccount, kToken, expiry);
        QCOMPARE(line.expiry(today), state);
        QCOMPARE(line.daysLeft(today), daysLeft);
    }
};

QTEST_GUILESS_MAIN(TestSparkConfigLine)
#include "tst_sparkconfigline.moc"
