// The catalog use case (src/setup/CatalogLoader) without widgets: loading the bundled catalog with the
// cache merged over it, off the GUI thread, and refreshing it from the real inlet-platform-sim.

#include "PlatformTestSupport.h"
#include "SimulatorProcess.h"

#include "catalog/CatalogParser.h"
#include "platform/FlowServiceClient.h"
#include "setup/CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Inlet;

namespace {

const QString kRedshift = QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff");

// The threads that logged "merged cached live catalog" (lcCatalog), so a test can see where the load ran.
QMutex g_logMutex;
QList<QThread*> g_mergeLogThreads;
QtMessageHandler g_previousHandler = nullptr;

void recordMergeLogThread(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("merged cached live catalog"))) {
        QMutexLocker lock(&g_logMutex);
        g_mergeLogThreads.append(QThread::currentThread());
    }
    g_previousHandler(type, context, message);
}

QByteArray cachedRedshift(const QString& displayName)
{
    return QStringLiteral(
               "{\"items\": [{\"id\": \"%1\", \"attributes\": {\"connectorName\": \"%2\"},"
               " \"authSpec\": [{\"name\": \"Cached\", \"spec\": {\"properties\": {\"zz\": {}, \"aa\": {}}}}]}]}")
        .arg(kRedshift, displayName)
        .toUtf8();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadMergesTheCacheOffTheGuiThread();
    void loadWithoutACacheIsTheBundledCatalog();
    void loadDeletesACorruptCacheAndLogsIt();
    void refreshMergesLiveSpecsAndCachesThem();
    void refreshFailureKeepsTheCatalogAndTheCache();
    void aCacheThatCannotBeWrittenIsReported();
    void refreshRejectsAnAnswerThatIsNotAListOfSources();
    void refreshCanBeCancelled();

private:
    CatalogLoader& loader() { return *m_loader; }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogLoader> m_loader;
    QString m_cachePath;
};

void TestCatalogLoader::init()
{
    m_sim = std::make_unique<SimulatorProcess>(QStringList{QStringLiteral("--page-size"), QStringLiteral("5")});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = m_sim->session(m_network.get());
    m_dir = std::make_unique<QTemporaryDir>();
    m_cachePath = m_dir->filePath(QStringLiteral("cache/connection-specs.json"));
    m_loader = std::make_unique<CatalogLoader>(FlowServiceClient(m_session.get()), m_cachePath);
}

void TestCatalogLoader::cleanup()
{
    m_loader.reset();
    m_session.reset();
    m_network.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestCatalogLoader::loadMergesTheCacheOffTheGuiThread()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_cachePath).absolutePath()));
    QVERIFY(writeFile(m_cachePath, cachedRedshift(QStringLiteral("Cached Redshift"))));
    g_mergeLogThreads.clear();
    g_previousHandler = qInstallMessageHandler(recordMergeLogThread);
    const auto outcome = await(loader().load());
    qInstallMessageHandler(g_previousHandler);

    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    const Catalog& catalog = outcome.result;
    QCOMPARE(catalog.size(), Catalog::bundled().size());
    QCOMPARE(catalog.find(kRedshift)->displayName, QStringLiteral("Cached Redshift"));
    QCOMPARE(catalog.find(kRedshift)->authSpecs.constFirst().propertyNames().join(u','), QStringLiteral("zz,aa"));
    QVERIFY(catalog.isLive(kRedshift));
    QCOMPARE(catalog.liveCount(), 1);
    QVERIFY(catalog.hasPickerIndex()); // the GUI thread has nothing left to compute
    QCOMPARE(g_mergeLogThreads.size(), 1);
    QVERIFY(g_mergeLogThreads.constFirst() != QThread::currentThread());
}

void TestCatalogLoader::loadWithoutACacheIsTheBundledCatalog()
{
    auto* operation = loader().load();
    QVERIFY(!operation->isFinished()); // never finished inside the call that started it
    const auto outcome = await(operation);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.size(), 62); // the bundled catalog: every documented source with a base connection
    QCOMPARE(outcome.result.liveCount(), 0);
    QVERIFY(outcome.result.errors().isEmpty());
    QVERIFY(!QFile::exists(m_cachePath)); // loading never writes the cache
}

void TestCatalogLoader::loadDeletesACorruptCacheAndLogsIt()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_cachePath).absolutePath()));
    QVERIFY(writeFile(m_cachePath, "{\"items\": [{\"id\": \"3416976c"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Discarding the corrupt catalog cache")));
    const auto outcome = await(loader().load());
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    QVERIFY(!QFile::exists(m_cachePath));
    QCOMPARE(outcome.result.size(), 62);
    QCOMPARE(outcome.result.liveCount(), 0);
    QCOMPARE(outcome.result.find(kRedshift)->displayName, QStringLiteral("Amazon Redshift"));
}

void TestCatalogLoader::refreshMergesLiveSpecsAndCachesThem()
{
    const Catalog bundled = Catalog::bundled();
    const auto outcome = await(loader().refresh(bundled));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    // The simulator serves the bundled specs, in pages of five: every one comes back live.
    QCOMPARE(outcome.result.updated, bundled.size());
    QCOMPARE(outcome.result.skipped, 0);
    const Catalog& refreshed = outcome.result.catalog;
    QCOMPARE(refreshed.size(), bundled.size());
    QCOMPARE(refreshed.liveCount(), bundled.size());
    QVERIFY(refreshed.hasPickerIndex());
    QVERIFY(!bundled.isLive(kRedshift)); // the value handed in is not changed
    QVERIFY(m_sim->requestsTo(QStringLiteral("/connectionSpecs"), QStringLiteral("GET")).size() >= 6);

    // The cache holds the live specs; the next start finds them.
    QFile cache(m_cachePath);
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QCOMPARE(CatalogParser::parse(cache.readAll()).specs.size(), bundled.size());
    const auto reloaded = await(loader().load());
    QCOMPARE(reloaded.result.liveCount(), bundled.size());
}

// A cache folder that cannot be written (a file in its place: chmod would not stop root, as CI runs):
// refreshed for this run, and the failure reported, never only logged.
void TestCatalogLoader::aCacheThatCannotBeWrittenIsReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString cachePath = m_dir->filePath(QStringLiteral("blocked/connection-specs.json"));
    CatalogLoader blocked(FlowServiceClient(m_session.get()), cachePath);
    QSignalSpy reported(&blocked, &CatalogLoader::cacheNotSaved);
    const Catalog bundled = Catalog::bundled();
    const auto outcome = await(blocked.refresh(bundled));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(outcome.result.updated, bundled.size());
    QCOMPARE(outcome.result.cacheNotSaved.kind(), Error::Kind::CacheNotSaved);
    QVERIFY(outcome.result.cacheNotSaved.technicalDetail().contains(cachePath));
    QVERIFY(!outcome.result.cacheNotSaved.actionableMessage().isEmpty());
    QCOMPARE(reported.size(), 1);
    QVERIFY(!QFileInfo::exists(cachePath));

    // Written fine: nothing reported.
    QSignalSpy quiet(m_loader.get(), &CatalogLoader::cacheNotSaved);
    const auto written = await(loader().refresh(bundled));
    QVERIFY(!written.result.cacheNotSaved);
    QCOMPARE(quiet.size(), 0);
}

void TestCatalogLoader::refreshFailureKeepsTheCatalogAndTheCache()
{
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("503"), 0, 100));
    const Catalog bundled = Catalog::bundled();
    const auto outcome = await(loader().refresh(bundled));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Error::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 503);
    QVERIFY(!outcome.error.actionableMessage().isEmpty());
    QVERIFY(!QFile::exists(m_cachePath)); // the cache is written only with live specs
}

void TestCatalogLoader::refreshRejectsAnAnswerThatIsNotAListOfSources()
{
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("malformed")));
    const auto outcome = await(loader().refresh(Catalog::bundled()));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Error::Kind::BadResponse);
    QVERIFY(!outcome.error.actionableMessage().isEmpty());
    QVERIFY(!QFile::exists(m_cachePath));
}

void TestCatalogLoader::refreshCanBeCancelled()
{
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("latency"), 2000));
    auto* operation = loader().refresh(Catalog::bundled());
    operation->cancel();
    const auto outcome = await(operation);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.error.kind(), Error::Kind::Cancelled);
    QVERIFY(!outcome.error.isAmbiguous()); // a GET changes nothing on Platform
    QTest::qWait(2500); // the listing, had it not been stopped, would have finished by now
    QVERIFY(!QFile::exists(m_cachePath));
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
