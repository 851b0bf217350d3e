#pragma once

namespace Inlet::Bench {

class BenchTable;

// Where Inlet's own start-up work goes, measured in this process: first the pieces app/main.cpp and
// InletWizard do, once each and in their order, so each pays its first-time cost (plugin loads, JIT,
// fonts) as a fresh start does; then the same warm, as medians. It must run before any other widget
// work in this process. Context for the start-up rows, no budget.
class StartupAudit
{
public:
    explicit StartupAudit(int runs);
    void run(BenchTable& table) const;

private:
    int m_runs;
};

} // namespace Inlet::Bench
