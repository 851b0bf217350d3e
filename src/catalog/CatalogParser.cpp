#include "CatalogParser.h"

#include "FlatJson.h"
#include "FlatJsonValue.h"

#include "core/Logging.h"

#include <QHash>
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

QString stringAt(const FlatJsonValue& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool isWholeNumber(const FlatJsonValue& value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::abs(d) <= 9007199254740992.0; // 2^53
}

bool matchesType(const FlatJsonValue& value, SchemaProperty::Type type)
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

QUrl documentationUrlOf(const FlatJsonValue& item)
{
    const FlatJsonValue attributes = item.value(QLatin1String("attributes"));
    const FlatJsonValue candidates[] = {
        attributes,
        attributes.value(QLatin1String("uiAttributes")),
        item.value(QLatin1String("sourceSpec")).value(QLatin1String("attributes")).value(QLatin1String("uiAttributes")),
    };
    for (const FlatJsonValue& candidate : candidates) {
        const QString link = stringAt(candidate, "documentationLink");
        if (link.isEmpty()) {
            continue; // not a URL either way; QUrl's parser is the expensive part
        }
        const QUrl url(link, QUrl::StrictMode);
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

// A schema's "properties" by name: document order (the form's order), a repeated name once, at its
// first place, with its last value (what QJsonObject keeps). Sorted, so a hostile schema with many
// properties and a long "required" list costs O(n log n), not O(n²).
class PropertyIndex
{
public:
    struct Entry
    {
        QString name;
        FlatJsonValue value;
        qsizetype position = 0;
    };

    explicit PropertyIndex(const FlatJsonValue& properties)
    {
        const QList<FlatJsonValue::Member> members = properties.members();
        std::vector<Entry> entries;
        entries.reserve(size_t(members.size()));
        for (qsizetype i = 0; i < members.size(); ++i) {
            entries.push_back({members.at(i).key.toString(), members.at(i).value, i});
        }
        std::stable_sort(
            entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
        for (const Entry& entry : entries) {
            if (!m_byName.empty() && m_byName.back().name == entry.name) {
                m_byName.back().value = entry.value;
            } else {
                m_byName.push_back(entry);
            }
        }
        m_ordered = m_byName;
        std::sort(
            m_ordered.begin(), m_ordered.end(), [](const Entry& a, const Entry& b) { return a.position < b.position; });
    }

    bool contains(const QString& name) const
    {
        return std::binary_search(m_byName.cbegin(), m_byName.cend(), name, Less());
    }
    const std::vector<Entry>& inDocumentOrder() const { return m_ordered; }

private:
    struct Less
    {
        bool operator()(const Entry& a, const QString& b) const { return a.name < b; }
        bool operator()(const QString& a, const Entry& b) const { return a < b.name; }
    };

    std::vector<Entry> m_byName;
    std::vector<Entry> m_ordered;
};

class ItemParser
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::CatalogParser)

public:
    ItemParser(QStringList& errors, QStringList& ignored)
        : m_errors(errors)
        , m_ignored(ignored)
    {
    }

    std::optional<ConnectionSpec> parseItem(const FlatJsonValue& item, int position)
    {
        if (!item.isObject()) {
            m_errors.append(tr("Catalog entry %1 is not a JSON object; it was skipped.").arg(position + 1));
            return std::nullopt;
        }
        ConnectionSpec spec;
        spec.id = stringAt(item, "id");
        spec.name = stringAt(item, "name");
        const FlatJsonValue attributes = item.value(QLatin1String("attributes"));
        spec.displayName = stringAt(attributes, "connectorName");
        if (spec.displayName.isEmpty()) {
            spec.displayName = stringAt(attributes, "displayName");
        }
        if (spec.displayName.isEmpty()) {
            spec.displayName = spec.name;
        }
        spec.category = stringAt(attributes, "category");
        spec.description = stringAt(attributes, "description");
        spec.documentationUrl = documentationUrlOf(item);
        spec.isSource = attributes.value(QLatin1String("isSource")).toBool(true);
        const FlatJsonValue version = item.value(QLatin1String("version"));
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
        const FlatJsonValue authSpecs = item.value(QLatin1String("authSpec"));
        if (!spec.isSource || authSpecs.isUndefined() || authSpecs.isNull()
            || (authSpecs.isArray() && authSpecs.size() == 0)) {
            m_ignored.append(spec.id);
            return std::nullopt;
        }
        if (!authSpecs.isArray()) {
            m_errors.append(tr("%1: “authSpec” is not a list; the spec was skipped.").arg(specLabel));
            return std::nullopt;
        }
        const QList<FlatJsonValue> authArray = authSpecs.elements();
        for (int i = 0; i < authArray.size(); ++i) {
            QString problem;
            std::optional<AuthSpec> auth = parseAuthSpec(authArray.at(i), &problem);
            if (auth && spec.authSpec(auth->name)) {
                problem = tr("the auth spec name %1 appears twice").arg(quoted(auth->name));
                auth.reset();
            }
            if (!auth) {
                const QString name = authArray.at(i).value(QLatin1String("name")).toString();
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
    std::optional<AuthSpec> parseAuthSpec(const FlatJsonValue& object, QString* problem)
    {
        if (!object.isObject()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        AuthSpec auth;
        const FlatJsonValue name = object.value(QLatin1String("name"));
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            *problem = tr("it has no “name”");
            return std::nullopt;
        }
        auth.name = name.toString();
        const FlatJsonValue type = object.value(QLatin1String("type"));
        if (!type.isUndefined() && !type.isNull() && !type.isString()) {
            *problem = tr("“type” must be text");
            return std::nullopt;
        }
        auth.type = type.toString();
        const FlatJsonValue schema = object.value(QLatin1String("spec"));
        if (!schema.isObject()) {
            *problem = tr("it has no “spec” schema object");
            return std::nullopt;
        }
        const FlatJsonValue schemaType = schema.value(QLatin1String("type"));
        if (!schemaType.isUndefined() && schemaType.toString() != QLatin1String("object")) {
            *problem = tr("the schema’s “type” must be “object”");
            return std::nullopt;
        }
        auth.description = schema.value(QLatin1String("description")).toString();

        const FlatJsonValue propertiesValue = schema.value(QLatin1String("properties"));
        if (!propertiesValue.isUndefined() && !propertiesValue.isObject()) {
            *problem = tr("“properties” must be an object");
            return std::nullopt;
        }
        const PropertyIndex properties(propertiesValue);

        QStringList required;
        const FlatJsonValue requiredValue = schema.value(QLatin1String("required"));
        if (!requiredValue.isUndefined()) {
            if (!requiredValue.isArray()) {
                *problem = tr("“required” must be a list of property names");
                return std::nullopt;
            }
            for (const FlatJsonValue& entry : requiredValue.elements()) {
                if (!entry.isString()) {
                    *problem = tr("“required” must be a list of property names");
                    return std::nullopt;
                }
                const QString name = entry.toString();
                if (!properties.contains(name)) {
                    *problem = tr("“required” names %1, which is not a property").arg(quoted(name));
                    return std::nullopt;
                }
                required.append(name);
            }
        }
        std::sort(required.begin(), required.end()); // binary searches below: no quadratic cost

        for (const PropertyIndex::Entry& entry : properties.inDocumentOrder()) {
            QString propertyProblem;
            std::optional<SchemaProperty> property = parseProperty(entry.name, entry.value, &propertyProblem);
            if (!property) {
                *problem = tr("property %1: %2").arg(quoted(entry.name.left(200)), propertyProblem);
                return std::nullopt;
            }
            property->required = std::binary_search(required.cbegin(), required.cend(), entry.name);
            auth.properties.append(*property);
        }
        return auth;
    }

    std::optional<SchemaProperty> parseProperty(const QString& name, const FlatJsonValue& object, QString* problem)
    {
        if (name.trimmed().isEmpty()) {
            *problem = tr("the property name is empty");
            return std::nullopt;
        }
        if (!object.isObject()) {
            *problem = tr("it is not a JSON object");
            return std::nullopt;
        }
        SchemaProperty property;
        property.name = name;

        const FlatJsonValue type = object.value(QLatin1String("type"));
        QString typeName = QStringLiteral("string"); // no "type": treated as text
        if (type.isString()) {
            typeName = type.toString();
        } else if (type.isArray()) {
            // ["string", "null"]: nullable is the same as optional for a form
            QStringList names;
            for (const FlatJsonValue& entry : type.elements()) {
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

        const FlatJsonValue examples = object.value(QLatin1String("examples"));
        if (!examples.isUndefined()) {
            if (!examples.isArray()) {
                *problem = tr("“examples” must be a list");
                return std::nullopt;
            }
            property.examples = examples.toArray();
        }

        const FlatJsonValue enumValue = object.value(QLatin1String("enum"));
        if (!enumValue.isUndefined()) {
            if (!enumValue.isArray() || enumValue.size() == 0) {
                *problem = tr("“enum” must be a non-empty list");
                return std::nullopt;
            }
            for (const FlatJsonValue& entry : enumValue.elements()) {
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

        const FlatJsonValue defaultValue = object.value(QLatin1String("default"));
        if (!defaultValue.isUndefined() && !defaultValue.isNull()) {
            if (!matchesType(defaultValue, property.type)) {
                *problem = tr("the default value is not of type %1").arg(quoted(typeName));
                return std::nullopt;
            }
            const QJsonValue kept = defaultValue.toJsonValue();
            if (property.isChoice() && !property.enumValues.contains(kept)) {
                *problem = tr("the default value is not one of the “enum” values");
                return std::nullopt;
            }
            property.defaultValue = kept;
        }
        return property;
    }

    bool readText(const FlatJsonValue& object, const char* key, QString* out, QString* problem)
    {
        const FlatJsonValue value = object.value(QLatin1String(key));
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

    bool readLength(const FlatJsonValue& object, const char* key, std::optional<qint64>* out, QString* problem)
    {
        const FlatJsonValue value = object.value(QLatin1String(key));
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

    bool readBound(const FlatJsonValue& object, const char* key, std::optional<double>* out, QString* problem)
    {
        const FlatJsonValue value = object.value(QLatin1String(key));
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

    QStringList& m_errors;
    QStringList& m_ignored;
};

} // namespace

CatalogPage CatalogParser::parse(const QByteArray& json)
{
    CatalogPage page;
    QJsonParseError parseError;
    const FlatJson document = FlatJson::fromJson(json, &parseError);
    if (!document.isValid()) {
        // Qt's wording and offset, as the message always had; parsing twice costs nothing on this path.
        QJsonParseError qtError;
        QJsonDocument::fromJson(json, &qtError);
        if (qtError.error != QJsonParseError::NoError) {
            parseError = qtError;
        } else {
            qCWarning(lcCatalog) << "FlatJson rejected JSON that QJsonDocument accepts at byte" << parseError.offset;
        }
        page.errors.append(tr("The connection-spec list is not valid JSON: %1 (at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        return page;
    }
    const FlatJsonValue root = document.root();
    if (!root.isObject()) {
        page.errors.append(tr("The connection-spec list must be a JSON object with an “items” list."));
        return page;
    }
    ItemParser parser(page.errors, page.ignoredIds);

    if (root.contains(QLatin1String("items"))) {
        const FlatJsonValue items = root.value(QLatin1String("items"));
        if (!items.isArray()) {
            page.errors.append(tr("The connection-spec list’s “items” is not a list."));
            return page;
        }
        const QList<FlatJsonValue> array = items.elements();
        for (int i = 0; i < array.size(); ++i) {
            std::optional<ConnectionSpec> spec = parser.parseItem(array.at(i), i);
            if (spec) {
                spec->sourceJson = array.at(i).text().toByteArray();
                page.specs.append(*spec);
            }
        }
    } else if (root.contains(QLatin1String("id")) || root.contains(QLatin1String("authSpec"))) {
        // A single ConnectionSpecItemDTO, as `POST /connectionSpecs` returns it.
        std::optional<ConnectionSpec> spec = parser.parseItem(root, 0);
        if (spec) {
            spec->sourceJson = json.trimmed();
            page.specs.append(*spec);
        }
    } else {
        page.errors.append(tr("The connection-spec list has no “items”."));
        return page;
    }
    page.documentValid = true;
    // Only the paging members become a QJsonObject, for the helpers the platform layer shares.
    QJsonObject paging;
    for (const char* key : {"continuationToken", "_page", "_links"}) {
        const FlatJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined()) {
            paging.insert(QLatin1String(key), value.toJsonValue());
        }
    }
    page.continuationToken = continuationToken(paging);
    page.nextHref = nextHref(paging);
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
