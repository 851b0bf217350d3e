#pragma once

#include "catalog/SchemaProperty.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inlet {

// One input of a credential form, derived from one schema property.
struct Field
{
    // Secret: one masked line. FileSecret: a secret that is a file's content (a private key, a
    // service-account JSON key), possibly several lines, that can be loaded from the file. Url: an
    // absolute http(s) address ("format": "uri").
    enum class Kind { Text, Secret, FileSecret, Url, Integer, Number, Boolean, Choice };

    QString name; // the auth.params key
    QString label; // title, else the humanised name
    QString help; // description
    QString placeholder; // first example, as text
    Kind kind = Kind::Text;
    bool required = false;
    QVariant defaultValue; // property.defaultValue; invalid: none
    QStringList choiceLabels; // Choice: the enum values as text, same order as property.enumValues
    SchemaProperty property; // the schema it came from (limits, pattern, enum)

    bool hasDefault() const { return property.hasDefault(); }
    bool isSecret() const { return kind == Kind::Secret || kind == Kind::FileSecret; }

    static Field fromProperty(const SchemaProperty& property);
    // "servicePrincipalKey" → "Service principal key", "clusterId" → "Cluster ID", "sasUri" → "SAS URI".
    static QString humanise(const QString& name);
    // A JSON scalar (QString, qlonglong, double or bool) as a person would type it ("9042", "true", "text").
    static QString valueText(const QVariant& value);
};

} // namespace Inlet
