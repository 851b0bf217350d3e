#include "StartupAudit.h"

#include "BenchTable.h"
#include "Samples.h"

#include "AppIcon.h"
#include "InletWizard.h"
#include "catalog/Catalog.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWindow>

namespace Inlet::Bench {

namespace {

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct WizardTimes
{
    double construct = 0;
    double firstFrame = 0;
    bool shown = false;
};

// The wizard as app/main.cpp builds it, from construction to its first frame.
WizardTimes buildAndShowWizard()
{
    WizardTimes times;
    QTemporaryDir home;
    Settings settings(home.filePath(QStringLiteral("inlet.conf")));
    KeychainSecretStore secrets;
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    InletWizard wizard(settings, secrets, network, LaunchOptions());
    times.construct = elapsedMs(timer);
    timer.restart();
    wizard.show();
    // Not QTest::qWaitForWindowExposed: it polls every 10 ms.
    while (!(wizard.windowHandle() && wizard.windowHandle()->isExposed()) && timer.elapsed() < 10000)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the expose's paint
    times.firstFrame = elapsedMs(timer);
    times.shown = wizard.windowHandle() && wizard.windowHandle()->isExposed();
    return times;
}

} // namespace

StartupAudit::StartupAudit(int runs)
    : m_runs(runs)
{
}

void StartupAudit::run(BenchTable& table) const
{
    // First time in this process, in main.cpp's order.
    QElapsedTimer timer;
    timer.start();
    appIcon().pixmap(48, 48);
    const double iconMs = elapsedMs(timer);
    timer.restart();
    const Catalog firstCatalog = Catalog::bundled();
    const double catalogMs = elapsedMs(timer);
    const WizardTimes first = buildAndShowWizard();
    if (!first.shown || firstCatalog.isEmpty()) {
        table.add(BenchRow::error(QStringLiteral("start-up audit"), QStringLiteral("the wizard was never shown")));
        return;
    }

    Samples constructMs;
    Samples firstFrameMs;
    Samples bundledMs;
    for (int run = 0; run < m_runs; ++run) {
        const WizardTimes warm = buildAndShowWizard();
        constructMs.add(warm.construct);
        firstFrameMs.add(warm.firstFrame);
        timer.restart();
        const Catalog catalog = Catalog::bundled();
        bundledMs.add(elapsedMs(timer));
    }
    auto row = [&table](const QString& what, double value) {
        table.add(BenchRow::info(QStringLiteral("audit: %1, ms").arg(what), {}, value));
    };
    row(QStringLiteral("window icon, 48 px logo read on demand, first in process (main.cpp, InletWizard)"), iconMs);
    row(QStringLiteral("bundled catalog parse (WizardState, after the first frame), first in process"), catalogMs);
    row(QStringLiteral("bundled catalog parse, warm"), bundledMs.median());
    row(QStringLiteral("InletWizard constructor (7 pages, the start page built), first in process"), first.construct);
    row(QStringLiteral("InletWizard constructor, warm"), constructMs.median());
    row(QStringLiteral("show() to first frame (and the deferred catalog load), first in process"), first.firstFrame);
    row(QStringLiteral("show() to first frame, warm"), firstFrameMs.median());
}

} // namespace Inlet::Bench
