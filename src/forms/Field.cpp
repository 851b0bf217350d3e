#include "Field.h"

#include "core/Json.h"

#include <QHash>

#include <cmath>

namespace Inlet {

namespace {

// Words that read as acronyms in a label ("clusterId" → "Cluster ID").
const QHash<QString, QString>& acronyms()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("api"), QStringLiteral("API")},   {QStringLiteral("aws"), QStringLiteral("AWS")},
        {QStringLiteral("db"), QStringLiteral("DB")},     {QStringLiteral("dns"), QStringLiteral("DNS")},
        {QStringLiteral("dsn"), QStringLiteral("DSN")},   {QStringLiteral("gcs"), QStringLiteral("GCS")},
        {QStringLiteral("http"), QStringLiteral("HTTP")}, {QStringLiteral("https"), QStringLiteral("HTTPS")},
        {QStringLiteral("id"), QStringLiteral("ID")},     {QStringLiteral("ids"), QStringLiteral("IDs")},
        {QStringLiteral("ip"), QStringLiteral("IP")},     {QStringLiteral("jdbc"), QStringLiteral("JDBC")},
        {QStringLiteral("json"), QStringLiteral("JSON")}, {QStringLiteral("oauth"), QStringLiteral("OAuth")},
        {QStringLiteral("s3"), QStringLiteral("S3")},     {QStringLiteral("sas"), QStringLiteral("SAS")},
        {QStringLiteral("sid"), QStringLiteral("SID")},   {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("ssh"), QStringLiteral("SSH")},   {QStringLiteral("ssl"), QStringLiteral("SSL")},
        {QStringLiteral("tcp"), QStringLiteral("TCP")},   {QStringLiteral("tls"), QStringLiteral("TLS")},
        {QStringLiteral("uid"), QStringLiteral("UID")},   {QStringLiteral("uri"), QStringLiteral("URI")},
        {QStringLiteral("url"), QStringLiteral("URL")},   {QStringLiteral("uuid"), QStringLiteral("UUID")},
    };
    return table;
}

// camelCase, PascalCase, snake_case and kebab-case into words; digits stay with the word before them
// ("s3AccessKey" → s3, Access, Key) and an upper-case run keeps together ("HTTPPath" → HTTP, Path).
QStringList splitWords(const QString& name)
{
    QStringList words;
    QString current;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_' || c == u'-' || c == u'.' || c.isSpace()) {
            if (!current.isEmpty()) {
                words.append(current);
            }
            current.clear();
            continue;
        }
        if (!current.isEmpty() && c.isUpper()) {
            const QChar previous = current.back();
            const bool nextIsLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower)) {
                words.append(current);
                current.clear();
            }
        }
        current.append(c);
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    return words;
}

QString jsonToText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        // Only whole numbers a double holds exactly (2^53 itself included): casting 1e89 to qint64
        // is undefined behaviour.
        if (std::abs(d) <= double(kJsonExactIntegerLimit) && std::floor(d) == d) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 15);
    }
    default:
        return QString();
    }
}

} // namespace

QString Field::humanise(const QString& name)
{
    const QStringList words = splitWords(name);
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        const QString lower = word.toLower();
        if (const auto it = acronyms().constFind(lower); it != acronyms().constEnd()) {
            out.append(it.value());
        } else if (word.size() > 1 && word == word.toUpper() && word.at(0).isLetter()) {
            out.append(word); // already an acronym: "MFA"
        } else if (i == 0) {
            out.append(lower.left(1).toUpper() + lower.mid(1));
        } else {
            out.append(lower);
        }
    }
    return out.join(u' ');
}

Field Field::fromProperty(const SchemaProperty& property)
{
    Field field;
    field.property = property;
    field.name = property.name;
    field.label = property.title.trimmed().isEmpty() ? humanise(property.name) : property.title.trimmed();
    field.help = property.description.trimmed();
    field.required = property.required;
    field.defaultValue = property.defaultValue;
    if (!property.examples.isEmpty()) {
        field.placeholder = jsonToText(property.examples.first());
    }
    if (property.isChoice()) {
        field.kind = Kind::Choice;
        for (const QVariant& value : property.enumValues) {
            field.choiceLabels.append(jsonToText(value));
        }
        return field;
    }
    switch (property.type) {
    case SchemaProperty::Type::String:
        if (property.secret) {
            field.kind = property.isFileContent() ? Kind::FileSecret : Kind::Secret;
        } else {
            field.kind = property.isUrl() ? Kind::Url : Kind::Text;
        }
        break;
    case SchemaProperty::Type::Integer:
        field.kind = Kind::Integer;
        break;
    case SchemaProperty::Type::Number:
        field.kind = Kind::Number;
        break;
    case SchemaProperty::Type::Boolean:
        field.kind = Kind::Boolean;
        break;
    }
    return field;
}

QString Field::valueText(const QVariant& value)
{
    return jsonToText(value);
}

} // namespace Inlet
