#include "StartupAudit.h"

#include "BenchTable.h"
#include "Samples.h"

#include "InletWizard.h"
#include "catalog/Catalog.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWindow>

namespace Inlet::Bench {

StartupAudit::StartupAudit(int runs)
    : m_runs(runs)
{
}

void StartupAudit::run(BenchTable& table)
{
    Samples constructMs;
    Samples showMs;
    for (int run = 0; run < m_runs; ++run) {
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("inlet.conf")));
        KeychainSecretStore secrets;
        QNetworkAccessManager network;
        QElapsedTimer timer;
        timer.start();
        InletWizard wizard(settings, secrets, network, LaunchOptions());
        constructMs.add(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        wizard.show();
        // No QTest::qWaitForWindowExposed: it polls every 10 ms.
        while (!(wizard.windowHandle() && wizard.windowHandle()->isExposed()) && timer.elapsed() < 10000)
            QCoreApplication::processEvents();
        QCoreApplication::processEvents(); // the expose's paint
        if (!wizard.windowHandle()->isExposed()) {
            table.add(BenchRow::error(QStringLiteral("in-process wizard"), QStringLiteral("never exposed")));
            return;
        }
        showMs.add(double(timer.nsecsElapsed()) / 1e6);
    }
    Samples catalogMs;
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Catalog catalog = Catalog::bundled();
        catalogMs.add(double(timer.nsecsElapsed()) / 1e6);
    }
    table.add(
        BenchRow::info(QStringLiteral("audit: InletWizard constructor, in-process, ms"), {}, constructMs.median()));
    table.add(
        BenchRow::info(QStringLiteral("audit: of which Catalog::bundled() (WizardState), ms"), {}, catalogMs.median()));
    table.add(BenchRow::info(QStringLiteral("audit: show() to first frame, in-process, ms"), {}, showMs.median()));
}

} // namespace Inlet::Bench
