#include "FilterBench.h"

#include "BenchTable.h"
#include "Samples.h"

#include "catalog/SourceFilterProxyModel.h"
#include "catalog/SourceListModel.h"

#include <QElapsedTimer>
#include <QLocale>

namespace Inlet::Bench {

FilterBench::FilterBench(const Catalog& catalog, int repetitions)
    : m_catalog(catalog)
    , m_repetitions(repetitions)
{
}

void FilterBench::run(BenchTable& table)
{
    const QString metric = QStringLiteral("source filter per keystroke, %1 specs")
                               .arg(QLocale(QLocale::English).toString(m_catalog.size()));
    if (m_catalog.size() < 10000) {
        table.add(BenchRow::error(metric, QStringLiteral("no 10,000-spec catalog (see the catalog rows)")));
        return;
    }
    SourceListModel model;
    model.setCatalog(m_catalog);
    SourceFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);

    // What people type into the picker: names, a category word, two words, a typo-free slug.
    const QStringList queries{QStringLiteral("azure data explorer"),
                              QStringLiteral("google bigquery"),
                              QStringLiteral("amazon s3"),
                              QStringLiteral("snowflake"),
                              QStringLiteral("spark hdinsights"),
                              QStringLiteral("postgresql"),
                              QStringLiteral("cloud storage"),
                              QStringLiteral("databricks")};
    Samples keystrokes;
    int lastRows = -1;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        for (const QString& query : queries) {
            filter.setFilterText(QString()); // a fresh search box, untimed
            for (qsizetype length = 1; length <= query.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                filter.setFilterText(query.left(length));
                lastRows = filter.rowCount();
                keystrokes.add(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    if (lastRows <= 0) {
        table.add(BenchRow::error(metric, QStringLiteral("the last query matched nothing; the filter is broken")));
        return;
    }
    table.add(BenchRow::info(metric + QStringLiteral(", median, ms"), {}, keystrokes.median()));
    table.add(BenchRow::withLimit(metric + QStringLiteral(", p95 (%1 keystrokes), ms").arg(keystrokes.count()),
                                  {},
                                  keystrokes.percentile(95),
                                  2));
}

} // namespace Inlet::Bench
