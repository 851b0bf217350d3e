#include "PlatformSimulator.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace Inlet::Sim {

namespace {

const char* const kMask = "********";
const QString kSnowflakeStreamingSpec = QStringLiteral("51ae16c2-bdad-42fd-9fce-8d5dfddaf140");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Response jsonResponse(int status, const QJsonObject& object)
{
    return Response{status, QByteArrayLiteral("application/json"), {}, json(object)};
}

// Gateway envelope: {"error_code": "401013", "message": "Oauth token is not valid"}
Response gatewayError(int status, const QString& code, const QString& message)
{
    return jsonResponse(status, {{QStringLiteral("error_code"), code}, {QStringLiteral("message"), message}});
}

// Flow Service problem body, e.g. code "1415-400".
Response flowError(const QString& code, const QString& title, const QString& message, const QString& requestId)
{
    const int status = code.section(QLatin1Char('-'), 1).toInt();
    QJsonObject report{{QStringLiteral("detailed-message"), message}, {QStringLiteral("request-id"), requestId}};
    return jsonResponse(status,
                        {{QStringLiteral("type"), QStringLiteral("https://ns.adobe.com/aep/errors/FLOW-") + code},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("report"), report},
                         {QStringLiteral("errorMessage"), message},
                         {QStringLiteral("errorDetails"), message}});
}

Response invalidRequest(const QString& message, const QString& requestId)
{
    return flowError(QStringLiteral("1100-400"), QStringLiteral("Invalid request"), message, requestId);
}

QString unquoted(QString etag)
{
    etag = etag.trimmed();
    if (etag.startsWith(QLatin1String("W/")))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

QString newEtag()
{
    // Shaped like Platform's: "0c0099f4-0000-0200-0000-67da91710000"
    const quint32 a = QRandomGenerator::global()->generate();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QStringLiteral("\"%1-0000-0200-0000-%2\"")
        .arg(a, 8, 16, QLatin1Char('0'))
        .arg(QString::number(now, 16).rightJustified(8, QLatin1Char('0')) + QStringLiteral("0000"));
}

QString randomLowerAlnum(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return result;
}

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

// "connectionSpec.id==a,b" → {a, b}; other properties are ignored.
QStringList propertyValues(const QUrlQuery& query, const QString& property)
{
    QStringList values;
    for (const QString& filter : query.allQueryItemValues(QStringLiteral("property"), QUrl::FullyDecoded)) {
        const QString prefix = property + QStringLiteral("==");
        if (filter.startsWith(prefix)) {
            for (QString value : filter.mid(prefix.size()).split(QLatin1Char(','))) {
                value = value.trimmed();
                if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                    value = value.mid(1, value.size() - 2);
                values << value;
            }
        }
    }
    return values;
}

} // namespace

PlatformSimulator::PlatformSimulator(SimulatorOptions options)
    : m_options(std::move(options))
{
}

QByteArray PlatformSimulator::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

bool PlatformSimulator::loadCatalog(QString* error)
{
    if (m_options.catalogFile.isEmpty()) {
        const Catalog catalog = Catalog::bundled();
        m_specs = catalog.specs();
        if (m_specs.isEmpty()) {
            *error =
                QStringLiteral("the bundled catalog is empty: %1").arg(catalog.errors().join(QStringLiteral("; ")));
            return false;
        }
        return true;
    }
    QFile file(m_options.catalogFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_options.catalogFile, file.errorString());
        return false;
    }
    const CatalogPage page = CatalogParser::parse(file.readAll());
    m_specs = page.specs;
    if (!page.documentValid || m_specs.isEmpty()) {
        *error = QStringLiteral("%1 holds no usable connection spec: %2")
                     .arg(m_options.catalogFile, page.errors.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

const ConnectionSpec* PlatformSimulator::spec(const QString& id) const
{
    for (const ConnectionSpec& s : m_specs) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Response PlatformSimulator::handle(const Request& request)
{
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    if (request.path == imsTokenPath())
        return imsToken(request);
    const bool flow = request.path == flowPrefix() || request.path.startsWith(flowPrefix() + QLatin1Char('/'));
    const bool zone =
        request.path == landingZonePrefix() || request.path.startsWith(landingZonePrefix() + QLatin1Char('/'));
    if (!flow && !zone)
        return gatewayError(404, QStringLiteral("404000"), QStringLiteral("Resource not found"));
    if (auto refused = gatewayCheck(request))
        return *refused;
    QString path = request.path.mid((flow ? flowPrefix() : landingZonePrefix()).size());
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return flow ? flowService(request, path) : landingZone(request, path);
}

Response PlatformSimulator::imsToken(const Request& request)
{
    if (request.method != "POST")
        return jsonResponse(405, {{QStringLiteral("error"), QStringLiteral("method_not_allowed")}});
    ++m_imsTokenRequests;
    // Parameters may come in the form body or the query (IMS accepts both).
    QUrlQuery form(QString::fromUtf8(request.body));
    auto field = [&](const char* name) {
        const QString key = QString::fromLatin1(name);
        QString value = form.queryItemValue(key, QUrl::FullyDecoded);
        if (value.isEmpty())
            value = request.query.queryItemValue(key, QUrl::FullyDecoded);
        return value;
    };
    auto oauthError = [](int status, const char* code, const QString& description) {
        return jsonResponse(
            status,
            {{QStringLiteral("error"), QString::fromLatin1(code)}, {QStringLiteral("error_description"), description}});
    };
    if (field("grant_type") != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type", QStringLiteral("grant_type must be client_credentials"));
    const QString clientId = field("client_id");
    const QString secret = field("client_secret");
    if (clientId.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("missing client_id parameter"));
    if (secret.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("missing client_secret parameter"));
    if (field("scope").isEmpty())
        return oauthError(400, "invalid_scope", QStringLiteral("missing scope parameter"));
    if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
        return oauthError(400, "invalid_client", QStringLiteral("invalid client_id parameter"));
    if (!m_options.clientSecret.isEmpty() && secret != m_options.clientSecret)
        return oauthError(401, "invalid_client", QStringLiteral("invalid client_secret parameter"));

    const QString token = QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token,
                    TokenInfo{clientId, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenLifetimeSeconds)});
    return jsonResponse(200,
                        {{QStringLiteral("access_token"), token},
                         {QStringLiteral("token_type"), QStringLiteral("bearer")},
                         {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds}});
}

std::optional<Response> PlatformSimulator::gatewayCheck(const Request& request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.trimmed().isEmpty())
        return gatewayError(403, QStringLiteral("403010"), QStringLiteral("Oauth token is missing."));
    if (!authorization.startsWith("Bearer "))
        return gatewayError(401, QStringLiteral("401013"), QStringLiteral("Oauth token is not valid"));
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    const bool isStatic = !m_options.staticToken.isEmpty() && token == m_options.staticToken;
    const auto info = m_tokens.constFind(token);
    if (!isStatic && (info == m_tokens.constEnd() || info->expiresAt <= QDateTime::currentDateTimeUtc()))
        return gatewayError(401, QStringLiteral("401013"), QStringLiteral("Oauth token is not valid"));
    const QString apiKey = QString::fromUtf8(request.header("x-api-key"));
    if (apiKey.isEmpty())
        return gatewayError(403, QStringLiteral("403000"), QStringLiteral("Api Key is required"));
    if (!isStatic && apiKey != info->clientId)
        return gatewayError(403, QStringLiteral("403003"), QStringLiteral("Api Key is invalid"));
    const QString org = QString::fromUtf8(request.header("x-gw-ims-org-id"));
    if (org.isEmpty())
        return gatewayError(400, QStringLiteral("400003"), QStringLiteral("Missing header"));
    if (!m_options.orgId.isEmpty() && org != m_options.orgId)
        return gatewayError(403, QStringLiteral("403025"), QStringLiteral("Profile is not valid"));
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    const QString sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    if (sandbox.isEmpty())
        return flowError(QStringLiteral("2105-400"),
                         QStringLiteral("Bad request"),
                         QStringLiteral("The header 'x-sandbox-name' is missing in the request."),
                         requestId);
    if (!m_options.sandboxes.isEmpty() && !m_options.sandboxes.contains(sandbox))
        return flowError(QStringLiteral("2100-404"),
                         QStringLiteral("Resource not found"),
                         QStringLiteral("The sandbox '%1' was not found.").arg(sandbox),
                         requestId);
    const bool hasBody = request.method == "POST" || request.method == "PATCH" || request.method == "PUT";
    if (hasBody && !request.body.isEmpty() && !request.header("Content-Type").startsWith("application/json")) {
        QJsonObject body{{QStringLiteral("type"), QStringLiteral("/placeholder/type/uri")},
                         {QStringLiteral("status"), 400},
                         {QStringLiteral("title"), QStringLiteral("BadRequestError")},
                         {QStringLiteral("detail"), QStringLiteral("A valid content-type must be specified")}};
        return jsonResponse(400, body);
    }
    return std::nullopt;
}

Response PlatformSimulator::expireTokenOf(const Request& request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        m_tokens.remove(QString::fromUtf8(authorization.mid(7).trimmed()));
    return gatewayError(401, QStringLiteral("401013"), QStringLiteral("Oauth token is not valid"));
}

void PlatformSimulator::expireAllTokens()
{
    m_tokens.clear();
}

void PlatformSimulator::reset()
{
    m_connections.clear();
    m_tokens.clear();
    m_landingZones.clear();
    m_revokedSignatures.clear();
    m_imsTokenRequests = 0;
    m_connectionsCreated = 0;
}

Response PlatformSimulator::flowService(const Request& request, const QString& path)
{
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto methodNotAllowed = [] {
        return gatewayError(405, QStringLiteral("405000"), QStringLiteral("Method not allowed"));
    };
    if (segments.value(0) == QLatin1String("connectionSpecs")) {
        if (request.method != "GET")
            return methodNotAllowed();
        if (segments.size() == 1)
            return listSpecs(request);
        if (segments.size() == 2)
            return getSpec(segments.at(1));
    } else if (segments.value(0) == QLatin1String("connections")) {
        if (segments.size() == 1) {
            if (request.method == "POST")
                return createConnection(request);
            if (request.method == "GET")
                return listConnections(request);
            return methodNotAllowed();
        }
        const QString id = segments.at(1);
        if (segments.size() == 2) {
            if (request.method == "GET")
                return getConnection(request, id);
            if (request.method == "PATCH")
                return patchConnection(request, id);
            if (request.method == "DELETE")
                return deleteConnection(request, id);
            return methodNotAllowed();
        }
        if (segments.size() == 3 && segments.at(2) == QLatin1String("explore")) {
            if (request.method != "GET")
                return methodNotAllowed();
            return explore(request, id);
        }
    }
    return flowError(QStringLiteral("1101-404"),
                     QStringLiteral("Resource not found"),
                     QStringLiteral("The requested resource %1 is not found.").arg(path),
                     requestId);
}

Response PlatformSimulator::page(const Request& request, const QList<QByteArray>& items, const QString& relativePath)
{
    int size = m_options.pageSize > 0 ? m_options.pageSize : int(items.size());
    bool limitOk = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (limitOk && limit > 0)
        size = std::min(size, limit);
    int offset = 0;
    const QString token = request.query.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        bool ok = false;
        offset = QString::fromLatin1(QByteArray::fromBase64(token.toLatin1())).section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok || offset < 0 || offset > items.size())
            return invalidRequest(QStringLiteral("continuationToken is not valid"),
                                  QString::fromLatin1(request.header("x-request-id")));
    }
    const QList<QByteArray> slice = items.mid(offset, size);
    QByteArray body = "{\"items\":[" + slice.join(',') + ']';
    if (offset + size < items.size()) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("continuationToken"));
        next.addQueryItem(QStringLiteral("continuationToken"),
                          QString::fromLatin1(QByteArray("page:" + QByteArray::number(offset + size)).toBase64()));
        const QString href = relativePath + QLatin1Char('?') + next.toString(QUrl::FullyEncoded);
        body += ",\"_links\":{\"next\":{\"href\":"
            + QJsonDocument(QJsonArray{href}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + "}}";
    }
    body += '}';
    return Response{200, QByteArrayLiteral("application/json"), {}, body};
}

Response PlatformSimulator::listSpecs(const Request& request)
{
    const QStringList names = propertyValues(request.query, QStringLiteral("name"));
    const QStringList ids = propertyValues(request.query, QStringLiteral("id"));
    QList<QByteArray> items;
    for (const ConnectionSpec& s : m_specs) {
        if ((!names.isEmpty() && !names.contains(s.name)) || (!ids.isEmpty() && !ids.contains(s.id)))
            continue;
        items << s.sourceJson; // verbatim, property order kept
    }
    return page(request, items, QStringLiteral("/connectionSpecs"));
}

Response PlatformSimulator::getSpec(const QString& id)
{
    const ConnectionSpec* s = spec(id);
    if (!s)
        return flowError(QStringLiteral("1101-404"),
                         QStringLiteral("Resource not found"),
                         QStringLiteral("The requested connectionSpecs resource %1 is not found.").arg(id),
                         QString());
    return Response{200, QByteArrayLiteral("application/json"), {}, "{\"items\":[" + s->sourceJson + "]}"};
}

std::optional<Response>
PlatformSimulator::validateParams(const AuthSpec& authSpec, const QJsonObject& params, const QString& requestId)
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
    }
    return std::nullopt;
}

Response PlatformSimulator::createConnection(const Request& request)
{
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
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
        return flowError(QStringLiteral("1413-400"),
                         QStringLiteral("Invalid request"),
                         QStringLiteral("The connection spec ID '%1' is not valid.").arg(specId),
                         requestId);
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    const QString specName = auth.value(QLatin1String("specName")).toString();
    if (specName.isEmpty())
        return invalidRequest(QStringLiteral("The field 'auth.specName' is required."), requestId);
    const AuthSpec* authSpec = connectionSpec->authSpec(specName);
    if (!authSpec)
        return flowError(QStringLiteral("1415-400"),
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
    connection.id = uuid();
    connection.name = name;
    connection.description = body.value(QLatin1String("description")).toString();
    connection.specId = specId;
    connection.specVersion = specRef.value(QLatin1String("version")).toString(connectionSpec->version);
    connection.authSpecName = specName;
    connection.params = params;
    connection.sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    connection.etag = newEtag();
    connection.createdAt = connection.updatedAt = QDateTime::currentMSecsSinceEpoch();
    m_connections.append(connection);
    ++m_connectionsCreated;

    Response response =
        jsonResponse(201, {{QStringLiteral("id"), connection.id}, {QStringLiteral("etag"), connection.etag}});
    response.headers << qMakePair(QByteArrayLiteral("Location"),
                                  (flowPrefix() + QStringLiteral("/connections/") + connection.id).toUtf8());
    return response;
}

QJsonObject PlatformSimulator::connectionItem(const Connection& connection, bool masked) const
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

Response PlatformSimulator::listConnections(const Request& request)
{
    const QString sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    const QStringList specIds = propertyValues(request.query, QStringLiteral("connectionSpec.id"));
    const QStringList names = propertyValues(request.query, QStringLiteral("name"));
    QList<QByteArray> items;
    for (const Connection& connection : m_connections) {
        if (connection.sandbox != sandbox)
            continue;
        if ((!specIds.isEmpty() && !specIds.contains(connection.specId))
            || (!names.isEmpty() && !names.contains(connection.name)))
            continue;
        items << json(connectionItem(connection, true));
    }
    if (request.query.queryItemValue(QStringLiteral("count")) == QLatin1String("true"))
        return jsonResponse(200, {{QStringLiteral("count"), int(items.size())}});
    return page(request, items, QStringLiteral("/connections"));
}

PlatformSimulator::Connection* PlatformSimulator::findConnection(const Request& request, const QString& id)
{
    const QString sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    for (Connection& connection : m_connections) {
        if (connection.id == id && connection.sandbox == sandbox)
            return &connection;
    }
    return nullptr;
}

namespace {
Response notFound(const QString& id, const QString& requestId)
{
    return flowError(QStringLiteral("1101-404"),
                     QStringLiteral("Resource not found"),
                     QStringLiteral("The requested connections resource %1 is not found. Verify the resource ID "
                                    "before trying again.")
                         .arg(id),
                     requestId);
}
} // namespace

Response PlatformSimulator::getConnection(const Request& request, const QString& id)
{
    const Connection* connection = findConnection(request, id);
    if (!connection)
        return notFound(id, QString::fromLatin1(request.header("x-request-id")));
    return jsonResponse(200, {{QStringLiteral("items"), QJsonArray{connectionItem(*connection, true)}}});
}

Response PlatformSimulator::patchConnection(const Request& request, const QString& id)
{
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    Connection* connection = findConnection(request, id);
    if (!connection)
        return notFound(id, requestId);
    if (!request.hasHeader("If-Match") || request.header("If-Match").trimmed().isEmpty())
        return flowError(QStringLiteral("1403-400"),
                         QStringLiteral("Invalid request"),
                         QStringLiteral("The header 'If-Match' is missing in the request."),
                         requestId);
    const QString supplied = QString::fromUtf8(request.header("If-Match"));
    if (unquoted(supplied) != unquoted(connection->etag))
        return flowError(QStringLiteral("1404-412"),
                         QStringLiteral("Precondition failed"),
                         QStringLiteral("The supplied version '%1' does not match the current version on entity %2.")
                             .arg(supplied, id),
                         requestId);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty())
        return invalidRequest(QStringLiteral("The request body must be a non-empty JSON-Patch array."), requestId);

    Connection updated = *connection;
    for (const QJsonValue& value : document.array()) {
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
            return flowError(QStringLiteral("1414-400"),
                             QStringLiteral("Invalid request"),
                             QStringLiteral("The connection spec of a connection cannot be updated."),
                             requestId);
        } else {
            return flowError(QStringLiteral("1455-400"),
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
    updated.etag = newEtag();
    updated.updatedAt = QDateTime::currentMSecsSinceEpoch();
    *connection = updated;
    return jsonResponse(200, {{QStringLiteral("id"), updated.id}, {QStringLiteral("etag"), updated.etag}});
}

Response PlatformSimulator::deleteConnection(const Request& request, const QString& id)
{
    const Connection* connection = findConnection(request, id);
    if (!connection)
        return notFound(id, QString::fromLatin1(request.header("x-request-id")));
    m_connections.removeIf([&](const Connection& c) { return c.id == id; });
    return Response{204, {}, {}, {}};
}

Response PlatformSimulator::explore(const Request& request, const QString& id)
{
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    const Connection* connection = findConnection(request, id);
    if (!connection)
        return notFound(id, requestId);
    const QString objectType = request.query.queryItemValue(QStringLiteral("objectType")).toLower();
    const QString database = connection->params.value(QLatin1String("database")).toString(QStringLiteral("public"));
    if (objectType == QLatin1String("root")) {
        QJsonArray tables;
        for (const char* table : {"customers", "orders", "order_items", "products"}) {
            const QString name = database + QLatin1Char('.') + QString::fromLatin1(table);
            tables.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("table")},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("path"), name},
                                      {QStringLiteral("canPreview"), true},
                                      {QStringLiteral("canFetchSchema"), true}});
        }
        // Most database sources answer a bare array; Snowflake streaming wraps it in "items".
        const QByteArray body = connection->specId == kSnowflakeStreamingSpec
            ? json({{QStringLiteral("items"), tables}})
            : QJsonDocument(tables).toJson(QJsonDocument::Compact);
        return Response{200, QByteArrayLiteral("application/json"), {}, body};
    }
    if (objectType == QLatin1String("table")) {
        const QJsonArray columns{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                        {QStringLiteral("type"), QStringLiteral("string")},
                        {QStringLiteral("xdm"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("created_at")},
                        {QStringLiteral("type"), QStringLiteral("string")},
                        {QStringLiteral("meta:xdmType"), QStringLiteral("date-time")},
                        {QStringLiteral("xdm"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("format"), QStringLiteral("date-time")}}}}};
        return jsonResponse(200,
                            {{QStringLiteral("format"), QStringLiteral("flat")},
                             {QStringLiteral("schema"), QJsonObject{{QStringLiteral("columns"), columns}}}});
    }
    return invalidRequest(QStringLiteral("The query parameter 'objectType' must be root or table."), requestId);
}

PlatformSimulator::LandingZone PlatformSimulator::newLandingZone(const QString& type, const LandingZone* previous) const
{
    LandingZone zone;
    if (previous) {
        zone.containerName = previous->containerName;
        zone.storageAccountName = previous->storageAccountName;
    } else {
        zone.containerName = type == QLatin1String("dlz_databricks_source") ? QStringLiteral("dlz-databricks-container")
            : type == QLatin1String("dlz_destination")                      ? QStringLiteral("dlz-destination")
                                                                            : QStringLiteral("dlz-user-container");
        zone.storageAccountName = QStringLiteral("simdlz") + randomLowerAlnum(12);
    }
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()), 8);
    zone.sasToken =
        QStringLiteral("sv=2020-10-02&si=dlz-%1&sr=c&sp=racwdlm&sig=%2")
            .arg(uuid(), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(signature.toBase64()))));
    zone.expiryDate = QDate::currentDate().addDays(m_options.sasLifetimeDays);
    return zone;
}

QJsonObject PlatformSimulator::landingZoneBody(const QString& type, const LandingZone& zone) const
{
    QJsonObject body{{QStringLiteral("containerName"), zone.containerName},
                     {QStringLiteral("SASToken"), zone.sasToken},
                     {QStringLiteral("storageAccountName"), zone.storageAccountName},
                     {QStringLiteral("SASUri"),
                      QStringLiteral("https://%1.blob.core.windows.net/%2?%3")
                          .arg(zone.storageAccountName, zone.containerName, zone.sasToken)}};
    // Only the Databricks credentials carry an expiry date (as the documentation shows).
    if (type == QLatin1String("dlz_databricks_source"))
        body.insert(QStringLiteral("expiryDate"), zone.expiryDate.toString(Qt::ISODate));
    return body;
}

Response PlatformSimulator::landingZone(const Request& request, const QString& path)
{
    const QString type = request.query.queryItemValue(QStringLiteral("type"));
    static const QStringList types{
        QStringLiteral("user_drop_zone"), QStringLiteral("dlz_destination"), QStringLiteral("dlz_databricks_source")};
    if (!types.contains(type))
        return gatewayError(400, QStringLiteral("400"), QStringLiteral("The type '%1' is not supported.").arg(type));
    if (path.isEmpty() || path == QLatin1String("/")) {
        if (request.method != "GET")
            return gatewayError(405, QStringLiteral("405000"), QStringLiteral("Method not allowed"));
        return jsonResponse(200,
                            {{QStringLiteral("containerName"), newLandingZone(type, nullptr).containerName},
                             {QStringLiteral("containerTTL"), QStringLiteral("7")}});
    }
    if (path != QLatin1String("/credentials"))
        return gatewayError(404, QStringLiteral("404000"), QStringLiteral("Resource not found"));

    const QString key = QString::fromUtf8(request.header("x-sandbox-name")) + QLatin1Char('/') + type;
    // Refresh is POST …&action=refresh. A GET carrying action=refresh (the older docs) is a plain GET.
    const bool refresh =
        request.method == "POST" && request.query.queryItemValue(QStringLiteral("action")) == QLatin1String("refresh");
    if (request.method != "GET" && !refresh)
        return gatewayError(405, QStringLiteral("405000"), QStringLiteral("Method not allowed"));
    auto it = m_landingZones.find(key);
    const bool expired = it != m_landingZones.end() && it->expiryDate < QDate::currentDate();
    if (it == m_landingZones.end()) {
        it = m_landingZones.insert(key, newLandingZone(type, nullptr));
    } else if (refresh || expired) {
        // The old SAS is revoked the moment new credentials exist.
        m_revokedSignatures << it->sasToken;
        *it = newLandingZone(type, &*it);
    }
    return jsonResponse(200, landingZoneBody(type, *it));
}

QJsonArray PlatformSimulator::connectionsJson() const
{
    QJsonArray array;
    for (const Connection& connection : m_connections)
        array.append(connectionItem(connection, false));
    return array;
}

QJsonObject PlatformSimulator::landingZoneJson() const
{
    QJsonArray current;
    for (auto it = m_landingZones.begin(); it != m_landingZones.end(); ++it) {
        QJsonObject entry = landingZoneBody(it.key().section(QLatin1Char('/'), 1), *it);
        entry.insert(QStringLiteral("sandbox"), it.key().section(QLatin1Char('/'), 0, 0));
        entry.insert(QStringLiteral("type"), it.key().section(QLatin1Char('/'), 1));
        entry.insert(QStringLiteral("expiryDate"), it->expiryDate.toString(Qt::ISODate));
        current.append(entry);
    }
    return {{QStringLiteral("current"), current},
            {QStringLiteral("revokedSASTokens"), QJsonArray::fromStringList(m_revokedSignatures)}};
}

} // namespace Inlet::Sim
