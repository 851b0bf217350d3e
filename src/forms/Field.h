#pragma once

#include "catalog/SchemaProperty.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Inlet {

// One input of a credential form, derived from one schema property.
struct Field
{
    enum class Kind { Text, Secret, Integer, Number, Boolean, Choice };

    QString name; // the auth.params key
    QString label; // title, else the humanised name
    QString help; // description
    QString placeholder; // first example, as text
    Kind kind = Kind::Text;
    bool required = false;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    QStringList choiceLabels; // Choice: the enum values as text, same order as property.enumValues
    SchemaProperty property; // the schema it came from (limits, pattern, enum)

    bool hasDefault() const { return property.hasDefault(); }

    static Field fromProperty(const SchemaProperty& property);
    // "servicePrincipalKey" → "Service principal key", "clusterId" → "Cluster ID", "sasUri" → "SAS URI".
    static QString humanise(const QString& name);
    // A JSON scalar as a person would type it ("9042", "true", "text").
    static QString valueText(const QJsonValue& value);
};

} // namespace Inlet
