#pragma once

#include "catalog/Catalog.h"
#include "core/Operation.h"
#include "platform/FlowServiceClient.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

namespace Inlet {

// What "Refresh from Platform" brought: the merged catalog and how many live specs it took or skipped.
struct CatalogRefresh
{
    Catalog catalog;
    int updated = 0; // live specs merged (new sources and replaced bundled ones)
    int skipped = 0; // live specs that could not be read
    // Set when the merged specs could not be cached for the next start (CacheNotSaved): refreshed
    // all the same, for this run only.
    Error cacheNotSaved;
};

using CatalogOperation = ResultOperation<Catalog>;
using CatalogRefreshOperation = ResultOperation<CatalogRefresh>;

// The "load / refresh the source catalog" use case. Both return an Operation (core/Operation.h)
// whose result is a plain Catalog value with its picker index built (Catalog::buildPickerIndex()).
// Reading, parsing, merging, indexing and writing the cache run on a worker thread (QtConcurrent on
// the loader's own pool, at a lower priority than the GUI thread), so a catalog of any size never
// stalls the GUI thread; the result reaches the caller's thread as
// a shared value, without a copy of its specs.
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    // `flowService` answers refresh(); `cachePath` is where the live specs are cached between runs.
    CatalogLoader(FlowServiceClient flowService, QString cachePath, QObject* parent = nullptr);

    // The cache file in the user's cache directory (QStandardPaths::CacheLocation).
    static QString defaultCachePath();
    QString cachePath() const { return m_cachePath; }

    // The bundled catalog with the cached live specs merged over it. Never fails: a missing bundled
    // catalog gives an empty catalog whose errors() say so; a corrupt cache is deleted and logged.
    CatalogOperation* load();

    // Asks Flow Service for its connection specs (every page), merges them over `current` (live wins
    // by id) and caches the live specs. Fails with the listing's Error, or Error::Kind::BadResponse
    // when a page is not a list of connection specs; `current` is then left as it was and the cache
    // is not touched. Specs that cannot be read are skipped, counted and logged.
    CatalogRefreshOperation* refresh(const Catalog& current);

signals:
    // A refresh worked but its cache write failed; emitted on the loader's thread, whoever asked,
    // so the window can tell the user wherever they are.
    void cacheNotSaved(const Inlet::Error& error);

private:
    FlowServiceClient m_flowService;
    QString m_cachePath;
    QThreadPool m_pool; // its own thread, niced (CatalogLoader.cpp); waits for its work when destroyed
};

} // namespace Inlet
