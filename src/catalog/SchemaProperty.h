#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace Inlet {

// One property of an auth spec's JSON Schema (draft-07), reduced to the keywords Inlet supports:
// type, format "password", title, description, default, examples, enum, pattern, minLength/maxLength,
// minimum/maximum, format ("password", "uri"), contentMediaType/contentEncoding (a value that is a file's
// content, such as a key) and membership of the parent's "required" list. "x-patternDescription" and
// "x-group" are Inlet's own keywords: a human description of `pattern` ("a GUID like 0000…") and the
// title of an optional group of fields the form folds away; other consumers ignore them.
struct SchemaProperty
{
    enum class Type { String, Integer, Number, Boolean };

    QString name;
    Type type = Type::String;
    bool secret = false; // "format": "password"
    bool required = false;
    QString format; // "password", "uri", …; formats other than these two are hints Inlet does not check
    QString contentMediaType; // "application/json", "application/x-pem-file": the value is a file's content
    QString contentEncoding; // "base64": the file's content is sent encoded
    QString group; // "x-group"
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
    bool isUrl() const { return format == QLatin1String("uri"); }
    bool isFileContent() const { return !contentMediaType.isEmpty() || !contentEncoding.isEmpty(); }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
};

} // namespace Inlet
