#include "SchemaContent.h"

#include <QStringList>

namespace Inlet::Sim {

namespace {

const QString kProfileClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile");
const QString kEventClass = QStringLiteral("https://ns.adobe.com/xdm/context/experienceevent");
const QString kRecordClass = QStringLiteral("https://ns.adobe.com/xdm/classes/record");

struct FieldDef
{
    const char* path;
    const char* type; // string integer number boolean date date-time object array
    const char* title;
    const char* fieldGroup; // the field group's $id tail ("profile-person-details", "_acmeinc/loyalty")
};

// `tail` of a standard field group, or `_acmeinc/…` for a tenant one.
QString fieldGroupId(const QString& tail)
{
    if (tail.startsWith(QLatin1Char('_')))
        return QStringLiteral("https://ns.adobe.com/%1/mixins/%2")
            .arg(SchemaContent::tenant(), tail.mid(tail.indexOf(QLatin1Char('/')) + 1));
    return QStringLiteral("https://ns.adobe.com/xdm/context/") + tail;
}

QJsonObject leaf(const FieldDef& def)
{
    const QString type = QString::fromLatin1(def.type);
    QJsonObject field{{QStringLiteral("title"), QString::fromUtf8(def.title)}};
    if (type == QLatin1String("date") || type == QLatin1String("date-time")) {
        field.insert(QStringLiteral("type"), QStringLiteral("string"));
        field.insert(QStringLiteral("format"), type);
        field.insert(QStringLiteral("meta:xdmType"), type);
    } else if (type == QLatin1String("integer")) {
        field.insert(QStringLiteral("type"), type);
        field.insert(QStringLiteral("meta:xdmType"), QStringLiteral("long"));
    } else if (type == QLatin1String("array")) {
        field.insert(QStringLiteral("type"), type);
        field.insert(QStringLiteral("meta:xdmType"), type);
        field.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    } else {
        field.insert(QStringLiteral("type"), type);
        field.insert(QStringLiteral("meta:xdmType"), type);
    }
    return field;
}

// Puts `field` at `path` below `properties`, making the objects on the way.
void place(QJsonObject* properties, const QStringList& path, const QJsonObject& field)
{
    const QString& key = path.first();
    if (path.size() == 1) {
        properties->insert(key, field);
        return;
    }
    QJsonObject parent = properties->value(key).toObject();
    if (parent.isEmpty())
        parent = {{QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("meta:xdmType"), QStringLiteral("object")}};
    QJsonObject children = parent.value(QLatin1String("properties")).toObject();
    place(&children, path.mid(1), field);
    parent.insert(QStringLiteral("properties"), children);
    properties->insert(key, parent);
}

// Adds `required` arrays on the way to each required path.
void require(QJsonObject* schema, const QStringList& path)
{
    QJsonArray required = schema->value(QLatin1String("required")).toArray();
    if (!required.contains(path.first()))
        required.append(path.first());
    schema->insert(QStringLiteral("required"), required);
    if (path.size() == 1)
        return;
    QJsonObject properties = schema->value(QLatin1String("properties")).toObject();
    QJsonObject child = properties.value(path.first()).toObject();
    require(&child, path.mid(1));
    properties.insert(path.first(), child);
    schema->insert(QStringLiteral("properties"), properties);
}

template <std::size_t N>
SchemaContent::Schema make(const char* hash,
                           const char* title,
                           const char* description,
                           const QString& classId,
                           const FieldDef (&fields)[N],
                           const QStringList& required)
{
    SchemaContent::Schema schema;
    schema.id =
        QStringLiteral("https://ns.adobe.com/%1/schemas/%2").arg(SchemaContent::tenant(), QString::fromLatin1(hash));
    schema.altId = QStringLiteral("_%1.schemas.%2").arg(SchemaContent::tenant(), QString::fromLatin1(hash));
    schema.title = QString::fromUtf8(title);
    schema.description = QString::fromUtf8(description);
    schema.classId = classId;
    schema.behavior = classId == kEventClass ? QStringLiteral("time-series") : QStringLiteral("record");
    schema.version = QStringLiteral("1.2");
    schema.required = required;
    for (const FieldDef& def : fields) {
        place(&schema.properties, QString::fromLatin1(def.path).split(QLatin1Char('.')), leaf(def));
        const QString group = fieldGroupId(QString::fromLatin1(def.fieldGroup));
        if (!schema.fieldGroups.contains(group))
            schema.fieldGroups << group;
    }
    return schema;
}

const FieldDef kCustomerFields[] = {
    {"_acmeinc.customerId", "integer", "Customer ID", "_acmeinc/loyalty"},
    {"_acmeinc.lifetimeValue", "number", "Lifetime value", "_acmeinc/loyalty"},
    {"_acmeinc.isActive", "boolean", "Active", "_acmeinc/loyalty"},
    {"_acmeinc.createdAt", "date-time", "Customer since", "_acmeinc/loyalty"},
    {"person.name.firstName", "string", "First name", "profile-person-details"},
    {"person.name.lastName", "string", "Last name", "profile-person-details"},
    {"person.birthDate", "date", "Birth date", "profile-person-details"},
    {"personalEmail.address", "string", "Email address", "profile-personal-details"},
};

const FieldDef kOrderFields[] = {
    {"_id", "string", "Identifier", "experienceevent"},
    {"timestamp", "date-time", "Timestamp", "experienceevent"},
    {"eventType", "string", "Event type", "experienceevent"},
    {"_acmeinc.orderId", "integer", "Order ID", "_acmeinc/orders"},
    {"_acmeinc.customerId", "integer", "Customer ID", "_acmeinc/orders"},
    {"_acmeinc.status", "string", "Order status", "_acmeinc/orders"},
    {"_acmeinc.total", "number", "Order total", "_acmeinc/orders"},
    {"_acmeinc.orderedAt", "date-time", "Ordered at", "_acmeinc/orders"},
    {"_acmeinc.shippingAddress.street", "string", "Street", "_acmeinc/orders"},
    {"_acmeinc.shippingAddress.city", "string", "City", "_acmeinc/orders"},
    {"_acmeinc.shippingAddress.postalCode", "string", "Postal code", "_acmeinc/orders"},
};

const FieldDef kProductFields[] = {
    {"_acmeinc.productId", "integer", "Product ID", "_acmeinc/products"},
    {"_acmeinc.sku", "string", "SKU", "_acmeinc/products"},
    {"_acmeinc.name", "string", "Product name", "_acmeinc/products"},
    {"_acmeinc.category", "string", "Category", "_acmeinc/products"},
    {"_acmeinc.price", "number", "Price", "_acmeinc/products"},
    {"_acmeinc.tags", "array", "Tags", "_acmeinc/products"},
};

const FieldDef kWebEventFields[] = {
    {"_id", "string", "Identifier", "experienceevent"},
    {"timestamp", "date-time", "Timestamp", "experienceevent"},
    {"eventType", "string", "Event type", "experienceevent"},
    {"_acmeinc.eventId", "string", "Event ID", "_acmeinc/web"},
    {"_acmeinc.occurredAt", "date-time", "Occurred at", "_acmeinc/web"},
    {"_acmeinc.amount", "number", "Amount", "_acmeinc/web"},
    {"_acmeinc.labels", "array", "Labels", "_acmeinc/web"},
};

// A field group only a consent form fills: nothing in the sample sources can map to it.
const FieldDef kConsentFields[] = {
    {"_id", "string", "Identifier", "experienceevent"},
    {"timestamp", "date-time", "Timestamp", "experienceevent"},
    {"consents.marketing.email.val", "string", "Email marketing consent", "profile-consents"},
    {"consents.marketing.email.time", "date-time", "Consent time", "profile-consents"},
};

QList<SchemaContent::Schema> build()
{
    return {make("9c3c2c0d5e2a4b1c8f0e7d6a5b4c3d2e",
                 "Acme Customer Profile",
                 "Loyalty members from the CRM, one record per customer.",
                 kProfileClass,
                 kCustomerFields,
                 {QStringLiteral("_acmeinc.customerId")}),
            make("4b8e1f7a2c9d4e3f8a1b6c5d4e3f2a1b",
                 "Acme Order Events",
                 "One event per order placed in the web shop.",
                 kEventClass,
                 kOrderFields,
                 {QStringLiteral("_id"), QStringLiteral("timestamp")}),
            make("7d2a9e4c1b8f4a6d9c3e2f1a0b9c8d7e",
                 "Acme Products",
                 "The product catalog, one record per product (model-based).",
                 kRecordClass,
                 kProductFields,
                 {QStringLiteral("_acmeinc.productId")}),
            make("2f6b3d8e9a1c4f7b8e2d3c4b5a6f7e8d",
                 "Acme Web Events",
                 "Page views and purchases from the site's event feed.",
                 kEventClass,
                 kWebEventFields,
                 {QStringLiteral("_id"), QStringLiteral("timestamp")}),
            make("5e1d7c3b9a2f4e8d7c6b5a4f3e2d1c0b",
                 "Acme Consent Events",
                 "Consent changes from the preference center.",
                 kEventClass,
                 kConsentFields,
                 {QStringLiteral("_id"), QStringLiteral("timestamp"), QStringLiteral("consents.marketing.email.val")})};
}

} // namespace

const QList<SchemaContent::Schema>& SchemaContent::schemas()
{
    static const QList<Schema> all = build();
    return all;
}

std::optional<SchemaContent::Schema> SchemaContent::find(const QString& idOrAltId)
{
    for (const Schema& schema : schemas()) {
        if (schema.id == idOrAltId || schema.altId == idOrAltId)
            return schema;
    }
    return std::nullopt;
}

QJsonObject SchemaContent::listEntry(const Schema& schema, bool summary)
{
    if (!summary)
        return lookup(schema, false);
    return {{QStringLiteral("$id"), schema.id},
            {QStringLiteral("meta:altId"), schema.altId},
            {QStringLiteral("version"), schema.version},
            {QStringLiteral("title"), schema.title}};
}

QJsonObject SchemaContent::lookup(const Schema& schema, bool full)
{
    QJsonArray allOf{QJsonObject{{QStringLiteral("$ref"), schema.classId}}};
    QJsonArray extends{schema.classId};
    for (const QString& group : schema.fieldGroups) {
        allOf.append(QJsonObject{{QStringLiteral("$ref"), group}});
        extends.append(group);
    }
    QJsonObject answer{{QStringLiteral("$id"), schema.id},
                       {QStringLiteral("meta:altId"), schema.altId},
                       {QStringLiteral("meta:resourceType"), QStringLiteral("schemas")},
                       {QStringLiteral("version"), schema.version},
                       {QStringLiteral("title"), schema.title},
                       {QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("description"), schema.description},
                       {QStringLiteral("meta:class"), schema.classId},
                       {QStringLiteral("meta:behaviorType"), schema.behavior},
                       {QStringLiteral("meta:extends"), extends},
                       {QStringLiteral("meta:containerId"), QStringLiteral("tenant")},
                       {QStringLiteral("meta:tenantNamespace"), QStringLiteral("_") + tenant()},
                       {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                       {QStringLiteral("allOf"), allOf}};
    if (full) {
        answer.insert(QStringLiteral("properties"), schema.properties);
        for (const QString& path : schema.required)
            require(&answer, path.split(QLatin1Char('.')));
    }
    return answer;
}

QJsonArray SchemaContent::descriptors()
{
    QJsonArray all;
    int serial = 0;
    const auto add = [&](const Schema& schema, const QString& type, const QString& path, const QString& nameSpace) {
        QJsonObject descriptor{
            {QStringLiteral("@id"), QStringLiteral("a1b2c3d4e5f6%1").arg(++serial, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("@type"), type},
            {QStringLiteral("xdm:sourceSchema"), schema.id},
            {QStringLiteral("xdm:sourceVersion"), 1},
            {QStringLiteral("xdm:sourceProperty"),
             QLatin1Char('/') + QString(path).replace(QLatin1Char('.'), QLatin1Char('/'))}};
        if (!nameSpace.isEmpty()) {
            descriptor.insert(QStringLiteral("xdm:namespace"), nameSpace);
            descriptor.insert(QStringLiteral("xdm:property"), QStringLiteral("xdm:code"));
            descriptor.insert(QStringLiteral("xdm:isPrimary"), true);
        }
        all.append(descriptor);
    };
    const QList<Schema>& list = schemas();
    add(list.at(0),
        QStringLiteral("xdm:descriptorIdentity"),
        QStringLiteral("_acmeinc.customerId"),
        QStringLiteral("AcmeCustomerId"));
    add(list.at(1),
        QStringLiteral("xdm:descriptorIdentity"),
        QStringLiteral("_acmeinc.customerId"),
        QStringLiteral("AcmeCustomerId"));
    add(list.at(2), QStringLiteral("xdm:descriptorPrimaryKey"), QStringLiteral("_acmeinc.productId"), QString());
    return all;
}

QJsonArray SchemaContent::fieldGroups()
{
    QStringList seen;
    QJsonArray groups;
    for (const Schema& schema : schemas()) {
        for (const QString& group : schema.fieldGroups) {
            if (seen.contains(group) || !group.contains(tenant()))
                continue;
            seen << group;
            groups.append(
                QJsonObject{{QStringLiteral("$id"), group},
                            {QStringLiteral("meta:altId"),
                             QStringLiteral("_%1.mixins.%2").arg(tenant(), group.section(QLatin1Char('/'), -1))},
                            {QStringLiteral("version"), QStringLiteral("1.0")},
                            {QStringLiteral("title"), group.section(QLatin1Char('/'), -1)}});
        }
    }
    return groups;
}

std::optional<QJsonObject> SchemaContent::field(const Schema& schema, const QString& path)
{
    QJsonObject properties = schema.properties;
    const QStringList keys = path.split(QLatin1Char('.'));
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue value = properties.value(keys.at(i));
        if (!value.isObject())
            return std::nullopt;
        if (i == keys.size() - 1)
            return value.toObject();
        properties = value.toObject().value(QLatin1String("properties")).toObject();
    }
    return std::nullopt;
}

} // namespace Inlet::Sim
