#include "FlowService.h"

#include "FlowConventions.h"
#include "Identifiers.h"
#include "Replies.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Inlet::Sim {

using FlowConventions::invalidRequest;

namespace {

const char* const kMask = "********";

bool typeMatches(SchemaProperty::Type type, const QJsonValue& value)
{
    switch (type) {
    case SchemaProperty::Type::String:
        return value.isString();
    case SchemaProperty::Type::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case SchemaProperty::Type::Number:
        return value.isDouble();
    case SchemaProperty::Type::Boolean:
        return value.isBool();
    }
    return false;
}

// What Platform's JSON Schema check says of a value of the right type that breaks the schema's other
// keywords (enum, pattern, length, range, "format": "uri"), or an empty string.
QString formatProblem(const SchemaProperty& property, const QJsonValue& value)
{
    if (property.isChoice()) {
        const QVariant given = value.toVariant();
        const bool listed = std::any_of(property.enumValues.cbegin(),
                                        property.enumValues.cend(),
                                        [&](const QVariant& v) { return v.toString() == given.toString(); });
        if (!listed)
            return QStringLiteral("must be one of the auth spec's enum values");
    }
    if (property.type == SchemaProperty::Type::Integer || property.type == SchemaProperty::Type::Number) {
        const double number = value.toDouble();
        if ((property.minimum && number < *property.minimum) || (property.maximum && number > *property.maximum))
            return QStringLiteral("is out of the allowed range");
        return QString();
    }
    if (property.type != SchemaProperty::Type::String)
        return QString();
    const QString text = value.toString();
    const qsizetype length = text.toUcs4().size();
    if ((property.minLength && length < *property.minLength) || (property.maxLength && length > *property.maxLength))
        return QStringLiteral("does not have an allowed length");
    if (!property.pattern.isEmpty() && !QRegularExpression(property.pattern).match(text).hasMatch())
        return QStringLiteral("does not match the pattern '%1'").arg(property.pattern);
    if (property.format == QLatin1String("uri")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return QStringLiteral("must be an absolute URI");
    }
    return QString();
}

} // namespace

Response FlowService::connectionNotFound(const QString& id, const QString& requestId)
{
    return FlowConventions::error(QStringLiteral("1101-404"),
                                  QStringLiteral("Resource not found"),
                                  QStringLiteral("The requested connections resource %1 is not found. Verify the "
                                                 "resource ID before trying again.")
                                      .arg(id),
                                  requestId);
}

std::optional<FlowService::ConnectionView> FlowService::connectionView(const QString& sandbox, const QString& id) const
{
    for (const Connection& connection : m_connections) {
        if (connection.id == id && connection.sandbox == sandbox) {
            const ConnectionSpec* connectionSpec = spec(connection.specId);
            return ConnectionView{
                connection.specId, connectionSpec ? connectionSpec->category : QString(), connection.params};
        }
    }
    return std::nullopt;
}

std::optional<QList<ConnectionSpec>> FlowService::loadSpecs(const QString& catalogFile, QString* error)
{
    if (catalogFile.isEmpty()) {
        const Catalog catalog = Catalog::bundled();
        if (catalog.specs().isEmpty()) {
            *error =
                QStringLiteral("the bundled catalog is empty: %1").arg(catalog.errors().join(QStringLiteral("; ")));
            return std::nullopt;
        }
        return catalog.specs();
    }
    QFile file(catalogFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(catalogFile, file.errorString());
        return std::nullopt;
    }
    const CatalogPage page = CatalogParser::parse(file.readAll());
    if (!page.documentValid || page.specs.isEmpty()) {
        *error = QStringLiteral("%1 holds no usable connection spec: %2")
                     .arg(catalogFile, page.errors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return page.specs;
}

FlowService::FlowService(const SimulatorOptions& options, QList<ConnectionSpec> specs)
    : m_options(options)
    , m_specs(std::move(specs))
{
}

QString FlowService::prefix() const
{
    return FlowConventions::prefix();
}

void FlowService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/connectionSpecs"), [this](const Call& call) { return listSpecs(call); });
    routes.get(QStringLiteral("/connectionSpecs/{id}"), [this](const Call& call) { return getSpec(call); });
    routes.post(QStringLiteral("/connections"), [this](const Call& call) { return createConnection(call); });
    routes.get(QStringLiteral("/connections"), [this](const Call& call) { return listConnections(call); });
    routes.get(QStringLiteral("/connections/{id}"), [this](const Call& call) { return getConnection(call); });
    routes.patch(QStringLiteral("/connections/{id}"), [this](const Call& call) { return patchConnection(call); });
    routes.remove(QStringLiteral("/connections/{id}"), [this](const Call& call) { return deleteConnection(call); });
}

void FlowService::addAdminRoutes(Routes& admin)
{
    admin.get(QStringLiteral("/connections"), [this](const Call&) {
        return Replies::json(200, {{QStringLiteral("items"), connectionsJson()}});
    });
}

Response FlowService::notFound(const Call& call) const
{
    return FlowConventions::error(QStringLiteral("1101-404"),
                                  QStringLiteral("Resource not found"),
                                  QStringLiteral("The requested resource %1 is not found.").arg(call.path),
                                  call.requestId());
}

void FlowService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("connectionCount"), int(m_connections.size()));
    stats->insert(QStringLiteral("connectionsCreated"), m_connectionsCreated);
}

void FlowService::reset()
{
    m_connections.clear();
    m_connectionsCreated = 0;
}

const ConnectionSpec* FlowService::spec(const QString& id) const
{
    for (const ConnectionSpec& s : m_specs) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Response FlowService::listSpecs(const Call& call) const
{
    const QStringList names = FlowConventions::propertyValues(call.request.query, QStringLiteral("name"));
    const QStringList ids = FlowConventions::propertyValues(call.request.query, QStringLiteral("id"));
    QList<QByteArray> items;
    for (const ConnectionSpec& s : m_specs) {
        if ((!names.isEmpty() && !names.contains(s.name)) || (!ids.isEmpty() && !ids.contains(s.id)))
            continue;
        items << s.sourceJson; // verbatim, property order kept
    }
    return FlowConventions::page(call.request, items, QStringLiteral("/connectionSpecs"), m_options.pageSize);
}

Response FlowService::getSpec(const Call& call) const
{
    const QString id = call.argument(QStringLiteral("id"));
    const ConnectionSpec* s = spec(id);
    if (!s)
        return FlowConventions::error(QStringLiteral("1101-404"),
                                      QStringLiteral("Resource not found"),
                                      QStringLiteral("The requested connectionSpecs resource %1 is not found.").arg(id),
                                      QString());
    return Response{200, QByteArrayLiteral("application/json"), {}, "{\"items\":[" + s->sourceJson + "]}"};
}

std::optional<Response>
FlowService::validateParams(const AuthSpec& authSpec, const QJsonObject& params, const QString& requestId)
{
    for (const SchemaProperty& property : authSpec.properties) {
        const QJsonValue value = params.value(property.name);
        const bool missing =
            value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
        if (missing) {
            if (property.required)
                return invalidRequest(QStringLiteral("The field 'auth.params.%1' is required by the auth spec '%2'.")
                                          .arg(property.name, authSpec.name),
                                      requestId);
            continue;
        }
        if (!typeMatches(property.type, value))
            return invalidRequest(QStringLiteral("The field 'auth.params.%1' must be of type %2.")
                                      .arg(property.name, SchemaProperty::typeName(property.type)),
                                  requestId);
        if (const QString problem = formatProblem(property, value); !problem.isEmpty())
            return invalidRequest(QStringLiteral("The field 'auth.params.%1' %2.").arg(property.name, problem),
                                  requestId);
    }
    return std::nullopt;
}

Response FlowService::createConnection(const Call& call)
{
    const QString requestId = call.requestId();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalidRequest(QStringLiteral("The request body is not a valid JSON object."), requestId);
    const QJsonObject body = document.object();
    const QString name = body.value(QLatin1String("name")).toString();
    if (name.trimmed().isEmpty())
        return invalidRequest(QStringLiteral("The field 'name' is required."), requestId);
    if (body.contains(QLatin1String("description")) && !body.value(QLatin1String("description")).isString())
        return invalidRequest(QStringLiteral("The field 'description' must be of type string."), requestId);
    const QJsonObject specRef = body.value(QLatin1String("connectionSpec")).toObject();
    const QString specId = specRef.value(QLatin1String("id")).toString();
    if (specId.isEmpty())
        return invalidRequest(QStringLiteral("The field 'connectionSpec.id' is required."), requestId);
    const ConnectionSpec* connectionSpec = spec(specId);
    if (!connectionSpec)
        return FlowConventions::error(QStringLiteral("1413-400"),
                                      QStringLiteral("Invalid request"),
                                      QStringLiteral("The connection spec ID '%1' is not valid.").arg(specId),
                                      requestId);
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    const QString specName = auth.value(QLatin1String("specName")).toString();
    if (specName.isEmpty())
        return invalidRequest(QStringLiteral("The field 'auth.specName' is required."), requestId);
    const AuthSpec* authSpec = connectionSpec->authSpec(specName);
    if (!authSpec)
        return FlowConventions::error(
            QStringLiteral("1415-400"),
            QStringLiteral("Invalid request"),
            QStringLiteral("The auth spec '%1' could not be found for the connection spec ID %2.")
                .arg(specName, specId),
            requestId);
    if (!auth.value(QLatin1String("params")).isObject())
        return invalidRequest(QStringLiteral("The field 'auth.params' is required."), requestId);
    const QJsonObject params = auth.value(QLatin1String("params")).toObject();
    if (auto invalid = validateParams(*authSpec, params, requestId))
        return *invalid;

    Connection connection;
    connection.id = Identifiers::uuid();
    connection.name = name;
    connection.description = body.value(QLatin1String("description")).toString();
    connection.specId = specId;
    connection.specVersion = specRef.value(QLatin1String("version")).toString(connectionSpec->version);
    connection.authSpecName = specName;
    connection.params = params;
    connection.sandbox = call.sandbox();
    connection.etag = Identifiers::etag();
    connection.createdAt = connection.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_connections.append(connection);
    ++m_connectionsCreated;

    Response response =
        Replies::json(201, {{QStringLiteral("id"), connection.id}, {QStringLiteral("etag"), connection.etag}});
    response.headers << qMakePair(QByteArrayLiteral("Location"),
                                  (prefix() + QStringLiteral("/connections/") + connection.id).toUtf8());
    return response;
}

QJsonObject FlowService::connectionItem(const Connection& connection, bool masked) const
{
    QJsonObject params = connection.params;
    if (masked) {
        const ConnectionSpec* s = spec(connection.specId);
        const AuthSpec* authSpec = s ? s->authSpec(connection.authSpecName) : nullptr;
        const QSet<QString> secret = authSpec ? authSpec->secretPropertyNames() : QSet<QString>();
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (secret.contains(it.key()))
                it.value() = QString::fromLatin1(kMask);
        }
    }
    return QJsonObject{
        {QStringLiteral("id"), connection.id},
        {QStringLiteral("createdAt"), connection.createdAt},
        {QStringLiteral("updatedAt"), connection.updatedAt},
        {QStringLiteral("createdBy"), QStringLiteral("inlet-platform-sim@AdobeID")},
        {QStringLiteral("updatedBy"), QStringLiteral("inlet-platform-sim@AdobeID")},
        {QStringLiteral("createdClient"), QStringLiteral("inlet-platform-sim")},
        {QStringLiteral("updatedClient"), QStringLiteral("inlet-platform-sim")},
        {QStringLiteral("sandboxName"), connection.sandbox},
        {QStringLiteral("name"), connection.name},
        {QStringLiteral("description"), connection.description},
        {QStringLiteral("connectionSpec"),
         QJsonObject{{QStringLiteral("id"), connection.specId}, {QStringLiteral("version"), connection.specVersion}}},
        {QStringLiteral("state"), QStringLiteral("enabled")},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("specName"), connection.authSpecName}, {QStringLiteral("params"), params}}},
        {QStringLiteral("version"), connection.etag},
        {QStringLiteral("etag"), connection.etag}};
}

Response FlowService::listConnections(const Call& call) const
{
    const QString sandbox = call.sandbox();
    const QStringList specIds =
        FlowConventions::propertyValues(call.request.query, QStringLiteral("connectionSpec.id"));
    const QStringList names = FlowConventions::propertyValues(call.request.query, QStringLiteral("name"));
    QList<QByteArray> items;
    for (const Connection& connection : m_connections) {
        if (connection.sandbox != sandbox)
            continue;
        if ((!specIds.isEmpty() && !specIds.contains(connection.specId))
            || (!names.isEmpty() && !names.contains(connection.name)))
            continue;
        items << Replies::compact(connectionItem(connection, true));
    }
    if (call.request.query.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        return Replies::json(200, {{QStringLiteral("count"), int(items.size())}});
    return FlowConventions::page(call.request, items, QStringLiteral("/connections"), m_options.pageSize);
}

FlowService::Connection* FlowService::findConnection(const Call& call)
{
    const QString id = call.argument(QStringLiteral("id"));
    const QString sandbox = call.sandbox();
    for (Connection& connection : m_connections) {
        if (connection.id == id && connection.sandbox == sandbox)
            return &connection;
    }
    return nullptr;
}

Response FlowService::getConnection(const Call& call)
{
    const Connection* connection = findConnection(call);
    if (!connection)
        return connectionNotFound(call.argument(QStringLiteral("id")), call.requestId());
    return Replies::json(200, {{QStringLiteral("items"), QJsonArray{connectionItem(*connection, true)}}});
}

Response FlowService::patchConnection(const Call& call)
{
    const QString id = call.argument(QStringLiteral("id"));
    const QString requestId = call.requestId();
    Connection* connection = findConnection(call);
    if (!connection)
        return connectionNotFound(id, requestId);
    const Request& request = call.request;
    if (!request.hasHeader("If-Match") || request.header("If-Match").trimmed().isEmpty())
        return FlowConventions::error(QStringLiteral("1403-400"),
                                      QStringLiteral("Invalid request"),
                                      QStringLiteral("The header 'If-Match' is missing in the request."),
                                      requestId);
    const QString supplied = QString::fromUtf8(request.header("If-Match"));
    if (!Identifiers::sameEtag(supplied, connection->etag))
        return FlowConventions::error(
            QStringLiteral("1404-412"),
            QStringLiteral("Precondition failed"),
            QStringLiteral("The supplied version '%1' does not match the current version on entity %2.")
                .arg(supplied, id),
            requestId);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty())
        return invalidRequest(QStringLiteral("The request body must be a non-empty JSON-Patch array."), requestId);

    Connection updated = *connection;
    for (const QJsonValue value : document.array()) {
        const QJsonObject operation = value.toObject();
        const QString op = operation.value(QLatin1String("op")).toString().toLower();
        const QString path = operation.value(QLatin1String("path")).toString();
        const QJsonValue newValue = operation.value(QLatin1String("value"));
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove"))
            return invalidRequest(QStringLiteral("The field 'op' must be add, replace or remove."), requestId);
        const bool remove = op == QLatin1String("remove");
        if (path == QLatin1String("/name")) {
            if (remove || !newValue.isString() || newValue.toString().trimmed().isEmpty())
                return invalidRequest(QStringLiteral("The field 'name' must be a non-empty string."), requestId);
            updated.name = newValue.toString();
        } else if (path == QLatin1String("/description")) {
            updated.description = remove ? QString() : newValue.toString();
        } else if (path == QLatin1String("/auth/params")) {
            if (remove || !newValue.isObject())
                return invalidRequest(QStringLiteral("The field 'auth.params' must be an object."), requestId);
            updated.params = newValue.toObject();
        } else if (path.startsWith(QLatin1String("/auth/params/"))) {
            const QString param = path.mid(QStringLiteral("/auth/params/").size());
            if (remove)
                updated.params.remove(param);
            else
                updated.params.insert(param, newValue);
        } else if (path.startsWith(QLatin1String("/connectionSpec"))) {
            return FlowConventions::error(QStringLiteral("1414-400"),
                                          QStringLiteral("Invalid request"),
                                          QStringLiteral("The connection spec of a connection cannot be updated."),
                                          requestId);
        } else {
            return FlowConventions::error(QStringLiteral("1455-400"),
                                          QStringLiteral("Invalid request"),
                                          QStringLiteral("The patch path '%1' is not valid.").arg(path),
                                          requestId);
        }
    }
    const ConnectionSpec* s = spec(updated.specId);
    if (const AuthSpec* authSpec = s ? s->authSpec(updated.authSpecName) : nullptr) {
        if (auto invalid = validateParams(*authSpec, updated.params, requestId))
            return *invalid;
    }
    updated.etag = Identifiers::etag();
    updated.updatedAt = QDateTime::currentMSecsSinceEpoch();
    *connection = updated;
    return Replies::json(200, {{QStringLiteral("id"), updated.id}, {QStringLiteral("etag"), updated.etag}});
}

Response FlowService::deleteConnection(const Call& call)
{
    const QString id = call.argument(QStringLiteral("id"));
    if (!findConnection(call))
        return connectionNotFound(id, call.requestId());
    m_connections.removeIf([&](const Connection& c) { return c.id == id; });
    return Replies::noContent();
}

QJsonArray FlowService::connectionsJson() const
{
    QJsonArray array;
    for (const Connection& connection : m_connections)
        array.append(connectionItem(connection, false));
    return array;
}

} // namespace Inlet::Sim
