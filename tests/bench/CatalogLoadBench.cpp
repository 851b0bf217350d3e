#include "CatalogLoadBench.h"

#include "BenchTable.h"
#include "Samples.h"

#include "SourcePage.h"
#include "WizardState.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/Setup.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace Inlet::Bench {

namespace {

constexpr int kHeartbeatMs = 2;
constexpr int kSettleMs = 300; // after the catalog is shown: the list's delayed layout and paint
constexpr int kIdleMs = 1000;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double peakRssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// Where CatalogLoader::defaultCachePath() points with XDG_CACHE_HOME set to `cacheHome`.
QString cachePathUnder(const QString& cacheHome)
{
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cacheHome.toLocal8Bit());
    QString path = CatalogLoader::defaultCachePath();
    if (wasSet)
        qputenv("XDG_CACHE_HOME", saved);
    else
        qunsetenv("XDG_CACHE_HOME");
    return path;
}

} // namespace

CatalogLoadBench::CatalogLoadBench(QByteArray cacheJson, int specCount, int runs)
    : m_cacheJson(std::move(cacheJson))
    , m_specCount(specCount)
    , m_runs(runs)
{
}

int CatalogLoadBench::runChild()
{
    QTemporaryDir home;
    Settings settings(home.filePath(QStringLiteral("inlet.conf")));
    KeychainSecretStore secrets;
    QNetworkAccessManager network;
    Setup setup(settings, secrets, network);
    WizardState state(settings, setup.journey(), setup.catalogLoader(), LaunchOptions());
    SourcePage page(state);
    page.ensureBuilt();
    page.resize(720, 520);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::fputs("catalog-load-error the page was never exposed\n", stdout);
        return 1;
    }
    page.initializePage();
    QTest::qWait(100);
    const double rssBefore = peakRssMegabytes();

    QElapsedTimer clock;
    QElapsedTimer sinceBeat;
    double longestGapMs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    // Also the GUI thread's CPU time between two beats: its own work in a gap, without the time it
    // waited for a CPU (the machine's doing; see the idle row).
    double cpuAtBeat = threadCpuMs();
    double longestWorkMs = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, double(sinceBeat.nsecsElapsed()) / 1e6);
        sinceBeat.restart();
        const double cpu = threadCpuMs();
        longestWorkMs = std::max(longestWorkMs, cpu - cpuAtBeat);
        cpuAtBeat = cpu;
    });
    // The same heartbeat with nothing to do first: what the machine alone (scheduling, other load) costs.
    heartbeat.start();
    sinceBeat.start();
    QTest::qWait(kIdleMs);
    heartbeat.stop();
    const double idleGapMs = longestGapMs;
    longestGapMs = 0;
    longestWorkMs = 0;

    double readyMs = -1;
    QEventLoop loop;
    QObject::connect(&state, &WizardState::catalogChanged, &loop, [&] { // after the page's own slot
        readyMs = double(clock.nsecsElapsed()) / 1e6;
        QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    sinceBeat.start();
    cpuAtBeat = threadCpuMs();
    heartbeat.start();
    state.setFirstFrameShown();
    loop.exec();
    heartbeat.stop();

    const int rows = page.findChild<QAbstractItemView*>(QStringLiteral("sourceListView"))->model()->rowCount();
    std::printf("catalog-load stall-ms %.3f ready-ms %.3f rss-before-mb %.2f rss-peak-mb %.2f rows %d idle-ms %.3f "
                "work-ms %.3f\n",
                longestGapMs,
                readyMs,
                rssBefore,
                peakRssMegabytes(),
                rows,
                idleGapMs,
                longestWorkMs);
    std::fflush(stdout);
    return readyMs < 0 ? 1 : 0;
}

void CatalogLoadBench::run(BenchTable& table)
{
    const QString count = QLocale(QLocale::English).toString(m_specCount);
    const QString stallMetric =
        QStringLiteral("catalog load+merge, %1 cached specs: longest GUI-thread stall, ms").arg(count);
    QTemporaryDir cacheHome;
    const QString cachePath = cachePathUnder(cacheHome.path());
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    QFile cache(cachePath);
    if (!cache.open(QIODevice::WriteOnly) || cache.write(m_cacheJson) != m_cacheJson.size()) {
        table.add(BenchRow::error(stallMetric, cache.errorString()));
        return;
    }
    cache.close();

    Samples stall;
    Samples ready;
    Samples rssPeak;
    Samples rssGrowth;
    Samples idle;
    Samples work;
    for (int run = 0; run < m_runs; ++run) {
        // The load deletes a cache it cannot read; put it back if it did, so every run loads the same.
        if (!QFile::exists(cachePath)) {
            table.add(BenchRow::error(stallMetric, QStringLiteral("the child discarded the cache as corrupt")));
            return;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--catalog-load-child")});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            table.add(BenchRow::error(stallMetric,
                                      QStringLiteral("the measuring child failed: %1")
                                          .arg(QString::fromUtf8(child.readAllStandardOutput()).trimmed())));
            return;
        }
        const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
        if (words.size() != 15 || words.at(0) != "catalog-load" || words.at(10).toInt() < m_specCount) {
            table.add(BenchRow::error(
                stallMetric,
                QStringLiteral("unexpected child output (rows: %1)").arg(QString::fromUtf8(words.value(10)))));
            return;
        }
        stall.add(words.at(2).toDouble());
        ready.add(words.at(4).toDouble());
        rssPeak.add(words.at(8).toDouble());
        rssGrowth.add(words.at(8).toDouble() - words.at(6).toDouble());
        idle.add(words.at(12).toDouble());
        work.add(words.at(14).toDouble());
    }
    // The worst run, not the median: one stall is one the user sees.
    table.add(BenchRow::withLimit(
        stallMetric + QStringLiteral(" (worst of %1 runs, %2 ms heartbeat)").arg(m_runs).arg(kHeartbeatMs),
        {},
        stall.percentile(100),
        16));
    table.add(BenchRow::info(QStringLiteral("catalog load+merge, %1 cached specs: most GUI-thread CPU time between two "
                                            "beats (its own work, without waiting for a CPU), worst run, ms")
                                 .arg(count),
                             {},
                             work.percentile(100)));
    table.add(BenchRow::info(QStringLiteral("the same heartbeat for %1 s with nothing loading (the machine's own "
                                            "scheduling), longest gap, worst run, ms")
                                 .arg(kIdleMs / 1000),
                             {},
                             idle.percentile(100)));
    table.add(BenchRow::info(
        QStringLiteral("catalog load+merge, %1 cached specs: time to catalog ready (list reset), ms").arg(count),
        {},
        ready.median()));
    table.add(
        BenchRow::info(QStringLiteral("catalog load+merge, %1 cached specs: peak RSS of the process, MB").arg(count),
                       {},
                       rssPeak.median()));
    table.add(BenchRow::info(
        QStringLiteral("catalog load+merge, %1 cached specs: peak RSS growth during the load, MB").arg(count),
        {},
        rssGrowth.median()));
}

} // namespace Inlet::Bench
