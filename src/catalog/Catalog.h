#pragma once

#include "catalog/ConnectionSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Inlet {

// The sources Inlet offers: the bundled catalog (always there, the offline fallback) with live
// specs from `GET /connectionSpecs` merged over it (live wins by id). A plain value.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(QList<ConnectionSpec> specs);

    // The catalog compiled into inlet_core (resource path below), parsed.
    static Catalog bundled();
    static QString bundledResourcePath(); // ":/catalog/connection-specs.json"

    // Reference and pointer accessors exist only on lvalues, so they cannot dangle into a temporary
    // (`Catalog::bundled().find(id)` does not compile; keep the catalog in a variable).
    const QList<ConnectionSpec>& specs() const& { return m_specs; }
    QList<ConnectionSpec> specs() && { return std::move(m_specs); }
    const ConnectionSpec* find(const QString& id) const&;
    const ConnectionSpec* find(const QString& id) && = delete;
    bool contains(const QString& id) const { return find(id) != nullptr; }
    int size() const { return int(m_specs.size()); }
    bool isEmpty() const { return m_specs.isEmpty(); }
    // Messages from parsing the bundled catalog or the cache (empty when all was well-formed).
    QStringList errors() const { return m_errors; }

    // Live specs replace bundled ones with the same id; new sources are appended. Specs that say
    // they are not sources (attributes.isSource == false) are left out. Returns how many were taken.
    int mergeLive(const QList<ConnectionSpec>& live);
    QList<ConnectionSpec> liveSpecs() const;
    bool isLive(const QString& id) const { return m_liveIds.contains(id); }

    // The cache holds the merged live specs only (spec data, never a secret), in the response shape.
    bool saveCache(const QString& filePath, QString* errorMessage = nullptr) const;
    // Merges a cache written by saveCache(). A corrupt cache is deleted and logged (lcCatalog);
    // returns false then, or when there is no cache.
    bool loadCache(const QString& filePath);

private:
    QList<ConnectionSpec> m_specs;
    QStringList m_liveIds;
    QStringList m_errors;
};

} // namespace Inlet
