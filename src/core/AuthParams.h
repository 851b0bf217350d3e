#pragma once

#include "core/Json.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace Inlet {

// One `auth.params` entry: the name, the value as the schema types it (QString, qlonglong, double or
// bool) and whether the value is a secret (redacted in logs and previews, kept in the keychain).
struct AuthParam
{
    QString name;
    QVariant value;
    bool secret = false;

    bool operator==(const AuthParam& other) const
    {
        return name == other.name && value == other.value && secret == other.secret;
    }
};

// `auth.params` in order: the order of the auth spec's properties in the catalog document (the
// documentation's credential table), which the form shows and the request body writes. A name
// appears once.
class AuthParams
{
public:
    using const_iterator = QList<AuthParam>::const_iterator;

    AuthParams() = default;
    AuthParams(std::initializer_list<AuthParam> params);

    const_iterator begin() const { return m_params.cbegin(); }
    const_iterator end() const { return m_params.cend(); }
    bool isEmpty() const { return m_params.isEmpty(); }
    qsizetype size() const { return m_params.size(); }

    bool contains(const QString& name) const { return find(name) != nullptr; }
    QVariant value(const QString& name) const;
    // Replaces the value where the name stands (its secret flag stays), or appends a new param.
    void insert(const QString& name, const QVariant& value);
    void insert(const AuthParam& param);
    void setSecret(const QString& name, bool secret = true);
    void remove(const QString& name);

    QStringList names() const;
    QSet<QString> secretNames() const;

    // The JSON object, members in this order.
    Json toJson() const;
    // An object's scalar members in document order, none marked secret; other members are skipped.
    static AuthParams fromJson(const Json& object);

    bool operator==(const AuthParams& other) const { return m_params == other.m_params; }
    bool operator!=(const AuthParams& other) const { return !(*this == other); }

private:
    const AuthParam* find(const QString& name) const;
    AuthParam* find(const QString& name);

    QList<AuthParam> m_params;
};

} // namespace Inlet
