#pragma once

#include <QByteArray>
#include <QString>

namespace Inlet::Bench {

class BenchTable;

// The catalog load as a returning user with a big cache meets it: a fresh `inlet-bench` process (so
// its peak RSS is its own) with `cacheJson` as the catalog cache builds a WizardState and a shown
// SourcePage, then starts the load exactly as the wizard does after its first frame
// (WizardState::setFirstFrameShown → CatalogLoader::load → catalogChanged → the page's model reset,
// sort and list layout). A QTimer heartbeat on the GUI thread records the longest gap between two
// beats from the start of the load until 300 ms after the catalog is shown: the longest stall. The
// same heartbeat runs for a second before the load, idle, to show what the machine alone causes.
class CatalogLoadBench
{
public:
    CatalogLoadBench(QByteArray cacheJson, int specCount, int runs);
    void run(BenchTable& table);

    // The child's side (`inlet-bench --catalog-load-child`): measures once and prints one line.
    static int runChild();

private:
    QByteArray m_cacheJson;
    int m_specCount;
    int m_runs;
};

} // namespace Inlet::Bench
