#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace Inlet {

// One property of an auth spec's JSON Schema (draft-07), reduced to the keywords Inlet supports:
// type, format "password", title, description, default, examples, enum, pattern, minLength/maxLength,
// minimum/maximum and membership of the parent's "required" list. "x-patternDescription" is Inlet's
// own keyword: a human description of `pattern` ("a GUID like 0000…"), ignored by other consumers.
struct SchemaProperty
{
    enum class Type { String, Integer, Number, Boolean };

    QString name;
    Type type = Type::String;
    bool secret = false; // "format": "password"
    bool required = false;
    QString title;
    QString description;
    // JSON scalars as plain values: QString, qlonglong, double or bool (see jsonToVariant).
    QVariant defaultValue; // invalid: none
    QVariantList examples;
    QVariantList enumValues;
    QString pattern; // validated to compile when parsed
    QString patternDescription; // "x-patternDescription"
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<double> minimum;
    std::optional<double> maximum;

    bool hasDefault() const { return defaultValue.isValid(); }
    bool isChoice() const { return !enumValues.isEmpty(); }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
};

} // namespace Inlet
