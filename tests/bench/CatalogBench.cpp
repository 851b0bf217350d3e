#include "CatalogBench.h"

#include "BenchTable.h"
#include "Samples.h"

#include "catalog/CatalogParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Inlet::Bench {

namespace {

constexpr int kLargeCatalogSize = 1000;
constexpr int kHugeCatalogSize = 10000;

// Replaces the first `"key": "old"` of an item's text.
void replaceFirstValue(QString& text, const QString& key, const QString& oldValue, const QString& newValue)
{
    const QRegularExpression member(QStringLiteral("\"%1\"\\s*:\\s*\"%2\"")
                                        .arg(QRegularExpression::escape(key), QRegularExpression::escape(oldValue)));
    const QRegularExpressionMatch match = member.match(text);
    if (match.hasMatch())
        text.replace(
            match.capturedStart(), match.capturedLength(), QStringLiteral("\"%1\": \"%2\"").arg(key, newValue));
}

struct ParseFigures
{
    Samples ms;
    CatalogPage page;
};

ParseFigures timeParse(const QByteArray& json, int runs)
{
    ParseFigures figures;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        CatalogPage page = CatalogParser::parse(json);
        figures.ms.add(double(timer.nsecsElapsed()) / 1e6);
        figures.page = std::move(page);
    }
    return figures;
}

} // namespace

CatalogBench::CatalogBench(int runs)
    : m_runs(runs)
{
}

QByteArray CatalogBench::generateCatalog(const Catalog& bundled, int count)
{
    const QUuid benchNamespace = QUuid::fromString(QStringLiteral("{5d1c0f6e-7c2b-4f4e-9a55-1f0b0e5c0000}"));
    QByteArray json("{\"items\": [\n");
    for (int i = 0; i < count && !bundled.isEmpty(); ++i) {
        const ConnectionSpec& spec = bundled.specs().at(i % bundled.size());
        const int copy = i / bundled.size();
        QString item = QString::fromUtf8(spec.sourceJson);
        const QString id = QUuid::createUuidV5(benchNamespace, QString::number(i)).toString(QUuid::WithoutBraces);
        replaceFirstValue(item, QStringLiteral("id"), spec.id, id);
        if (copy > 0) {
            replaceFirstValue(
                item, QStringLiteral("name"), spec.name, QStringLiteral("%1-%2").arg(spec.name).arg(copy));
            for (const char* key : {"connectorName", "displayName"})
                replaceFirstValue(item,
                                  QString::fromLatin1(key),
                                  spec.displayName,
                                  QStringLiteral("%1 %2").arg(spec.displayName).arg(copy));
        }
        if (i > 0)
            json.append(",\n");
        json.append(item.toUtf8());
    }
    json.append("\n]}\n");
    return json;
}

void CatalogBench::run(BenchTable& table)
{
    QFile file(Catalog::bundledResourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        table.add(BenchRow::error(QStringLiteral("catalog parse"), file.errorString()));
        return;
    }
    const QByteArray bundledJson = file.readAll();
    const ParseFigures bundled = timeParse(bundledJson, m_runs);
    const Catalog bundledCatalog(bundled.page.specs);
    table.add(BenchRow::info(QStringLiteral("catalog parse, bundled (%1 specs, %2 KB), ms")
                                 .arg(bundledCatalog.size())
                                 .arg(bundledJson.size() / 1024),
                             {},
                             bundled.ms.median()));

    // The 1,000-spec parse budget is withdrawn (the load runs off the GUI thread now); kept as context.
    if (!timeGenerated(bundledCatalog, kLargeCatalogSize, m_runs, table))
        return;
    const int hugeRuns = std::max(1, m_runs / 6);
    m_hugeJson = generateCatalog(bundledCatalog, kHugeCatalogSize);
    timeGenerated(bundledCatalog, kHugeCatalogSize, hugeRuns, table, &m_large);
}

bool CatalogBench::timeGenerated(const Catalog& bundled, int count, int runs, BenchTable& table, Catalog* parsed)
{
    const QByteArray json = count == kHugeCatalogSize ? m_hugeJson : generateCatalog(bundled, count);
    const ParseFigures figures = timeParse(json, runs);
    const QString metric = QStringLiteral("catalog parse, generated (%1 specs, %2 KB), ms")
                               .arg(QLocale(QLocale::English).toString(count))
                               .arg(json.size() / 1024);
    QSet<QString> ids;
    for (const ConnectionSpec& spec : figures.page.specs)
        ids.insert(spec.id);
    if (figures.page.specs.size() != count || ids.size() != count || !figures.page.errors.isEmpty()) {
        table.add(BenchRow::error(metric,
                                  QStringLiteral("the generated catalog parsed to %1 specs (%2 distinct ids): %3")
                                      .arg(figures.page.specs.size())
                                      .arg(ids.size())
                                      .arg(figures.page.errors.join(QStringLiteral("; ")))));
        return false;
    }
    if (parsed)
        *parsed = Catalog(figures.page.specs);
    table.add(BenchRow::info(metric, {}, figures.ms.median()));
    return true;
}

} // namespace Inlet::Bench
