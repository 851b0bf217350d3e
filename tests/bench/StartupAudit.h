#pragma once

namespace Inlet::Bench {

class BenchTable;

// Where Inlet's own start-up time goes, in this process: the wizard built the way app/main.cpp builds
// it (its constructor includes WizardState's bundled-catalog parse and cache merge), shown until its
// first expose, and the bundled-catalog parse on its own. Context for the start-up rows, no budget.
class StartupAudit
{
public:
    explicit StartupAudit(int runs);
    void run(BenchTable& table);

private:
    int m_runs;
};

} // namespace Inlet::Bench
