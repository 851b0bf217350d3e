#pragma once

#include "catalog/Catalog.h"

#include <QByteArray>

namespace Inlet::Bench {

class BenchTable;

// CatalogParser::parse on the bundled catalog and on a generated 1,000-spec catalog of the same shape.
class CatalogBench
{
public:
    explicit CatalogBench(int runs);
    void run(BenchTable& table);

    // The bundled specs repeated with new ids, slugs and display names ("Amazon S3 7") until there are
    // `count`, as one {"items": […]} document; each item's text otherwise verbatim.
    static QByteArray generateCatalog(const Catalog& bundled, int count);
    // The generated catalog, parsed (valid after run()).
    const Catalog& largeCatalog() const { return m_large; }

private:
    int m_runs;
    Catalog m_large;
};

} // namespace Inlet::Bench
