#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// The tenant's XDM schemas, as Schema Registry stores them for the sample tenant `_acmeinc`: profile,
// experience-event and record schemas built from standard and tenant field groups, with identity and
// primary-key descriptors, made to take (most of) the explore sample content's columns. A value;
// nothing is stored.
class SchemaContent
{
public:
    static QString tenant() { return QStringLiteral("acmeinc"); }

    struct Schema
    {
        QString id; // $id
        QString altId; // meta:altId
        QString title;
        QString description;
        QString classId; // meta:class
        QString behavior; // "record" or "time-series"
        QStringList fieldGroups; // $ids
        QJsonObject properties; // resolved, as xed-full+json answers them
        QStringList required; // dotted paths
        QString version;
    };

    static const QList<Schema>& schemas();
    static std::optional<Schema> find(const QString& idOrAltId);

    // The schema as Schema Registry answers a lookup: `full` resolves every field into `properties`
    // (xed-full+json), otherwise fields stay behind `allOf` references (xed+json).
    static QJsonObject lookup(const Schema& schema, bool full);
    // One list entry: id, altId, version, title (xed-id+json), or the whole unresolved schema (xed+json).
    static QJsonObject listEntry(const Schema& schema, bool summary);
    // The identity and primary-key descriptors of every schema.
    static QJsonArray descriptors();
    static QJsonArray fieldGroups();

    // The field at a dotted path (`person.name.firstName`), or none.
    static std::optional<QJsonObject> field(const Schema& schema, const QString& path);
};

} // namespace Inlet::Sim
