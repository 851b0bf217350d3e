#include "AuthSpec.h"

namespace Inlet {

const SchemaProperty* AuthSpec::property(const QString& propertyName) const
{
    for (const SchemaProperty& candidate : properties) {
        if (candidate.name == propertyName) {
            return &candidate;
        }
    }
    return nullptr;
}

QStringList AuthSpec::propertyNames() const
{
    QStringList names;
    for (const SchemaProperty& property : properties) {
        names.append(property.name);
    }
    return names;
}

QStringList AuthSpec::requiredPropertyNames() const
{
    QStringList names;
    for (const SchemaProperty& property : properties) {
        if (property.required) {
            names.append(property.name);
        }
    }
    return names;
}

QSet<QString> AuthSpec::secretPropertyNames() const
{
    QSet<QString> names;
    for (const SchemaProperty& property : properties) {
        if (property.secret) {
            names.insert(property.name);
        }
    }
    return names;
}

} // namespace Inlet
