#include "DataPrepClient.h"

#include "core/Logging.h"
#include "platform/DataflowJson.h"
#include "platform/PlatformSession.h"
#include "platform/SingleRequest.h"

#include <QUrlQuery>

namespace Inlet {

namespace {

HttpRequestSpec post(PlatformSession* session, const QString& path, QByteArray body, bool idempotent)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = PlatformEndpoints::join(session->endpoints().dataPrep, path);
    spec.body = std::move(body);
    spec.idempotent = idempotent;
    return spec;
}

} // namespace

DataPrepClient::DataPrepClient(PlatformSession* session)
    : m_session(session)
{
}

MappingCheckOperation* DataPrepClient::validate(const MappingSetDraft& draft) const
{
    return singleRequest<MappingCheckOperation>(
        m_session,
        post(m_session, QStringLiteral("/mappingSets/validate"), DataflowJson::mappingSetBody(draft), true),
        [](const HttpResponse& response, Error* error) { return DataflowJson::parseValidation(response.body, error); });
}

MappingPreviewOperation* DataPrepClient::preview(const MappingSetDraft& draft, const Json& rows) const
{
    return singleRequest<MappingPreviewOperation>(
        m_session,
        post(m_session, QStringLiteral("/mappingSets/preview"), DataflowJson::previewBody(draft, rows), true),
        [](const HttpResponse& response, Error* error) { return DataflowJson::parsePreview(response.body, error); });
}

CreateObjectOperation* DataPrepClient::createMappingSet(const MappingSetDraft& draft) const
{
    return singleRequest<CreateObjectOperation>(
        m_session,
        post(m_session, QStringLiteral("/mappingSets"), DataflowJson::mappingSetBody(draft), false),
        [](const HttpResponse& response, Error* error) {
            CreatedObject created = DataflowJson::parseCreatedMappingSet(response.body, error);
            if (!error->isError())
                qCInfo(lcPlatform) << "Created mapping set" << created.id;
            return created;
        });
}

ObjectListOperation* DataPrepClient::findMappingSets(const QString& name) const
{
    HttpRequestSpec spec;
    spec.url = PlatformEndpoints::join(m_session->endpoints().dataPrep, QStringLiteral("/mappingSets"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    spec.url.setQuery(query);
    spec.idempotent = true;
    return singleRequest<ObjectListOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        return DataflowJson::parseMappingSetList(response.body, error);
    });
}

} // namespace Inlet
