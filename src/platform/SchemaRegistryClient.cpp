#include "SchemaRegistryClient.h"

#include "platform/DataflowJson.h"
#include "platform/PagedListing.h"
#include "platform/PlatformSession.h"

#include <QPointer>
#include <QUrlQuery>

#include <optional>

namespace Inlet {

namespace {

const QByteArray kListMediaType = QByteArrayLiteral("application/vnd.adobe.xed-id+json");
const QByteArray kLookupMediaType = QByteArrayLiteral("application/vnd.adobe.xed-full+json; version=1");
const QByteArray kDescriptorMediaType = QByteArrayLiteral("application/vnd.adobe.xdm+json");

// The lookup and the descriptors, asked together; the schema once both have answered.
class SchemaDescription : public SchemaOperation
{
public:
    SchemaDescription(PlatformSession* session, const QString& schemaId, const QString& altId)
        : SchemaOperation(session)
    {
        const QUrl base = session->endpoints().schemaRegistry;
        HttpRequestSpec lookup;
        lookup.url = PlatformEndpoints::join(
            base,
            QStringLiteral("/tenant/schemas/")
                + QString::fromLatin1(QUrl::toPercentEncoding(altId.isEmpty() ? schemaId : altId)));
        lookup.accept = kLookupMediaType;
        lookup.idempotent = true;
        HttpRequestSpec descriptors;
        descriptors.url = PlatformEndpoints::join(base, QStringLiteral("/tenant/descriptors"));
        QUrlQuery query;
        query.addQueryItem(
            QStringLiteral("property"),
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("xdm:sourceSchema==") + schemaId)));
        descriptors.url.setQuery(query);
        descriptors.accept = kDescriptorMediaType;
        descriptors.idempotent = true;
        m_lookup = session->send(lookup, this);
        m_descriptors = session->send(descriptors, this);
        // Each exchange deletes itself once finished, so its answer is kept as it arrives.
        connect(m_lookup, &Operation::finished, this, [this, exchange = m_lookup.data()] {
            arrived(*exchange, &m_lookupBody);
        });
        connect(m_descriptors, &Operation::finished, this, [this, exchange = m_descriptors.data()] {
            arrived(*exchange, &m_descriptorsBody);
        });
        setCanceller([this] {
            for (const QPointer<HttpExchange>& exchange : {m_lookup, m_descriptors}) {
                if (exchange)
                    exchange->cancel();
            }
            return false;
        });
    }

private:
    // Settles once both have answered, so neither request is cut off half-way.
    void arrived(const HttpExchange& exchange, std::optional<QByteArray>* body)
    {
        if (isFinished())
            return;
        if (exchange.error() && !m_error)
            m_error = exchange.error();
        *body = exchange.error() ? QByteArray() : exchange.result().body;
        if (!m_lookupBody || !m_descriptorsBody)
            return;
        if (m_error)
            return finishWithError(m_error);
        Error error;
        XdmSchema schema = DataflowJson::parseSchema(*m_lookupBody, &error);
        if (!error)
            DataflowJson::applyDescriptors(*m_descriptorsBody, &schema, &error);
        if (error)
            return finishWithError(error);
        finishWithResult(schema);
    }

    QPointer<HttpExchange> m_lookup;
    QPointer<HttpExchange> m_descriptors;
    std::optional<QByteArray> m_lookupBody;
    std::optional<QByteArray> m_descriptorsBody;
    Error m_error; // the first request that failed
};

} // namespace

SchemaRegistryClient::SchemaRegistryClient(PlatformSession* session)
    : m_session(session)
{
}

SchemaListOperation* SchemaRegistryClient::listSchemas() const
{
    const QUrl base = m_session->endpoints().schemaRegistry;
    QUrl url = PlatformEndpoints::join(base, QStringLiteral("/tenant/schemas"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("title"));
    url.setQuery(query);
    return new PagedListing<SchemaSummary>(
        m_session, url, &DataflowJson::parseSchemaList, m_session, base, kListMediaType);
}

SchemaOperation* SchemaRegistryClient::describeSchema(const QString& schemaId, const QString& altId) const
{
    return new SchemaDescription(m_session, schemaId, altId);
}

} // namespace Inlet
