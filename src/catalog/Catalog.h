#pragma once

#include "catalog/ConnectionSpec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Inlet {

// The sources Inlet offers: the bundled catalog (always there, the offline fallback) with live
// specs from `GET /connectionSpecs` merged over it (live wins by id). A plain value: copies share their
// data (Qt's implicit sharing), so handing one from a worker thread to the GUI copies nothing.
// Every operation is linear in the number of specs (a hash by id, no per-spec scans), so a catalog
// of 10,000 specs loads in milliseconds.
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
    bool contains(const QString& id) const { return m_rowById.contains(id); }
    // The spec's row in specs(), or -1.
    int indexOf(const QString& id) const { return m_rowById.value(id, -1); }
    int size() const { return int(m_specs.size()); }
    bool isEmpty() const { return m_specs.isEmpty(); }
    // Messages from parsing the bundled catalog or the cache (empty when all was well-formed).
    QStringList errors() const { return m_errors; }

    // Live specs replace bundled ones with the same id; new sources are appended. Specs that say
    // they are not sources (attributes.isSource == false) are left out. Returns how many were taken.
    int mergeLive(const QList<ConnectionSpec>& live);
    QList<ConnectionSpec> liveSpecs() const;
    int liveCount() const { return int(m_liveIds.size()); }
    bool isLive(const QString& id) const { return m_liveIds.contains(id); }

    // The source picker's view of each row: its search text (SearchText::forSpec) and its rank when
    // sorted by display name (accents and case ignored, as the old proxy's QCollator did); and the
    // categories it offers. buildPickerIndex() computes them once, in O(n log n); the catalog use case
    // calls it on its worker thread, so the GUI thread neither folds, collates nor gathers categories.
    // Copies share the index; mergeLive() drops it.
    void buildPickerIndex();
    bool hasPickerIndex() const { return m_pickerIndex != nullptr; }
    // Only with hasPickerIndex(), for a row of specs().
    const QString& searchText(int row) const { return m_pickerIndex->searchText.at(row); }
    int sortRank(int row) const { return m_pickerIndex->sortRank.at(row); }
    int rowAtRank(int rank) const { return m_pickerIndex->rowAtRank.at(rank); }
    // The distinct non-empty categories, sorted case-insensitively.
    const QStringList& categories() const { return m_pickerIndex->categories; }

    // The cache holds the merged live specs only (spec data, never a secret), in the response shape.
    bool saveCache(const QString& filePath, QString* errorMessage = nullptr) const;
    // Merges a cache written by saveCache(). A corrupt cache is deleted and logged (lcCatalog);
    // returns false then, or when there is no cache.
    bool loadCache(const QString& filePath);

private:
    struct PickerIndex
    {
        QStringList searchText;
        QList<int> sortRank; // row → rank
        QList<int> rowAtRank; // rank → row
        QStringList categories;
    };

    void indexIds();

    QList<ConnectionSpec> m_specs;
    QHash<QString, int> m_rowById;
    QSet<QString> m_liveIds;
    QStringList m_errors;
    std::shared_ptr<const PickerIndex> m_pickerIndex;
};

} // namespace Inlet
