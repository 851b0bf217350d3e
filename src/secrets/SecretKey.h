#pragma once

#include <QString>

namespace Inlet {

// Names one secret in the OS keychain as "<app id>/<scope>/<field>".
// Windows' credential store ignores the service name, so the key alone must be unique across apps;
// scope and field are percent-encoded so that a "/" in a profile name cannot forge another key.
class SecretKey
{
public:
    static SecretKey forProfile(const QString& profileName, const QString& field);
    static SecretKey forConnection(const QString& connectionName, const QString& field);

    QString scope() const { return m_scope; }
    QString field() const { return m_field; }
    QString toString() const;
    bool isValid() const { return !m_scope.isEmpty() && !m_field.isEmpty(); }

    bool operator==(const SecretKey& other) const { return m_scope == other.m_scope && m_field == other.m_field; }

private:
    SecretKey(QString scope, QString field);

    QString m_scope;
    QString m_field;
};

} // namespace Inlet
