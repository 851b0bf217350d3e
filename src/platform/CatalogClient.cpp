#include "CatalogClient.h"

#include "core/Logging.h"
#include "platform/DataflowJson.h"
#include "platform/PlatformSession.h"
#include "platform/SingleRequest.h"

#include <QPointer>
#include <QUrlQuery>

namespace Inlet {

namespace {

constexpr int kPageSize = 100; // Catalog's largest `limit`
constexpr int kMaxPages = 50;

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Catalog pages by offset and says nothing of more pages: a full page means there may be one.
class DatasetListing : public DatasetListOperation
{
public:
    DatasetListing(PlatformSession* session, QString name)
        : DatasetListOperation(session)
        , m_session(session)
        , m_name(std::move(name))
    {
        setCanceller([this] {
            if (m_page)
                m_page->cancel();
            return false;
        });
        fetch(0);
    }

private:
    void fetch(int start)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("properties"), QStringLiteral("name,description,schemaRef,created"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
        query.addQueryItem(QStringLiteral("start"), QString::number(start));
        if (!m_name.isEmpty())
            query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(m_name)));
        HttpRequestSpec spec;
        spec.url = PlatformEndpoints::join(m_session->endpoints().catalog, QStringLiteral("/dataSets"));
        spec.url.setQuery(query);
        spec.idempotent = true;
        HttpExchange* page = m_session->send(spec, this);
        m_page = page;
        connect(page, &Operation::finished, this, [this, page, start] {
            if (isFinished())
                return;
            if (page->error())
                return finishWithError(page->error());
            Error error;
            const QList<DatasetSummary> datasets = DataflowJson::parseDatasets(page->result().body, &error);
            if (error)
                return finishWithError(error);
            m_datasets << datasets;
            if (datasets.size() < kPageSize || start / kPageSize + 1 >= kMaxPages)
                return finishWithResult(m_datasets);
            fetch(start + kPageSize);
        });
    }

    PlatformSession* m_session;
    QString m_name;
    QPointer<HttpExchange> m_page;
    QList<DatasetSummary> m_datasets;
};

} // namespace

CatalogClient::CatalogClient(PlatformSession* session)
    : m_session(session)
{
}

DatasetListOperation* CatalogClient::listDatasets(const QString& name) const
{
    return new DatasetListing(m_session, name);
}

CreateObjectOperation*
CatalogClient::createDataset(const QString& name, const QString& description, const QString& schemaId) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = PlatformEndpoints::join(m_session->endpoints().catalog, QStringLiteral("/dataSets"));
    spec.body = DataflowJson::datasetBody(name, description, schemaId);
    return singleRequest<CreateObjectOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        CreatedObject created = DataflowJson::parseCreatedDataset(response.body, error);
        if (!error->isError())
            qCInfo(lcPlatform) << "Created dataset" << created.id;
        return created;
    });
}

DeleteObjectOperation* CatalogClient::deleteDataset(const QString& datasetId) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url =
        PlatformEndpoints::join(m_session->endpoints().catalog, QStringLiteral("/dataSets/") + segment(datasetId));
    return singleRequest<DeleteObjectOperation>(
        m_session, spec, [datasetId](const HttpResponse&, Error*) { return datasetId; });
}

} // namespace Inlet
