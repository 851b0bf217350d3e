#include "SchemaRegistryService.h"

#include "FlowConventions.h"
#include "Replies.h"
#include "SchemaContent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace Inlet::Sim {

namespace {

QString acceptOf(const Call& call)
{
    return QString::fromLatin1(call.request.header("Accept")).toLower();
}

} // namespace

SchemaRegistryService::SchemaRegistryService(const SimulatorOptions& options)
    : m_options(options)
{
}

Response
SchemaRegistryService::error(const QString& code, const QString& title, const QString& detail, const QString& requestId)
{
    const int status = code.section(QLatin1Char('-'), 1).toInt();
    return Replies::json(
        status,
        {{QStringLiteral("type"), QStringLiteral("http://ns.adobe.com/aep/errors/XDM-") + code},
         {QStringLiteral("title"), title},
         {QStringLiteral("status"), status},
         {QStringLiteral("report"),
          QJsonObject{{QStringLiteral("registryRequestId"), requestId},
                      {QStringLiteral("timestamp"),
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("MM-dd-yyyy hh:mm:ss"))},
                      {QStringLiteral("detailed-message"), detail},
                      {QStringLiteral("sub-errors"), QJsonArray()}}},
         {QStringLiteral("detail"), detail}});
}

void SchemaRegistryService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/{container}/schemas"), [this](const Call& call) { return listSchemas(call); });
    routes.get(QStringLiteral("/{container}/schemas/{id}"), [this](const Call& call) { return lookupSchema(call); });
    routes.get(QStringLiteral("/{container}/descriptors"), [this](const Call& call) { return listDescriptors(call); });
    routes.get(QStringLiteral("/tenant/fieldgroups"), [](const Call& call) {
        if (!acceptOf(call).contains(QLatin1String("application/vnd.adobe.xed")))
            return error(QStringLiteral("1006-400"),
                         QStringLiteral("Invalid Accept header"),
                         QStringLiteral("The Accept header must be application/vnd.adobe.xed-id+json or xed+json."),
                         call.requestId());
        return Replies::json(200,
                             {{QStringLiteral("results"), SchemaContent::fieldGroups()},
                              {QStringLiteral("_page"),
                               QJsonObject{{QStringLiteral("orderby"), QStringLiteral("title")},
                                           {QStringLiteral("next"), QJsonValue::Null},
                                           {QStringLiteral("count"), SchemaContent::fieldGroups().size()}}}});
    });
}

Response SchemaRegistryService::notFound(const Call& call) const
{
    return error(QStringLiteral("1012-404"),
                 QStringLiteral("Resource Not Found"),
                 QStringLiteral("Requested resource %1 is not found.").arg(call.path),
                 call.requestId());
}

void SchemaRegistryService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("schemaLookups"), m_lookups);
}

void SchemaRegistryService::reset()
{
    m_lookups = 0;
}

Response SchemaRegistryService::listSchemas(const Call& call) const
{
    const QString accept = acceptOf(call);
    const bool summary = accept.contains(QLatin1String("application/vnd.adobe.xed-id+json"));
    if (!summary && !accept.contains(QLatin1String("application/vnd.adobe.xed+json")))
        return error(QStringLiteral("1006-400"),
                     QStringLiteral("Invalid Accept header"),
                     QStringLiteral("The Accept header must be application/vnd.adobe.xed-id+json or "
                                    "application/vnd.adobe.xed+json to list schemas."),
                     call.requestId());
    const QUrlQuery& query = call.request.query;
    QList<SchemaContent::Schema> schemas;
    if (call.argument(QStringLiteral("container")) == QLatin1String("tenant")) {
        for (const SchemaContent::Schema& schema : SchemaContent::schemas()) {
            if (FlowConventions::matchesFilters(query, SchemaContent::lookup(schema, false)))
                schemas << schema;
        }
    }
    const bool descending = query.queryItemValue(QStringLiteral("orderby")) == QLatin1String("-title");
    std::sort(schemas.begin(), schemas.end(), [descending](const auto& a, const auto& b) {
        return descending ? a.title > b.title : a.title < b.title;
    });
    // `start` is the sort key's value to continue from; `limit` a page size (capped by --page-size).
    const QString start = query.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded);
    if (!start.isEmpty())
        schemas.removeIf([&](const auto& schema) { return descending ? schema.title > start : schema.title < start; });
    int limit = m_options.pageSize > 0 ? m_options.pageSize : int(schemas.size());
    if (const int asked = query.queryItemValue(QStringLiteral("limit")).toInt(); asked > 0)
        limit = std::min(limit, asked);
    QJsonArray results;
    for (const SchemaContent::Schema& schema : schemas.mid(0, limit))
        results.append(SchemaContent::listEntry(schema, summary));
    QJsonValue next = QJsonValue::Null;
    if (schemas.size() > limit) {
        QUrlQuery nextQuery = query;
        nextQuery.removeAllQueryItems(QStringLiteral("start"));
        nextQuery.addQueryItem(QStringLiteral("start"),
                               QString::fromUtf8(QUrl::toPercentEncoding(schemas.at(limit).title)));
        next = prefix() + call.path + QLatin1Char('?') + nextQuery.toString(QUrl::FullyEncoded);
    }
    return Replies::json(
        200,
        {{QStringLiteral("results"), results},
         {QStringLiteral("_page"),
          QJsonObject{{QStringLiteral("orderby"), descending ? QStringLiteral("-title") : QStringLiteral("title")},
                      {QStringLiteral("next"), next},
                      {QStringLiteral("count"), results.size()}}},
         {QStringLiteral("_links"),
          QJsonObject{{QStringLiteral("next"),
                       next.isNull() ? QJsonValue::Null : QJsonValue(QJsonObject{{QStringLiteral("href"), next}})}}}});
}

Response SchemaRegistryService::lookupSchema(const Call& call)
{
    ++m_lookups;
    const QString accept = acceptOf(call);
    if (!accept.contains(QLatin1String("application/vnd.adobe.xed")) || !accept.contains(QLatin1String("version=")))
        return error(QStringLiteral("1007-400"),
                     QStringLiteral("Invalid Accept header"),
                     QStringLiteral("A lookup needs an Accept header with a version, such as "
                                    "application/vnd.adobe.xed-full+json; version=1."),
                     call.requestId());
    const auto schema = SchemaContent::find(call.argument(QStringLiteral("id")));
    if (!schema || call.argument(QStringLiteral("container")) != QLatin1String("tenant"))
        return notFound(call);
    return Replies::json(200, SchemaContent::lookup(*schema, accept.contains(QLatin1String("xed-full"))));
}

Response SchemaRegistryService::listDescriptors(const Call& call) const
{
    const QString accept = acceptOf(call);
    if (!accept.contains(QLatin1String("application/vnd.adobe.xdm")))
        return error(QStringLiteral("1008-400"),
                     QStringLiteral("Invalid Accept header"),
                     QStringLiteral("The Accept header must be application/vnd.adobe.xdm+json or xdm-id+json."),
                     call.requestId());
    QJsonObject grouped;
    QJsonArray ids;
    for (const QJsonValue value : SchemaContent::descriptors()) {
        const QJsonObject descriptor = value.toObject();
        if (!FlowConventions::matchesFilters(call.request.query, descriptor))
            continue;
        const QString type = descriptor.value(QLatin1String("@type")).toString();
        QJsonArray ofType = grouped.value(type).toArray();
        ofType.append(descriptor);
        grouped.insert(type, ofType);
        ids.append(descriptor.value(QLatin1String("@id")));
    }
    if (accept.contains(QLatin1String("xdm-id+json")))
        return Replies::json(200, {{QStringLiteral("xdm:descriptors"), ids}});
    return Replies::json(200, grouped);
}

} // namespace Inlet::Sim
