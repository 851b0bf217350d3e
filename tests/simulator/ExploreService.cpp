#include "ExploreService.h"

#include "ExploreContent.h"
#include "FlowConventions.h"
#include "FlowService.h"
#include "Replies.h"

#include <QJsonDocument>

namespace Inlet::Sim {

namespace {

const QString kSnowflakeStreamingSpec = QStringLiteral("51ae16c2-bdad-42fd-9fce-8d5dfddaf140");

QString queryValue(const QUrlQuery& query, const char* name)
{
    return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

Response refused(ExploreContent::Refusal refusal, const QString& path, const QString& requestId)
{
    if (refusal == ExploreContent::Refusal::Forbidden)
        return FlowConventions::error(QStringLiteral("1120-403"),
                                      QStringLiteral("Forbidden"),
                                      QStringLiteral("Permission denied: the account of this connection may not read "
                                                     "'%1'.")
                                          .arg(path),
                                      requestId);
    return FlowConventions::error(QStringLiteral("1101-404"),
                                  QStringLiteral("Resource not found"),
                                  QStringLiteral("The object '%1' was not found in the source.").arg(path),
                                  requestId);
}

QJsonObject objectAnswer(const ExploreContent::Table& table, bool preview)
{
    QJsonObject answer{{QStringLiteral("format"), QStringLiteral("flat")},
                       {QStringLiteral("schema"), QJsonObject{{QStringLiteral("columns"), table.columns}}}};
    if (preview) {
        QJsonArray data;
        for (const QJsonObject& row : table.rows.mid(0, ExploreContent::kPreviewRows))
            data.append(row);
        answer.insert(QStringLiteral("data"), data);
    }
    return answer;
}

// The file read with the wrong delimiter: one column per line, named by the whole header line.
ExploreContent::Table asOneColumn(const ExploreContent::Table& table, const QString& delimiter)
{
    QStringList header;
    for (const QJsonValue column : table.columns)
        header << column.toObject().value(QLatin1String("name")).toString();
    const QString name = header.join(delimiter);
    ExploreContent::Table lines;
    lines.columns.append(
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("xdm"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    for (const QJsonObject& row : table.rows) {
        QStringList cells;
        for (const QString& column : std::as_const(header))
            cells << row.value(column).toString();
        lines.rows << QJsonObject{{name, cells.join(delimiter)}};
    }
    return lines;
}

} // namespace

ExploreService::ExploreService(const SimulatorOptions& options, const FlowService* connections)
    : m_options(options)
    , m_connections(connections)
{
}

QString ExploreService::prefix() const
{
    return FlowConventions::prefix();
}

void ExploreService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/connections/{id}/explore"), [this](const Call& call) { return explore(call); });
}

void ExploreService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("exploreRequests"), m_explored);
}

void ExploreService::reset()
{
    m_explored = 0;
}

Response ExploreService::explore(const Call& call)
{
    ++m_explored;
    const QString requestId = call.requestId();
    const QString id = call.argument(QStringLiteral("id"));
    const auto connection = m_connections->connectionView(call.sandbox(), id);
    if (!connection)
        return FlowService::connectionNotFound(id, requestId);
    const QUrlQuery& query = call.request.query;
    const QString objectType = queryValue(query, "objectType").toLower();
    const QString object = queryValue(query, "object");
    const bool preview = queryValue(query, "preview").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const ExploreContent content(ExploreContent::familyOf(connection->specId, connection->category),
                                 connection->specId,
                                 connection->params,
                                 m_options.exploreRootTables);
    ExploreContent::Refusal refusal = ExploreContent::Refusal::None;

    if (objectType == QLatin1String("root") || objectType == QLatin1String("folder")) {
        if (objectType == QLatin1String("folder") && object.isEmpty())
            return FlowConventions::invalidRequest(QStringLiteral("The query parameter 'object' is required."),
                                                   requestId);
        const QJsonArray items = content.level(objectType == QLatin1String("root") ? QString() : object, &refusal);
        if (refusal != ExploreContent::Refusal::None)
            return refused(refusal, object, requestId);
        // Most sources answer a bare array; Snowflake streaming wraps it in "items".
        const QByteArray body = connection->specId == kSnowflakeStreamingSpec
            ? Replies::compact({{QStringLiteral("items"), items}})
            : QJsonDocument(items).toJson(QJsonDocument::Compact);
        return Response{200, QByteArrayLiteral("application/json"), {}, body};
    }
    if (objectType == QLatin1String("table")) {
        const auto table = content.table(object, &refusal);
        if (!table)
            return refused(refusal, object, requestId);
        return Replies::json(200, objectAnswer(*table, preview));
    }
    if (objectType == QLatin1String("file")) {
        const bool determine =
            queryValue(query, "determineProperties").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        const QString fileType = queryValue(query, "fileType").toLower();
        const QString delimiter = queryValue(query, "columnDelimiter");
        const QString compression = queryValue(query, "compressionType");
        if (determine && (!fileType.isEmpty() || !delimiter.isEmpty() || !compression.isEmpty()))
            return FlowConventions::invalidRequest(
                QStringLiteral("determineProperties cannot be combined with fileType, columnDelimiter or "
                               "compressionType."),
                requestId);
        const auto file = content.file(object, &refusal);
        if (!file) {
            if (refusal != ExploreContent::Refusal::None)
                return refused(refusal, object, requestId);
            return FlowConventions::invalidRequest(
                QStringLiteral("The file '%1' is not a supported format and cannot be previewed.").arg(object),
                requestId);
        }
        if (determine) {
            QJsonObject properties{{QStringLiteral("fileType"), file->fileType}};
            if (!file->delimiter.isEmpty())
                properties.insert(QStringLiteral("columnDelimiter"), file->delimiter);
            if (!file->compression.isEmpty())
                properties.insert(QStringLiteral("compressionType"), file->compression);
            QJsonObject answer = objectAnswer(file->content, preview);
            answer.insert(QStringLiteral("properties"), properties);
            return Replies::json(200, answer);
        }
        if (fileType.isEmpty())
            return FlowConventions::invalidRequest(
                QStringLiteral("The query parameter 'fileType' (delimited, json or parquet) is required."), requestId);
        if (fileType != file->fileType)
            return FlowConventions::invalidRequest(
                QStringLiteral("The file '%1' could not be read as %2.").arg(object, fileType), requestId);
        if (compression != file->compression)
            return FlowConventions::invalidRequest(
                file->compression.isEmpty()
                    ? QStringLiteral("The file '%1' is not compressed with %2.").arg(object, compression)
                    : QStringLiteral("The file '%1' is compressed; set compressionType.").arg(object),
                requestId);
        if (fileType == QLatin1String("delimited") && delimiter != file->delimiter)
            return Replies::json(200, objectAnswer(asOneColumn(file->content, file->delimiter), preview));
        return Replies::json(200, objectAnswer(file->content, preview));
    }
    return FlowConventions::invalidRequest(
        QStringLiteral("The query parameter 'objectType' must be root, folder, table or file."), requestId);
}

} // namespace Inlet::Sim
