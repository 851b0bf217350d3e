#include "CatalogParser.h"

#include "core/Json.h"
#include "core/WebUrl.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Inlet {

namespace {

// "Azure Azure Data Explorer" → "Azure Data Explorer": a word written twice in a row, once.
QString withoutDoubledWords(const QString& name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& word : words) {
        if (kept.isEmpty() || kept.constLast().compare(word, Qt::CaseInsensitive) != 0)
            kept.append(word);
    }
    return kept.size() == words.size() ? name : kept.join(u' ');
}

// Typographic quotes are written as UTF-8, not as \u escapes: lupdate reads "\u201cauthSpec" as one
// longer hex escape, so the translation of such a text would never match at run time.
QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString stringAt(const Json& object, const char* key)
{
    return jsonString(object, key);
}

// The member, or a null value when it is missing (as "not given" everywhere below).
const Json& memberOf(const Json& object, const char* key)
{
    static const Json missing;
    const Json* member = jsonMember(object, key);
    return member ? *member : missing;
}

bool matchesType(const Json& value, SchemaProperty::Type type)
{
    switch (type) {
    case SchemaProperty::Type::String:
        return value.is_string();
    case SchemaProperty::Type::Integer:
        return isJsonInteger(value);
    case SchemaProperty::Type::Number:
        return value.is_number();
    case SchemaProperty::Type::Boolean:
        return value.is_boolean();
    }
    return false;
}

QVariantList scalarsOf(const Json& array)
{
    QVariantList values;
    for (const Json& entry : array) {
        values.append(jsonToVariant(entry));
    }
    return values;
}

// Ids end up in request URLs; anything but the characters of a GUID or slug is refused.
bool isSafeId(const QString& id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return safe.match(id).hasMatch();
}

QUrl documentationUrlOf(const Json& item)
{
    const Json& attributes = memberOf(item, "attributes");
    const Json* candidates[] = {
        &attributes,
        &memberOf(attributes, "uiAttributes"),
        &memberOf(memberOf(memberOf(item, "sourceSpec"), "attributes"), "uiAttributes"),
    };
    for (const Json* candidate : candidates) {
        const QString link = stringAt(*candidate, "documentationLink");
        if (link.isEmpty()) {
            continue; // not a URL either way; QUrl's parser is the expensive part
        }
        // Only web links: a spec from the network must not make the app open a local file.
        if (QUrl url = webUrl(link); !url.isEmpty()) {
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

// A schema's "properties" names, sorted, so a hostile schema with many properties and a long
// "required" list costs O(n log n), not O(n²). (The parse already kept a repeated name once, at its
// first place, with its last value.)
QStringList sortedNames(const Json& properties)
{
    QStringList names;
    if (properties.is_object()) {
        names.reserve(qsizetype(properties.size()));
        for (const auto& member : properties.items()) {
            names.append(QString::fromStdString(member.key()));
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

class ItemParser
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::CatalogParser)

public:
    ItemParser(QStringList& errors, QStringList& ignored)
        : m_errors(errors)
        , m_ignored(ignored)
    {
    }

    std::optional<ConnectionSpec> parseItem(const Json& item, int position)
    {
        if (!item.is_object()) {
            m_errors.append(tr("Catalog entry %1 is not a JSON object; it was skipped.").arg(position + 1));
            return std::nullopt;
        }
        ConnectionSpec spec;
        spec.id = stringAt(item, "id");
        spec.name = stringAt(item, "name");
        const Json& attributes = memberOf(item, "attributes");
        spec.displayName = stringAt(attributes, "connectorName");
        if (spec.displayName.isEmpty()) {
            spec.displayName = stringAt(attributes, "displayName");
        }
        if (spec.displayName.isEmpty()) {
            spec.displayName = spec.name;
        }
        // One of Adobe's pages (and specs copied from it) says "Azure Azure Data Explorer".
        spec.displayName = withoutDoubledWords(spec.displayName);
        spec.category = stringAt(attributes, "category");
        spec.description = stringAt(attributes, "description");
        spec.documentationUrl = documentationUrlOf(item);
        spec.isSource = jsonBool(attributes, "isSource", true);
        spec.beta = jsonBool(attributes, "isBeta", false);
        const Json& version = memberOf(item, "version");
        const std::optional<double> versionNumber = jsonNumber(version);
        spec.version = versionNumber ? QString::number(*versionNumber) : jsonString(version);

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
        const Json& authSpecs = memberOf(item, "authSpec");
        if (!spec.isSource || authSpecs.is_null() || (authSpecs.is_array() && authSpecs.empty())) {
            m_ignored.append(spec.id);
            return std::nullopt;
        }
        if (!authSpecs.is_array()) {
            m_errors.append(tr("%1: “authSpec” is not a list; the spec was skipped.").arg(specLabel));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < authSpecs.size(); ++i) {
            const Json& authJson = authSpecs[i];
            QString problem;
            std::optional<AuthSpec> auth = parseAuthSpec(authJson, &problem);
            if (auth && spec.authSpec(auth->name)) {
                problem = tr("the auth spec name %1 appears twice").arg(quoted(auth->name));
                auth.reset();
            }
            if (!auth) {
                const QString name = stringAt(authJson, "name");
                const QString authLabel = name.isEmpty() ? tr("auth spec %1").arg(int(i) + 1)
                                                         : tr("auth spec %1").arg(quoted(name.left(200)));
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
    std::optional<AuthSpec> parseAuthSpec(const Json& object, QString* problem)
    {
        if (!object.is_object()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        AuthSpec auth;
        const Json& name = memberOf(object, "name");
        if (!name.is_string() || jsonString(name).trimmed().isEmpty()) {
            *problem = tr("it has no “name”");
            return std::nullopt;
        }
        auth.name = jsonString(name);
        const Json& type = memberOf(object, "type");
        if (!type.is_null() && !type.is_string()) {
            *problem = tr("“type” must be text");
            return std::nullopt;
        }
        auth.type = jsonString(type);
        const Json& schema = memberOf(object, "spec");
        if (!schema.is_object()) {
            *problem = tr("it has no “spec” schema object");
            return std::nullopt;
        }
        const Json* schemaType = jsonMember(schema, "type");
        if (schemaType && jsonString(*schemaType) != QLatin1String("object")) {
            *problem = tr("the schema’s “type” must be “object”");
            return std::nullopt;
        }
        auth.description = stringAt(schema, "description");

        const Json* properties = jsonMember(schema, "properties");
        if (properties && !properties->is_object()) {
            *problem = tr("“properties” must be an object");
            return std::nullopt;
        }
        const QStringList names = properties ? sortedNames(*properties) : QStringList();

        QStringList required;
        if (const Json* requiredValue = jsonMember(schema, "required")) {
            if (!requiredValue->is_array()) {
                *problem = tr("“required” must be a list of property names");
                return std::nullopt;
            }
            for (const Json& entry : *requiredValue) {
                if (!entry.is_string()) {
                    *problem = tr("“required” must be a list of property names");
                    return std::nullopt;
                }
                const QString requiredName = jsonString(entry);
                if (!std::binary_search(names.cbegin(), names.cend(), requiredName)) {
                    *problem = tr("“required” names %1, which is not a property").arg(quoted(requiredName));
                    return std::nullopt;
                }
                required.append(requiredName);
            }
        }
        std::sort(required.begin(), required.end()); // binary searches below: no quadratic cost

        if (properties) {
            for (const auto& member : properties->items()) {
                const QString propertyName = QString::fromStdString(member.key());
                QString propertyProblem;
                std::optional<SchemaProperty> property = parseProperty(propertyName, member.value(), &propertyProblem);
                if (!property) {
                    *problem = tr("property %1: %2").arg(quoted(propertyName.left(200)), propertyProblem);
                    return std::nullopt;
                }
                property->required = std::binary_search(required.cbegin(), required.cend(), propertyName);
                auth.properties.append(*property);
            }
        }
        return auth;
    }

    std::optional<SchemaProperty> parseProperty(const QString& name, const Json& object, QString* problem)
    {
        if (name.trimmed().isEmpty()) {
            *problem = tr("the property name is empty");
            return std::nullopt;
        }
        if (!object.is_object()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        SchemaProperty property;
        property.name = name;

        const Json* type = jsonMember(object, "type");
        QString typeName = QStringLiteral("string"); // no "type": treated as text
        if (type && type->is_string()) {
            typeName = jsonString(*type);
        } else if (type && type->is_array()) {
            // ["string", "null"]: nullable is the same as optional for a form
            QStringList names;
            for (const Json& entry : *type) {
                if (jsonString(entry) != QLatin1String("null")) {
                    names.append(jsonString(entry));
                }
            }
            if (names.size() != 1) {
                *problem = tr("a list of several types is not supported");
                return std::nullopt;
            }
            typeName = names.constFirst();
        } else if (type) {
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
        if (!readText(object, "format", &property.format, problem)
            || !readText(object, "contentMediaType", &property.contentMediaType, problem)
            || !readText(object, "contentEncoding", &property.contentEncoding, problem)
            || !readText(object, "x-group", &property.group, problem)) {
            return std::nullopt;
        }
        if (property.format == QLatin1String("password")) {
            if (property.type != SchemaProperty::Type::String) {
                *problem = tr("“format”: “password” needs “type”: “string”");
                return std::nullopt;
            }
            property.secret = true;
        } else if (property.format == QLatin1String("uri") && property.type != SchemaProperty::Type::String) {
            *problem = tr("“format”: “uri” needs “type”: “string”");
            return std::nullopt;
        } // other formats (email, …) are hints Inlet does not check
        if (!property.contentEncoding.isEmpty() && property.contentEncoding != QLatin1String("base64")) {
            *problem =
                tr("“contentEncoding” %1 is not supported (base64)").arg(quoted(property.contentEncoding.left(50)));
            return std::nullopt;
        }
        if (property.isFileContent() && property.type != SchemaProperty::Type::String) {
            *problem = tr("a file’s content needs “type”: “string”");
            return std::nullopt;
        }

        if (const Json* examples = jsonMember(object, "examples")) {
            if (!examples->is_array()) {
                *problem = tr("“examples” must be a list");
                return std::nullopt;
            }
            property.examples = scalarsOf(*examples);
        }

        if (const Json* enumValue = jsonMember(object, "enum")) {
            if (!enumValue->is_array() || enumValue->empty()) {
                *problem = tr("“enum” must be a non-empty list");
                return std::nullopt;
            }
            for (const Json& entry : *enumValue) {
                if (!matchesType(entry, property.type)) {
                    *problem = tr("an “enum” value is not of type %1").arg(quoted(typeName));
                    return std::nullopt;
                }
            }
            property.enumValues = scalarsOf(*enumValue);
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

        const Json& defaultValue = memberOf(object, "default");
        if (!defaultValue.is_null()) {
            if (!matchesType(defaultValue, property.type)) {
                *problem = tr("the default value is not of type %1").arg(quoted(typeName));
                return std::nullopt;
            }
            if (property.isChoice() && !isEnumValue(*jsonMember(object, "enum"), defaultValue)) {
                *problem = tr("the default value is not one of the “enum” values");
                return std::nullopt;
            }
            property.defaultValue = jsonToVariant(defaultValue);
        }
        return property;
    }

    // JSON equality, as QJsonArray::contains had it: 5 and 5.0 are the same number.
    static bool isEnumValue(const Json& enumValues, const Json& value)
    {
        const std::optional<double> number = jsonNumber(value);
        for (const Json& entry : enumValues) {
            if (number ? jsonNumber(entry) == number : entry == value) {
                return true;
            }
        }
        return false;
    }

    bool readText(const Json& object, const char* key, QString* out, QString* problem)
    {
        const Json* value = jsonMember(object, key);
        if (!value) {
            return true;
        }
        if (!value->is_string()) {
            *problem = tr("%1 must be text").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = jsonString(*value);
        return true;
    }

    bool readLength(const Json& object, const char* key, std::optional<qint64>* out, QString* problem)
    {
        const Json* value = jsonMember(object, key);
        if (!value) {
            return true;
        }
        if (!isJsonInteger(*value) || *jsonNumber(*value) < 0) {
            *problem = tr("%1 must be a whole number of 0 or more").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = qint64(*jsonNumber(*value));
        return true;
    }

    bool readBound(const Json& object, const char* key, std::optional<double>* out, QString* problem)
    {
        const Json* value = jsonMember(object, key);
        if (!value) {
            return true;
        }
        const std::optional<double> number = jsonNumber(*value);
        if (!number || !std::isfinite(*number)) {
            *problem = tr("%1 must be a number").arg(quoted(QLatin1String(key)));
            return false;
        }
        *out = *number;
        return true;
    }

    QStringList& m_errors;
    QStringList& m_ignored;
};

} // namespace

CatalogPage CatalogParser::parse(const QByteArray& json)
{
    return parse(JsonText::parse(json));
}

CatalogPage CatalogParser::parse(const JsonDocument& document)
{
    CatalogPage page;
    if (!document.isValid()) {
        page.errors.append(document.errorOffset < 0
                               ? tr("The connection-spec list is not valid JSON: %1.").arg(document.error)
                               : tr("The connection-spec list is not valid JSON: %1 (at byte %2).")
                                     .arg(document.error)
                                     .arg(document.errorOffset));
        return page;
    }
    const Json& root = document.root;
    if (!root.is_object()) {
        page.errors.append(tr("The connection-spec list must be a JSON object with an “items” list."));
        return page;
    }
    ItemParser parser(page.errors, page.ignoredIds);

    if (const Json* items = jsonMember(root, "items")) {
        if (!items->is_array()) {
            page.errors.append(tr("The connection-spec list’s “items” is not a list."));
            return page;
        }
        for (std::size_t i = 0; i < items->size(); ++i) {
            std::optional<ConnectionSpec> spec = parser.parseItem((*items)[i], int(i));
            if (spec) {
                spec->sourceJson = JsonText::write((*items)[i]);
                page.specs.append(*spec);
            }
        }
    } else if (jsonMember(root, "id") || jsonMember(root, "authSpec")) {
        // A single ConnectionSpecItemDTO, as `POST /connectionSpecs` returns it.
        std::optional<ConnectionSpec> spec = parser.parseItem(root, 0);
        if (spec) {
            spec->sourceJson = JsonText::write(root);
            page.specs.append(*spec);
        }
    } else {
        page.errors.append(tr("The connection-spec list has no “items”."));
        return page;
    }
    page.documentValid = true;
    return page;
}

} // namespace Inlet
