#pragma once

#include "catalog/Catalog.h"

namespace Inlet::Bench {

class BenchTable;

// The source picker's filter, one keystroke at a time: SourceListModel under SourceFilterProxyModel
// (sorted, as SourcePage sets them up), queries typed character by character, each setFilterText timed.
class FilterBench
{
public:
    FilterBench(const Catalog& catalog, int repetitions);
    void run(BenchTable& table);

private:
    const Catalog& m_catalog;
    int m_repetitions;
};

} // namespace Inlet::Bench
