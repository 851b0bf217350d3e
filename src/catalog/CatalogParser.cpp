#include "CatalogParser.h"

#include "JsonSourceMap.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Inlet {

namespace {

// Typographic quotes are written as UTF-8, not as \u escapes: lupdate reads "\u201cauthSpec" as one
// longer hex escape, so the translation of such a text would never match at run time.
QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString stringAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool isWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::abs(d) <= 9007199254740992.0; // 2^53
}

bool matchesType(const QJsonValue& value, SchemaProperty::Type type)
{
    switch (type) {
    case SchemaProperty::Type::String:
        return value.isString();
    case SchemaProperty::Type::Integer:
        return isWholeNumber(value);
    case SchemaProperty::Type::Number:
        return value.isDouble();
    case SchemaProperty::Type::Boolean:
        return value.isBool();
    }
    return false;
}

// Ids end up in request URLs; anything but the characters of a GUID or slug is refused.
bool isSafeId(const QString& id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return safe.match(id).hasMatch();
}

QUrl documentationUrlOf(const QJsonObject& item)
{
    const QJsonObject attributes = item.value(QLatin1String("attributes")).toObject();
    const QStringList candidates{
        stringAt(attributes, "documentationLink"),
        stringAt(attributes.value(QLatin1String("uiAttributes")).toObject(), "documentationLink"),
        stringAt(item.value(QLatin1String("sourceSpec"))
                     .toObject()
                     .value(QLatin1String("attributes"))
                     .toObject()
                     .value(QLatin1String("uiAttributes"))
                     .toObject(),
                 "documentationLink"),
    };
    for (const QString& candidate : candidates) {
        const QUrl url(candidate, QUrl::StrictMode);
        // Only web links: a spec from the network must not make the app open a local file.
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty()) {
            return url;
        }
    }
    return QUrl();
}

struct PatternCheck
{
    bool valid = true;
    QString error;
    qsizetype offset = -1;
};

// Compiling a pattern (QRegularExpression also JIT-compiles it) is most of the parse time, and the
// bundled catalog, the cache and every refresh carry the same patterns; each is checked once per run.
PatternCheck checkPattern(const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, PatternCheck> checked;
    const QMutexLocker locker(&mutex);
    const auto known = checked.constFind(pattern);
    if (known != checked.constEnd()) {
        return *known;
    }
    const QRegularExpression regex(pattern);
    PatternCheck check;
    check.valid = regex.isValid();
    if (!check.valid) {
        check.error = regex.errorString();
        check.offset = regex.patternErrorOffset();
    }
    if (checked.size() >= 4096) { // bounded: a hostile catalog cannot grow it without end
        checked.clear();
    }
    checked.insert(pattern, check);
    return check;
}

class ItemParser
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::CatalogParser)

public:
    ItemParser(const JsonSourceMap& map, QStringList& errors, QStringList& ignored)
        : m_map(map)
        , m_errors(errors)
        , m_ignored(ignored)
    {
    }

    std::optional<ConnectionSpec> parseItem(const QJsonValue& value, const QString& pointer, int position)
    {
        if (!value.isObject()) {
            m_errors.append(tr("Catalog entry %1 is not a JSON object; it was skipped.").arg(position + 1));
            return std::nullopt;
        }
        const QJsonObject item = value.toObject();
        ConnectionSpec spec;
        spec.id = stringAt(item, "id");
        spec.name = stringAt(item, "name");
        spec.attributes = item.value(QLatin1String("attributes")).toObject();
        spec.displayName = stringAt(spec.attributes, "connectorName");
        if (spec.displayName.isEmpty()) {
            spec.displayName = stringAt(spec.attributes, "displayName");
        }
        if (spec.displayName.isEmpty()) {
            spec.displayName = spec.name;
        }
        spec.category = stringAt(spec.attributes, "category");
        spec.description = stringAt(spec.attributes, "description");
        spec.documentationUrl = documentationUrlOf(item);
        spec.isSource = spec.attributes.value(QLatin1String("isSource")).toBool(true);
        const QJsonValue version = item.value(QLatin1String("version"));
        spec.version = version.isDouble() ? QString::number(version.toDouble()) : version.toString();

        const QString label = spec.displayName.isEmpty() ? tr("entry %1").arg(position + 1) : quoted(spec.displayName);
        if (spec.id.isEmpty()) {
            m_errors.append(tr("Connection spec %1 has no “id”; it was skipped.").arg(label));
            return std::nullopt;
        }
        const QString specLabel = tr("Connection spec %1 (%2)").arg(label, spec.id.left(128));
        if (!isSafeId(spec.id)) {
            m_errors.append(tr("%1: the id may only contain letters, digits, “.”, “_” and "
                               "“-”; the spec was skipped.")
                                .arg(specLabel));
            return std::nullopt;
        }
        if (spec.displayName.isEmpty()) {
            spec.displayName = spec.id;
        }
        // A live listing also holds destinations and sources without a base connection (the Data Landing
        // Zone): not errors, just not for Inlet.
        const QJsonValue authSpecs = item.value(QLatin1String("authSpec"));
        if (!spec.isSource || authSpecs.isUndefined() || authSpecs.isNull()
            || (authSpecs.isArray() && authSpecs.toArray().isEmpty())) {
            m_ignored.append(spec.id);
            return std::nullopt;
        }
        if (!authSpecs.isArray()) {
            m_errors.append(tr("%1: “authSpec” is not a list; the spec was skipped.").arg(specLabel));
            return std::nullopt;
        }
        const QJsonArray authArray = authSpecs.toArray();
        for (int i = 0; i < authArray.size(); ++i) {
            QString problem;
            const QString authPointer = pointer + QStringLiteral("/authSpec/") + QString::number(i);
            std::optional<AuthSpec> auth = parseAuthSpec(authArray.at(i), authPointer, &problem);
            if (auth && spec.authSpec(auth->name)) {
                problem = tr("the auth spec name %1 appears twice").arg(quoted(auth->name));
                auth.reset();
            }
            if (!auth) {
                const QString name = authArray.at(i).toObject().value(QLatin1String("name")).toString();
                const QString authLabel =
                    name.isEmpty() ? tr("auth spec %1").arg(i + 1) : tr("auth spec %1").arg(quoted(name.left(200)));
                m_errors.append(tr("%1, %2: %3; it was skipped.").arg(specLabel, authLabel, problem));
                continue;
            }
            spec.authSpecs.append(*auth);
        }
        if (spec.authSpecs.isEmpty()) {
            m_errors.append(tr("%1 has no usable authentication spec; it was skipped.").arg(specLabel));
            return std::nullopt;
        }
        return spec;
    }

private:
    std::optional<AuthSpec> parseAuthSpec(const QJsonValue& value, const QString& pointer, QString* problem)
    {
        if (!value.isObject()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        AuthSpec auth;
        const QJsonValue name = object.value(QLatin1String("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            *problem = tr("it has no “name”");
            return std::nullopt;
        }
        auth.name = name.toString();
        const QJsonValue type = object.value(QLatin1String("type"));
        if (!type.isUndefined() && !type.isNull() && !type.isString()) {
            *problem = tr("“type” must be text");
            return std::nullopt;
        }
        auth.type = type.toString();
        const QJsonValue schemaValue = object.value(QLatin1String("spec"));
        if (!schemaValue.isObject()) {
            *problem = tr("it has no “spec” schema object");
            return std::nullopt;
        }
        const QJsonObject schema = schemaValue.toObject();
        const QJsonValue schemaType = schema.value(QLatin1String("type"));
        if (!schemaType.isUndefined() && schemaType.toString() != QLatin1String("object")) {
            *problem = tr("the schema’s “type” must be “object”");
            return std::nullopt;
        }
        auth.description = schema.value(QLatin1String("description")).toString();

        const QJsonValue propertiesValue = schema.value(QLatin1String("properties"));
        if (!propertiesValue.isUndefined() && !propertiesValue.isObject()) {
            *problem = tr("“properties” must be an object");
            return std::nullopt;
        }
        const QJsonObject properties = propertiesValue.toObject();

        QStringList required;
        const QJsonValue requiredValue = schema.value(QLatin1String("required"));
        if (!requiredValue.isUndefined()) {
            if (!requiredValue.isArray()) {
                *problem = tr("“required” must be a list of property names");
                return std::nullopt;
            }
            for (const QJsonValue& entry : requiredValue.toArray()) {
                if (!entry.isString()) {
                    *problem = tr("“required” must be a list of property names");
                    return std::nullopt;
                }
                if (!properties.contains(entry.toString())) {
                    *problem = tr("“required” names %1, which is not a property").arg(quoted(entry.toString()));
                    return std::nullopt;
                }
                required.append(entry.toString());
            }
        }

        // Document order from the raw text; QJsonObject's sorted order only for keys the scan missed.
        QStringList order = m_map.keyOrder(pointer + QStringLiteral("/spec/properties"));
        const QStringList sortedKeys = properties.keys();
        order.erase(
            std::remove_if(order.begin(), order.end(), [&](const QString& key) { return !properties.contains(key); }),
            order.end());
        for (const QString& key : sortedKeys) {
            if (!order.contains(key)) {
                order.append(key);
            }
        }
        for (const QString& key : std::as_const(order)) {
            QString propertyProblem;
            std::optional<SchemaProperty> property = parseProperty(key, properties.value(key), &propertyProblem);
            if (!property) {
                *problem = tr("property %1: %2").arg(quoted(key.left(200)), propertyProblem);
                return std::nullopt;
            }
            property->required = required.contains(key);
            auth.properties.append(*property);
        }
        return auth;
    }

    std::optional<SchemaProperty> parseProperty(const QString& name, const QJsonValue& value, QString* problem)
    {
        if (name.trimmed().isEmpty()) {
            *problem = tr("the property name is empty");
            return std::nullopt;
        }
        if (!value.isObject()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        SchemaProperty property;
        property.name = name;

        const QJsonValue type = object.value(QLatin1String("type"));
        QString typeName = QStringLiteral("string"); // no "type": treated as text
        if (type.isString()) {
            typeName = type.toString();
        } else if (type.isArray()) {
            // ["string", "null"]: nullable is the same as optional for a form
            QStringList names;
            for (const QJsonValue& entry : type.toArray()) {
                if (entry.toString() != QLatin1String("null")) {
                    names.append(entry.toString());
                }
            }
            if (names.size() != 1) {
                *problem = tr("a list of several types is not supported");
                return std::nullopt;
            }
            typeName = names.constFirst();
        } else if (!type.isUndefined()) {
            *problem = tr("“type” must be text");
            return std::nullopt;
        }
        const std::optional<SchemaProperty::Type> parsedType = SchemaProperty::typeFromName(typeName);
        if (!parsedType) {
            *problem =
                tr("type %1 is not supported (string, integer, number or boolean)").arg(quoted(typeName.left(50)));
            return std::nullopt;
        }
        property.type = *parsedType;

        if (!readText(object, "title", &property.title, problem)
            || !readText(object, "description", &property.description, problem)
            || !readText(object, "x-patternDescription", &property.patternDescription, problem)) {
            return std::nullopt;
        }
        QString format;
        if (!readText(object, "format", &format, problem)) {
            return std::nullopt;
        }
        if (format == QLatin1String("password")) {
            if (property.type != SchemaProperty::Type::String) {
                *problem = tr("“format”: “password” needs “type”: “string”");
                return std::nullopt;
            }
            property.secret = true;
        } // other formats (uri, email, …) are hints Inlet does not check

        const QJsonValue examples = object.value(QLatin1String("examples"));
        if (!examples.isUndefined()) {
            if (!examples.isArray()) {
                *problem = tr("“examples” must be a list");
                return std::nullopt;
            }
            property.examples = examples.toArray();
        }

        const QJsonValue enumValue = object.value(QLatin1String("enum"));
        if (!enumValue.isUndefined()) {
            if (!enumValue.isArray() || enumValue.toArray().isEmpty()) {
                *problem = tr("“enum” must be a non-empty list");
                return std::nullopt;
            }
            for (const QJsonValue& entry : enumValue.toArray()) {
                if (!matchesType(entry, property.type)) {
                    *problem = tr("an “enum” value is not of type %1").arg(quoted(typeName));
                    return std::nullopt;
                }
            }
            property.enumValues = enumValue.toArray();
        }

        if (!readText(object, "pattern", &property.pattern, problem)) {
            return std::nullopt;
        }
        if (!property.pattern.isEmpty()) {
            const PatternCheck check = checkPattern(property.pattern);
            if (!check.valid) {
                *problem = tr("the pattern does not compile (%1 at position %2)").arg(check.error).arg(check.offset);
                return std::nullopt;
            }
        }

        if (!readLength(object, "minLength", &property.minLength, problem)
            || !readLength(object, "maxLength", &property.maxLength, problem)) {
            return std::nullopt;
        }
        if (property.minLength && property.maxLength && *property.minLength > *property.maxLength) {
            *problem = tr("“minLength” is greater than “maxLength”");
            return std::nullopt;
        }
        if (!readBound(object, "minimum", &property.minimum, problem)
            || !readBound(object, "maximum", &property.maximum, problem)) {
            return std::nullopt;
        }
        if (property.minimum && property.maximum && *property.minimum > *property.maximum) {
            *problem = tr("“minimum” is greater than “maximum”");
            return std::nullopt;
        }

        const QJsonValue defaultValue = object.value(QLatin1String("default"));
        if (!defaultValue.isUndefined() && !defaultValue.isNull()) {
            if (!matchesType(defaultValue, property.type)) {
                *problem = tr("the default value is not of type %1").arg(quoted(typeName));
                return std::nullopt;
            }
            if (property.isChoice() && !property.enumValues.contains(defaultValue)) {
                *problem = tr("the default value is not one of the “enum” values");
                return std::nullopt;
            }
            property.defaultValue = defaultValue;
        }
        return property;
    }

    bool readText(const QJsonObject& object, const char* key, QString* out, QString* problem)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isString()) {
            *problem = tr("%1 must be text").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = value.toString();
        return true;
    }

    bool readLength(const QJsonObject& object, const char* key, std::optional<qint64>* out, QString* problem)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            return true;
        }
        if (!isWholeNumber(value) || value.toDouble() < 0) {
            *problem = tr("%1 must be a whole number of 0 or more").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = qint64(value.toDouble());
        return true;
    }

    bool readBound(const QJsonObject& object, const char* key, std::optional<double>* out, QString* problem)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            *problem = tr("%1 must be a number").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = value.toDouble();
        return true;
    }

    const JsonSourceMap& m_map;
    QStringList& m_errors;
    QStringList& m_ignored;
};

} // namespace

CatalogPage CatalogParser::parse(const QByteArray& json)
{
    CatalogPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.errors.append(tr("The connection-spec list is not valid JSON: %1 (at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        return page;
    }
    if (!document.isObject()) {
        page.errors.append(tr("The connection-spec list must be a JSON object with an “items” list."));
        return page;
    }
    const QJsonObject root = document.object();
    const JsonSourceMap map = JsonSourceMap::scan(json);
    ItemParser parser(map, page.errors, page.ignoredIds);

    if (root.contains(QLatin1String("items"))) {
        const QJsonValue items = root.value(QLatin1String("items"));
        if (!items.isArray()) {
            page.errors.append(tr("The connection-spec list’s “items” is not a list."));
            return page;
        }
        const QJsonArray array = items.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString pointer = QStringLiteral("/items/") + QString::number(i);
            std::optional<ConnectionSpec> spec = parser.parseItem(array.at(i), pointer, i);
            if (spec) {
                spec->sourceJson = map.itemText(i);
                if (spec->sourceJson.isEmpty()) {
                    spec->sourceJson = QJsonDocument(array.at(i).toObject()).toJson(QJsonDocument::Compact);
                }
                page.specs.append(*spec);
            }
        }
    } else if (root.contains(QLatin1String("id")) || root.contains(QLatin1String("authSpec"))) {
        // A single ConnectionSpecItemDTO, as `POST /connectionSpecs` returns it.
        std::optional<ConnectionSpec> spec = parser.parseItem(root, QString(), 0);
        if (spec) {
            spec->sourceJson = json.trimmed();
            page.specs.append(*spec);
        }
    } else {
        page.errors.append(tr("The connection-spec list has no “items”."));
        return page;
    }
    page.documentValid = true;
    page.continuationToken = continuationToken(root);
    page.nextHref = nextHref(root);
    return page;
}

QString CatalogParser::continuationToken(const QJsonObject& page)
{
    QString token = page.value(QLatin1String("continuationToken")).toString();
    if (token.isEmpty()) {
        token = page.value(QLatin1String("_page")).toObject().value(QLatin1String("continuationToken")).toString();
    }
    if (token.isEmpty()) {
        const QUrl next(nextHref(page));
        token = QUrlQuery(next).queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    }
    return token;
}

QString CatalogParser::nextHref(const QJsonObject& page)
{
    return page.value(QLatin1String("_links"))
        .toObject()
        .value(QLatin1String("next"))
        .toObject()
        .value(QLatin1String("href"))
        .toString();
}

} // namespace Inlet
