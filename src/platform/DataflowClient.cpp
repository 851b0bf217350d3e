#include "DataflowClient.h"

#include "core/Logging.h"
#include "platform/DataflowJson.h"
#include "platform/PagedListing.h"
#include "platform/PlatformSession.h"
#include "platform/SingleRequest.h"

namespace Inlet {

namespace {

QUrlQuery propertyFilter(const QString& property, const QString& value)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"),
                       QString::fromLatin1(QUrl::toPercentEncoding(property + QStringLiteral("==") + value)));
    return query;
}

} // namespace

DataflowClient::DataflowClient(PlatformSession* session)
    : m_session(session)
{
}

QString DataflowClient::collection(Kind kind)
{
    switch (kind) {
    case Kind::SourceConnection:
        return QStringLiteral("/sourceConnections");
    case Kind::TargetConnection:
        return QStringLiteral("/targetConnections");
    case Kind::Flow:
        break;
    }
    return QStringLiteral("/flows");
}

QUrl DataflowClient::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = PlatformEndpoints::join(m_session->endpoints().flowService, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

FlowSpecListOperation* DataflowClient::flowSpecs(const QString& name) const
{
    return new PagedListing<FlowSpecInfo>(
        m_session,
        url(QStringLiteral("/flowSpecs"),
            propertyFilter(QStringLiteral("name"), QLatin1Char('"') + name + QLatin1Char('"'))),
        &DataflowJson::parseFlowSpecs,
        m_session);
}

CreateObjectOperation* DataflowClient::create(Kind kind, QByteArray body) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = url(collection(kind));
    spec.body = std::move(body);
    spec.idempotent = false; // never repeated blindly
    return singleRequest<CreateObjectOperation>(m_session, spec, [kind](const HttpResponse& response, Error* error) {
        CreatedObject created = DataflowJson::parseCreatedObject(response.body, error);
        if (!error->isError())
            qCInfo(lcPlatform) << "Created" << collection(kind).mid(1) << created.id;
        return created;
    });
}

CreateObjectOperation* DataflowClient::createSourceConnection(const SourceConnectionDraft& draft) const
{
    return create(Kind::SourceConnection, DataflowJson::sourceConnectionBody(draft));
}

CreateObjectOperation* DataflowClient::createTargetConnection(const TargetConnectionDraft& draft) const
{
    return create(Kind::TargetConnection, DataflowJson::targetConnectionBody(draft));
}

CreateObjectOperation* DataflowClient::createFlow(const FlowDraft& draft) const
{
    return create(Kind::Flow, DataflowJson::flowBody(draft));
}

ObjectListOperation* DataflowClient::find(Kind kind, const QString& property, const QString& value) const
{
    return new PagedListing<PlatformObject>(
        m_session, url(collection(kind), propertyFilter(property, value)), &DataflowJson::parseObjectList, m_session);
}

FlowListOperation* DataflowClient::findFlows(const QString& property, const QString& value) const
{
    return new PagedListing<FlowSummary>(m_session,
                                         url(collection(Kind::Flow), propertyFilter(property, value)),
                                         &DataflowJson::parseFlowList,
                                         m_session);
}

DeleteObjectOperation* DataflowClient::remove(Kind kind, const QString& id) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url = url(collection(kind) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    return singleRequest<DeleteObjectOperation>(m_session, spec, [id](const HttpResponse&, Error*) { return id; });
}

RunListOperation* DataflowClient::runs(const QString& flowId) const
{
    return new PagedListing<FlowRun>(m_session,
                                     url(QStringLiteral("/runs"), propertyFilter(QStringLiteral("flowId"), flowId)),
                                     &DataflowJson::parseRuns,
                                     m_session);
}

} // namespace Inlet
