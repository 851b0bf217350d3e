#pragma once

// Test helper shared by tst_catalog and tst_allspecs: a valid value for any field of the bundled catalog.

#include "forms/FormModel.h"

#include <QJsonValue>
#include <QVariant>

namespace CatalogSamples {

inline QVariant validValue(const Inlet::FormModel& model, const Inlet::Field& field)
{
    using Inlet::Field;
    const Inlet::SchemaProperty& p = field.property;
    QVariantList candidates;
    candidates += p.examples;
    switch (field.kind) {
    case Field::Kind::Integer:
    case Field::Kind::Number:
        candidates.append(p.defaultValue);
        candidates.append(p.minimum ? QVariant(qlonglong(*p.minimum)) : QVariant(qlonglong(1)));
        break;
    case Field::Kind::Boolean:
        candidates.append(true);
        break;
    case Field::Kind::Choice:
        candidates.append(p.enumValues.first());
        break;
    case Field::Kind::Url:
        candidates.append(QStringLiteral("https://example.com/") + field.name);
        break;
    case Field::Kind::FileSecret:
        candidates.append(QStringLiteral("{\"type\":\"service_account\"}"));
        candidates.append(QStringLiteral("c2VjcmV0LWtleQ=="));
        break;
    case Field::Kind::Text:
    case Field::Kind::Secret:
        candidates.append(p.defaultValue);
        candidates.append(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        candidates.append(QStringLiteral("my-bucket.example"));
        candidates.append(QStringLiteral("abcdefghijABCDEFGHIJ0123456789+/abcdefgh")); // 40 base64 characters
        candidates.append(QStringLiteral("sample-") + field.name);
        break;
    }
    for (const QVariant& candidate : std::as_const(candidates)) {
        if (!Inlet::FormModel::isEmptyValue(candidate) && model.validateField(field, candidate).isEmpty()) {
            return candidate;
        }
    }
    return QVariant(); // the caller's validate() then names the field
}

inline QVariantMap validValues(const Inlet::FormModel& model)
{
    QVariantMap values;
    for (const Inlet::Field& field : model.fields()) {
        values.insert(field.name, validValue(model, field));
    }
    return values;
}

// True when `value` has the JSON type the schema gives `property` (an integer as a whole number).
inline bool hasSchemaType(const Inlet::SchemaProperty& property, const QJsonValue& value)
{
    switch (property.type) {
    case Inlet::SchemaProperty::Type::String:
        return value.isString();
    case Inlet::SchemaProperty::Type::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Inlet::SchemaProperty::Type::Number:
        return value.isDouble();
    case Inlet::SchemaProperty::Type::Boolean:
        return value.isBool();
    }
    return false;
}

} // namespace CatalogSamples
