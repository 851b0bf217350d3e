#pragma once

namespace Inlet::Bench {

class BenchTable;

// Expanding a root of 10,000 tables on the Select data page's tree: the explore request over loopback
// to the simulator (--explore-root-tables 10000), then ExploreTreeModel under the page's filter proxy
// in a shown QTreeView. Measures the time from the request to the first rows painted, and the longest
// the GUI thread went without turning its event loop until the whole level was in the tree.
class ExploreBench
{
public:
    explicit ExploreBench(int repetitions);
    void run(BenchTable& table) const;

private:
    int m_repetitions;
};

} // namespace Inlet::Bench
