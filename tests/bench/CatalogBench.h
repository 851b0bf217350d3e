#pragma once

#include "catalog/Catalog.h"

#include <QByteArray>

namespace Inlet::Bench {

class BenchTable;

// CatalogParser::parse on the bundled catalog and on generated 1,000- and 10,000-spec catalogs of the
// same shape. No budget: the catalog is parsed off the GUI thread (CatalogLoadBench has the budget).
class CatalogBench
{
public:
    explicit CatalogBench(int runs);
    void run(BenchTable& table);

    // The bundled specs repeated with new ids, slugs and display names ("Amazon S3 7") until there are
    // `count`, as one {"items": […]} document; each item's text otherwise verbatim.
    static QByteArray generateCatalog(const Catalog& bundled, int count);
    // The generated 10,000-spec catalog, parsed, and its text (valid after run()).
    const Catalog& largeCatalog() const { return m_large; }
    const QByteArray& largeCatalogJson() const { return m_hugeJson; }

private:
    bool timeGenerated(const Catalog& bundled, int count, int runs, BenchTable& table, Catalog* parsed = nullptr);

    int m_runs;
    Catalog m_large;
    QByteArray m_hugeJson;
};

} // namespace Inlet::Bench
