#pragma once

#include "catalog/SchemaProperty.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Inlet {

// One way to authenticate against a source: `authSpec[]` of a connection spec. `name` is what a
// create-connection request sends as `auth.specName`; `properties` keep the schema's document order.
struct AuthSpec
{
    QString name;
    QString type; // free-form ("Basic_Authentication", "KeyBased", …); may be empty
    QString description; // the schema's own "description"
    QList<SchemaProperty> properties;

    const SchemaProperty* property(const QString& propertyName) const;
    QStringList propertyNames() const;
    QStringList requiredPropertyNames() const;
    // Params whose values must be redacted in logs and previews ("format": "password").
    QSet<QString> secretPropertyNames() const;
};

} // namespace Inlet
