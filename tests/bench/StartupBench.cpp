#include "StartupBench.h"

#include "BenchTable.h"
#include "ChildLaunch.h"

#include "catalog/Catalog.h"
#include "core/AppInfo.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "setup/ProfileStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

namespace Inlet::Bench {

namespace {

// The child's environment: ours, with its own HOME and XDG directories and the chosen platform.
QStringList childEnvironment(const QString& platform, const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"LD_PRELOAD", "QT_LOGGING_RULES", "QT_DEBUG_PLUGINS", "QT_PLUGIN_PATH", "QT_QPA_GENERIC_PLUGINS"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return environment.toStringList();
}

bool waitForSecretJob(SecretOperation* job, Error* result)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job, &Operation::finished, &loop, [&, job] {
        *result = job->error();
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

} // namespace

StartupBench::StartupBench(Options options)
    : m_options(std::move(options))
{
}

bool StartupBench::dropPageCache(QString* why)
{
    ::sync();
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!control.open(QIODevice::WriteOnly) || control.write("3\n") != 2 || !control.flush()) {
        *why = control.errorString();
        return false;
    }
    return true;
}

StartupBench::Figures
StartupBench::measure(const QString& platform, const QString& inletHome, int runs, bool dropCaches) const
{
    Figures figures;
    QTemporaryDir floorHome;
    const QStringList inletEnvironment = childEnvironment(platform, inletHome);
    const QStringList floorEnvironment = childEnvironment(platform, floorHome.path());
    auto once = [&](const QString& program, const QStringList& environment, Samples& ms, Samples& rss) {
        QString why;
        if (dropCaches && !dropPageCache(&why)) {
            figures.error = QStringLiteral("cannot drop the page cache: %1").arg(why);
            return false;
        }
        const FirstFrame frame = launchToFirstFrame(program, environment, m_options.probePluginPath);
        if (!frame.ok) {
            figures.error = frame.error;
            return false;
        }
        ms.add(frame.milliseconds);
        rss.add(frame.peakRssMegabytes);
        return true;
    };
    // Alternating, so a change in machine load hits both alike.
    for (int run = 0; run < runs; ++run) {
        if (!once(m_options.inletProgram, inletEnvironment, figures.inletMs, figures.inletRssMb)
            || !once(m_options.floorProgram, floorEnvironment, figures.floorMs, figures.floorRssMb))
            break;
    }
    return figures;
}

QString StartupBench::prepareReturningUserHome(const QString& home)
{
    // What a second start finds: a saved profile whose secret is in the keychain (AccountPage reads it
    // when the first page is initialised) and a cached live catalog (WizardState merges it).
    const QString organization = AppInfo::organizationName();
    Settings settings(QStringLiteral("%1/config/%2/%3.conf").arg(home, organization, AppInfo::applicationName()));
    KeychainSecretStore secrets;
    ProfileStore profiles(settings, secrets);
    Profile profile;
    profile.name = QStringLiteral("bench");
    profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
    profile.clientId = QStringLiteral("bench-client-id");
    Error stored;
    if (!waitForSecretJob(profiles.save(profile, QStringLiteral("bench-client-secret")), &stored) || stored)
        return QStringLiteral("no keychain to store the profile's secret in (%1)").arg(stored.actionableMessage());
    if (const Error error = settings.sync())
        return QStringLiteral("settings not saved (%1)").arg(error.technicalDetail());

    Catalog live;
    live.mergeLive(Catalog::bundled().specs());
    QString error;
    if (!live.saveCache(
            QStringLiteral("%1/cache/%2/%3/connection-specs.json").arg(home, organization, AppInfo::applicationName()),
            &error))
        return QStringLiteral("cannot write the catalog cache: %1").arg(error);
    return {};
}

void StartupBench::run(BenchTable& table)
{
    QTemporaryDir firstRunHome;
    struct Scenario
    {
        QString label;
        QString platform;
        QString home;
    };
    QList<Scenario> scenarios{{QStringLiteral("offscreen"), QStringLiteral("offscreen"), firstRunHome.path()}};
    if (m_options.xcb) {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            table.add(
                BenchRow::error(QStringLiteral("start-up, xcb"), QStringLiteral("--xcb needs $DISPLAY (xvfb-run)")));
        else
            scenarios.append({QStringLiteral("xcb, Xvfb"), QStringLiteral("xcb"), firstRunHome.path()});
    }

    // Start-up is judged where users run it, under X11 (xcb, Xvfb here): only those rows have budgets.
    // The offscreen rows stay as context.
    auto ratioRow = [](const Scenario& scenario, const QString& metric, double inlet, double floor) {
        return scenario.platform == QLatin1String("xcb") ? BenchRow::withRatio(metric, {}, inlet, floor, 1.25)
                                                         : BenchRow::info(metric, {}, inlet, floor);
    };

    // Cold first: the first starts after the build are the coldest there are when caches cannot be dropped.
    QString dropError;
    const bool canDrop = m_options.coldRuns > 0 && dropPageCache(&dropError);
    if (m_options.coldRuns > 0) {
        for (const Scenario& scenario : std::as_const(scenarios)) {
            const Figures cold = measure(scenario.platform, scenario.home, canDrop ? m_options.coldRuns : 1, canDrop);
            const QString metric = canDrop
                ? QStringLiteral("start-up to first frame, cold (%1), ms").arg(scenario.label)
                : QStringLiteral("start-up to first frame, first run after build (%1), ms").arg(scenario.label);
            if (!cold.error.isEmpty())
                table.add(BenchRow::error(metric, cold.error));
            else
                table.add(ratioRow(scenario, metric, cold.inletMs.median(), cold.floorMs.median()));
        }
        if (!canDrop)
            table.addNote(QStringLiteral("Cold start not measured: the page cache could not be dropped (%1); "
                                         "the rows show the first start after the build instead, one sample.")
                              .arg(dropError));
    }

    for (const Scenario& scenario : std::as_const(scenarios)) {
        // One untimed start of each loads what a warm start finds in the page cache.
        measure(scenario.platform, scenario.home, 1, false);
        const Figures warm = measure(scenario.platform, scenario.home, m_options.warmRuns, false);
        const QString metric = QStringLiteral("start-up to first frame, warm (%1), ms").arg(scenario.label);
        if (!warm.error.isEmpty()) {
            table.add(BenchRow::error(metric, warm.error));
            continue;
        }
        table.add(ratioRow(scenario, metric, warm.inletMs.median(), warm.floorMs.median()));
        const QString rssMetric = QStringLiteral("peak RSS at first frame (%1), MB").arg(scenario.label);
        if (scenario.platform == QLatin1String("xcb"))
            table.add(BenchRow::withDelta(rssMetric, {}, warm.inletRssMb.median(), warm.floorRssMb.median(), 15));
        else
            table.add(BenchRow::info(rssMetric, {}, warm.inletRssMb.median(), warm.floorRssMb.median()));
    }

    if (m_options.returningUser) {
        QTemporaryDir home;
        const Scenario& judged = scenarios.last(); // xcb when there is a display
        const QString metric = QStringLiteral("start-up, returning user: profile + keychain + cached catalog "
                                              "(%1), ms")
                                   .arg(judged.label);
        const QString why = prepareReturningUserHome(home.path());
        if (!why.isEmpty()) {
            table.add(BenchRow::error(metric, why));
            return;
        }
        measure(judged.platform, home.path(), 1, false);
        const Figures warm = measure(judged.platform, home.path(), m_options.warmRuns, false);
        if (!warm.error.isEmpty())
            table.add(BenchRow::error(metric, warm.error));
        else
            table.add(ratioRow(judged, metric, warm.inletMs.median(), warm.floorMs.median()));
        // Leave the session's keychain as it was.
        Settings settings(QStringLiteral("%1/config/%2/%3.conf")
                              .arg(home.path(), AppInfo::organizationName(), AppInfo::applicationName()));
        KeychainSecretStore secrets;
        ProfileStore profiles(settings, secrets);
        Error removed;
        waitForSecretJob(profiles.remove(QStringLiteral("bench")), &removed);
    }
}

} // namespace Inlet::Bench
