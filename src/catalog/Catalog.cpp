#include "Catalog.h"

#include "CatalogParser.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Inlet {

namespace {

// A catalog is a few hundred kilobytes; anything far bigger in the cache is not ours.
constexpr qint64 kMaxCacheBytes = 32 * 1024 * 1024;

} // namespace

Catalog::Catalog(QList<ConnectionSpec> specs)
    : m_specs(std::move(specs))
{
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
    for (const ConnectionSpec& spec : m_specs) {
        if (spec.id == id) {
            return &spec;
        }
    }
    return nullptr;
}

int Catalog::mergeLive(const QList<ConnectionSpec>& live)
{
    int taken = 0;
    for (const ConnectionSpec& spec : live) {
        if (!spec.isSource || spec.authSpecs.isEmpty()) {
            qCDebug(lcCatalog) << "Live spec is not a source with a base connection; left out:" << spec.id;
            continue;
        }
        auto existing =
            std::find_if(m_specs.begin(), m_specs.end(), [&](const ConnectionSpec& s) { return s.id == spec.id; });
        if (existing != m_specs.end()) {
            *existing = spec;
        } else {
            m_specs.append(spec);
        }
        if (!m_liveIds.contains(spec.id)) {
            m_liveIds.append(spec.id);
        }
        ++taken;
    }
    qCDebug(lcCatalog) << "Merged" << taken << "live connection specs over" << m_specs.size() - taken << "others";
    return taken;
}

QList<ConnectionSpec> Catalog::liveSpecs() const
{
    QList<ConnectionSpec> live;
    for (const ConnectionSpec& spec : m_specs) {
        if (m_liveIds.contains(spec.id)) {
            live.append(spec);
        }
    }
    return live;
}

bool Catalog::saveCache(const QString& filePath, QString* errorMessage) const
{
    // The same response shape as `GET /connectionSpecs`, each item's own text (spec data, no secrets).
    QByteArray json("{\"items\":[\n");
    bool first = true;
    for (const ConnectionSpec& spec : liveSpecs()) {
        if (spec.sourceJson.isEmpty()) {
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
