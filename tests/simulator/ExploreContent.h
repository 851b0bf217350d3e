#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// What a base connection's source holds, as Flow Service's explore shows it: realistic sample content
// per source family, built on demand from the connection's spec and params (nothing is stored).
//
// - databases (Spark, Azure Data Explorer, Redshift, …): the tables of the `database` param at the
//   root ("sales.customers", "sales.orders", …), plus the schema folder "analytics" with a table of
//   every common column type, a table 300 columns wide with long values, one Platform cannot preview,
//   one with neither schema nor preview, and one the account may not read (403);
// - Databricks: the same, under the connection's `database`;
// - cloud storage: folders of delimited (comma, semicolon, tab, gzip), JSON and Parquet files, an empty
//   folder, a folder the account may not list (403) and a file Platform cannot read.
class ExploreContent
{
public:
    enum class Family { Database, Databricks, CloudStorage };

    struct Table
    {
        QJsonArray columns; // [{name, type, xdm{type, format}, meta:xdmType}]
        QList<QJsonObject> rows;
    };

    struct File
    {
        QString fileType; // "delimited", "json", "parquet"
        QString delimiter; // delimited only
        QString compression; // empty: none
        Table content;
    };

    // Why a level or an object cannot be answered.
    enum class Refusal { None, NotFound, Forbidden };

    // `rootTables`: how many tables a database's root lists (at least the four named ones).
    ExploreContent(Family family, const QString& connectionSpecId, const QJsonObject& params, int rootTables);

    static Family familyOf(const QString& connectionSpecId, const QString& category);

    // The items of the root (`folder` empty) or of a folder or schema.
    QJsonArray level(const QString& folder, Refusal* refusal) const;
    std::optional<Table> table(const QString& path, Refusal* refusal) const;
    std::optional<File> file(const QString& path, Refusal* refusal) const;

    static constexpr int kPreviewRows = 100;

private:
    QString database() const;
    QString typeName(const QString& generic) const; // the source's own spelling of a column type

    Family m_family;
    QString m_specId;
    QJsonObject m_params;
    int m_rootTables;
};

} // namespace Inlet::Sim
