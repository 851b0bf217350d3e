#include "CatalogLoader.h"

#include "catalog/CatalogParser.h"
#include "core/Logging.h"

#include <QDir>
#include <QFuture>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Inlet {

namespace {

// The catalog's worker gives way to the GUI thread when both want a CPU: on Linux a thread has its own
// nice value, and the pool's threads run nothing else.
void yieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    static thread_local bool niced = false;
    if (!niced)
        niced = setpriority(PRIO_PROCESS, 0, 10) == 0; // 0: the calling thread
#endif
}

Catalog loadOnWorker(const QString& cachePath)
{
    yieldToTheGuiThread();
    Catalog catalog = Catalog::bundled();
    if (catalog.loadCache(cachePath))
        qCInfo(lcCatalog) << "merged cached live catalog," << catalog.liveCount() << "specs";
    catalog.buildPickerIndex();
    return catalog;
}

struct RefreshOutcome
{
    CatalogRefresh refresh;
    Error error;
};

RefreshOutcome refreshOnWorker(const QList<JsonDocument>& pages, Catalog catalog, const QString& cachePath)
{
    yieldToTheGuiThread();
    RefreshOutcome outcome;
    if (catalog.isEmpty()) // asked before the load finished: merge over the bundled catalog all the same
        catalog = Catalog::bundled();
    QList<ConnectionSpec> live;
    for (const JsonDocument& page : pages) {
        CatalogPage parsed = CatalogParser::parse(page);
        if (!parsed.documentValid) {
            // Not a list of sources at all (not JSON, an HTML page): nothing is refreshed.
            outcome.error = Error::make(
                Error::Kind::BadResponse,
                QStringLiteral("not a list of connection specs: %1").arg(parsed.errors.join(QStringLiteral("; "))));
            return outcome;
        }
        live += std::move(parsed.specs);
        outcome.refresh.skipped += int(parsed.errors.size());
        for (const QString& error : std::as_const(parsed.errors))
            qCWarning(lcCatalog) << "live spec rejected:" << error;
    }
    outcome.refresh.updated = catalog.mergeLive(live);
    QString cacheError;
    if (!catalog.saveCache(cachePath, &cacheError)) {
        qCWarning(lcCatalog) << "could not cache the live catalog:" << cacheError;
        outcome.refresh.cacheNotSaved =
            Error::make(Error::Kind::CacheNotSaved, cachePath + QStringLiteral(": ") + cacheError);
    }
    catalog.buildPickerIndex();
    outcome.refresh.catalog = std::move(catalog);
    return outcome;
}

} // namespace

CatalogLoader::CatalogLoader(FlowServiceClient flowService, QString cachePath, QObject* parent)
    : QObject(parent)
    , m_flowService(flowService)
    , m_cachePath(std::move(cachePath))
{
    m_pool.setMaxThreadCount(1); // one load or refresh at a time, in the order asked
}

QString CatalogLoader::defaultCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("connection-specs.json"));
}

CatalogOperation* CatalogLoader::load()
{
    auto* operation = new CatalogOperation(this);
    // The continuation runs on the operation's thread, and not at all once the operation is gone.
    QtConcurrent::run(&m_pool, loadOnWorker, m_cachePath).then(operation, [operation](QFuture<Catalog> loaded) {
        operation->finishWithResult(loaded.takeResult());
    });
    return operation;
}

CatalogRefreshOperation* CatalogLoader::refresh(const Catalog& current)
{
    auto* operation = new CatalogRefreshOperation(this);
    QPointer<ConnectionSpecsOperation> listing = m_flowService.listConnectionSpecs();
    operation->setCanceller([listing] {
        if (listing)
            listing->cancel(); // a GET: nothing on Platform changes
        return false;
    });
    connect(listing,
            &Operation::finished,
            operation,
            [this, operation, listing, current, path = m_cachePath, pool = &m_pool] {
                if (listing->error()) {
                    operation->finishWithError(listing->error());
                    return;
                }
                // The pages and the catalog are implicitly shared: the worker reads them without a copy.
                QtConcurrent::run(pool, refreshOnWorker, listing->result(), current, path)
                    .then(operation, [this, operation](QFuture<RefreshOutcome> refreshed) {
                        RefreshOutcome outcome = refreshed.takeResult();
                        if (outcome.error) {
                            operation->finishWithError(outcome.error);
                            return;
                        }
                        const Error cacheError = outcome.refresh.cacheNotSaved;
                        operation->finishWithResult(std::move(outcome.refresh));
                        if (cacheError)
                            emit cacheNotSaved(cacheError);
                    });
            });
    return operation;
}

} // namespace Inlet
