#pragma once

#include "catalog/AuthSpec.h"
#include "core/AuthParams.h"
#include "forms/Field.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

namespace Inlet {

struct FieldError
{
    QString field; // the param name
    QString message; // a sentence a person understands, naming the field by its label

    bool operator==(const FieldError& other) const { return field == other.field && message == other.message; }
};

// The credential form of one auth spec, without widgets: ordered fields, validation, and the
// `auth.params` object. Values are keyed by param name; a value may be text as typed (QString) or
// already typed (int/qlonglong/double/bool); empty or null means "not given".
class FormModel
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::FormModel)

public:
    FormModel() = default;
    explicit FormModel(const AuthSpec& authSpec);

    const AuthSpec& authSpec() const { return m_authSpec; }
    QString specName() const { return m_authSpec.name; } // auth.specName
    const QList<Field>& fields() const { return m_fields; }
    const Field* field(const QString& name) const;
    QSet<QString> secretFieldNames() const { return m_authSpec.secretPropertyNames(); }

    // The values a fresh form starts with: each field's default, where it has one.
    QVariantMap defaultValues() const;

    // All problems, in field order; empty when `values` can be sent.
    QList<FieldError> validate(const QVariantMap& values) const;
    // The problem with one field's value, or an empty string.
    QString validateField(const Field& field, const QVariant& value) const;

    // `auth.params` in field order, secrets marked: JSON types from the schema (numbers and booleans
    // are not strings), text trimmed, empty optional fields left out. Values that do not convert are
    // left out too; validate() first.
    AuthParams toParams(const QVariantMap& values) const;

    // What a field takes from a file's content (FileSecret fields): the text, Base64-encoded where the
    // schema says "contentEncoding": "base64", JSON written compactly where it is JSON to be sent as is;
    // or, in `error`, why the file does not fit (too large, not text, not JSON). The value then goes
    // where a typed value goes: validate(), toParams(), the keychain.
    struct FileValue
    {
        QString value;
        QString error;
    };
    FileValue valueFromFile(const Field& field, const QByteArray& content) const;
    // The largest file a FileSecret field loads: its value must stay within kindMaxLength().
    static qint64 maxFileSize(const Field& field);

    static bool isEmptyValue(const QVariant& value);
    // The longest text a field of this kind takes whatever its schema says: 253 for a host, 65,536
    // otherwise. Longer values are refused with a message stating the limit; inputs never cut them.
    static qsizetype kindMaxLength(const Field& field);

private:
    AuthSpec m_authSpec;
    QList<Field> m_fields;
};

} // namespace Inlet
