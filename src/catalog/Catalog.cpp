#include "Catalog.h"

#include "CatalogParser.h"
#include "SearchText.h"
#include "core/Logging.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Inlet {

namespace {

// A catalog is a few hundred kilobytes; anything far bigger in the cache is not ours.
constexpr qint64 kMaxCacheBytes = 32 * 1024 * 1024;

} // namespace

Catalog::Catalog(QList<ConnectionSpec> specs)
    : m_specs(std::move(specs))
{
    indexIds();
}

void Catalog::indexIds()
{
    m_rowById.clear();
    m_rowById.reserve(m_specs.size());
    for (int row = 0; row < int(m_specs.size()); ++row)
        m_rowById.insert(m_specs.at(row).id, row); // later duplicates win, as in mergeLive()
}

QString Catalog::bundledResourcePath()
{
    return QStringLiteral(":/catalog/connection-specs.json");
}

Catalog Catalog::bundled()
{
    QFile file(bundledResourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCatalog) << "The bundled catalog is missing from the binary:" << bundledResourcePath();
        Catalog empty;
        empty.m_errors.append(QStringLiteral("missing resource %1").arg(bundledResourcePath()));
        return empty;
    }
    const CatalogPage page = CatalogParser::parse(file.readAll());
    Catalog catalog(page.specs);
    catalog.m_errors = page.errors;
    for (const QString& error : page.errors) {
        qCWarning(lcCatalog).noquote() << "Bundled catalog:" << error;
    }
    return catalog;
}

const ConnectionSpec* Catalog::find(const QString& id) const&
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_specs.at(row);
}

int Catalog::mergeLive(const QList<ConnectionSpec>& live)
{
    m_pickerIndex.reset();
    m_specs.reserve(m_specs.size() + live.size());
    m_liveIds.reserve(m_liveIds.size() + live.size());
    int taken = 0;
    for (const ConnectionSpec& spec : live) {
        if (!spec.isSource || spec.authSpecs.isEmpty()) {
            qCDebug(lcCatalog) << "Live spec is not a source with a base connection; left out:" << spec.id;
            continue;
        }
        const auto existing = m_rowById.constFind(spec.id);
        if (existing != m_rowById.constEnd()) {
            m_specs[*existing] = spec;
        } else {
            m_rowById.insert(spec.id, int(m_specs.size()));
            m_specs.append(spec);
        }
        m_liveIds.insert(spec.id);
        ++taken;
    }
    qCDebug(lcCatalog) << "Merged" << taken << "live connection specs over" << m_specs.size() - taken << "others";
    return taken;
}

QList<ConnectionSpec> Catalog::liveSpecs() const
{
    QList<ConnectionSpec> live;
    live.reserve(m_liveIds.size());
    for (const ConnectionSpec& spec : m_specs) {
        if (m_liveIds.contains(spec.id)) {
            live.append(spec);
        }
    }
    return live;
}

void Catalog::buildPickerIndex()
{
    auto index = std::make_shared<PickerIndex>();
    const int count = int(m_specs.size());
    index->searchText.reserve(count);
    for (const ConnectionSpec& spec : std::as_const(m_specs))
        index->searchText.append(SearchText::forSpec(spec));

    // Collation keys once per name instead of a collation per comparison: "Étoile" sorts with "E"
    // whatever the locale (numbers by value where the locale's collator supports it); equal names keep
    // their order.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<QCollatorSortKey> keys;
    keys.reserve(count);
    for (const ConnectionSpec& spec : std::as_const(m_specs))
        keys.append(collator.sortKey(SearchText::fold(spec.displayName)));
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int left, int right) {
        const int byFolded = keys.at(left).compare(keys.at(right));
        if (byFolded != 0)
            return byFolded < 0;
        return collator.compare(m_specs.at(left).displayName, m_specs.at(right).displayName) < 0;
    });
    index->sortRank.resize(count);
    for (int rank = 0; rank < count; ++rank)
        index->sortRank[order.at(rank)] = rank;
    index->rowAtRank = std::move(order);

    QSet<QString> categories;
    for (const ConnectionSpec& spec : std::as_const(m_specs)) {
        if (!spec.category.isEmpty())
            categories.insert(spec.category);
    }
    index->categories = QStringList(categories.cbegin(), categories.cend());
    index->categories.sort(Qt::CaseInsensitive);
    m_pickerIndex = std::move(index);
}

bool Catalog::saveCache(const QString& filePath, QString* errorMessage) const
{
    // The same response shape as `GET /connectionSpecs`, each item's own text (spec data, no secrets).
    QByteArray json("{\"items\":[\n");
    bool first = true;
    for (const ConnectionSpec& spec : m_specs) {
        if (spec.sourceJson.isEmpty() || !m_liveIds.contains(spec.id)) {
            continue;
        }
        if (!first) {
            json.append(",\n");
        }
        json.append(spec.sourceJson);
        first = false;
    }
    json.append("\n]}\n");

    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (errorMessage) {
            *errorMessage = file.errorString();
        }
        qCWarning(lcCatalog) << "Could not write the catalog cache" << filePath << ":" << file.errorString();
        return false;
    }
    qCDebug(lcCatalog) << "Catalog cache written:" << filePath;
    return true;
}

bool Catalog::loadCache(const QString& filePath)
{
    QFile file(filePath);
    if (!file.exists()) {
        return false;
    }
    auto discard = [&](const QString& why) {
        qCWarning(lcCatalog).noquote() << "Discarding the corrupt catalog cache" << filePath << "-" << why;
        file.close();
        QFile::remove(filePath);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return discard(file.errorString());
    }
    if (file.size() > kMaxCacheBytes) {
        return discard(QStringLiteral("it is %1 bytes").arg(file.size()));
    }
    const CatalogPage page = CatalogParser::parse(file.readAll());
    if (!page.documentValid) {
        return discard(page.errors.join(u' '));
    }
    if (page.specs.isEmpty() && !page.errors.isEmpty()) {
        return discard(page.errors.join(u' '));
    }
    for (const QString& error : page.errors) {
        qCWarning(lcCatalog).noquote() << "Catalog cache:" << error;
    }
    m_errors.append(page.errors);
    mergeLive(page.specs);
    return true;
}

} // namespace Inlet
