#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Plain results of platform operations. Pages show them; none of them is parsed by a page.
// None of these types has a QDebug operator on purpose: some carry secrets (SAS tokens).

namespace Inlet {

// `POST /connections` (201) answers {id, etag}.
struct CreatedConnection
{
    QString id;
    // Verbatim, quotes included ("\"0c0099f4-…\""), as Platform's If-Match wants it back.
    QString etag;
};

// One base connection as `GET /connections` lists it.
struct ConnectionSummary
{
    QString id;
    QString name;
    QString description;
    QString state; // "enabled", "disabled", …
    QDateTime createdAt; // from epoch milliseconds, UTC; invalid when absent
    QDateTime updatedAt;
    QString connectionSpecId;
    QString connectionSpecVersion;
    QString authSpecName;
    QString etag; // verbatim, quotes included
};

// One entry of `GET /connections/{id}/explore?objectType=root`.
struct ExploreItem
{
    QString type; // "table", "folder", "file", …
    QString name;
    QString path;
    bool canPreview = false;
    bool canFetchSchema = false;
};

// How a file is read when it is explored (`fileType`, `columnDelimiter`, `compressionType`).
struct FileFormat
{
    enum class Type { Delimited, JsonData, Parquet };

    Type type = Type::Delimited;
    QString delimiter = QStringLiteral(","); // delimited files only
    QString compression; // empty: none; else Flow Service's name ("gzip", "bzip2", "zipDeflate", …)

    // Flow Service's spelling of the type: "delimited", "json", "parquet".
    QString typeName() const
    {
        switch (type) {
        case Type::JsonData:
            return QStringLiteral("json");
        case Type::Parquet:
            return QStringLiteral("parquet");
        case Type::Delimited:
            break;
        }
        return QStringLiteral("delimited");
    }
    static std::optional<Type> typeFromName(const QString& name)
    {
        if (name.compare(QLatin1String("delimited"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            return Type::Delimited;
        if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
            return Type::JsonData;
        if (name.compare(QLatin1String("parquet"), Qt::CaseInsensitive) == 0)
            return Type::Parquet;
        return std::nullopt;
    }
    friend bool operator==(const FileFormat& a, const FileFormat& b)
    {
        return a.type == b.type && a.compression == b.compression
            && (a.type != Type::Delimited || a.delimiter == b.delimiter);
    }
};

// One column of an explored table or file: its name and type in the source, and the XDM type (and
// format, e.g. "date-time") Platform maps it to.
struct ExploreColumn
{
    QString name;
    QString type;
    QString xdmType;
    QString xdmFormat;
};

// What one request to explore a table or a file asks for.
struct ExploreQuery
{
    QString objectType; // "table" or "file"
    QString path;
    bool preview = false; // preview=true: rows in the answer
    bool determineProperties = false; // files: Platform detects the format (then `format` is not sent)
    std::optional<FileFormat> format; // files: read it this way
};

// `GET /connections/{id}/explore?objectType=table|file&object=…`: the schema, preview rows (each as
// display text in column order; nested values as compact JSON) and, when asked to detect, the format.
struct ExploredObject
{
    QString format; // "flat", "hierarchical"
    QList<ExploreColumn> columns;
    QList<QStringList> rows;
    std::optional<FileFormat> detectedFormat;
};

// `GET/POST /data/foundation/connectors/landingzone/credentials?type=dlz_databricks_source`.
// sasToken and sasUri are secrets: never log them (the redactor strips sig=).
struct LandingZoneCredentials
{
    QString containerName;
    QString sasToken; // "SASToken"
    QString storageAccountName;
    QString sasUri; // "SASUri"
    QDate expiryDate; // invalid when the response has none (user_drop_zone)
};

// Result of PlatformSession::signIn().
struct SignInResult
{
    bool pastedToken = false; // the profile signs in with a pasted access token
    QDateTime tokenExpiresAt; // when the cached IMS token expires; invalid for a pasted token
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::CreatedConnection)
Q_DECLARE_METATYPE(Inlet::ConnectionSummary)
Q_DECLARE_METATYPE(Inlet::LandingZoneCredentials)
Q_DECLARE_METATYPE(Inlet::ExploreItem)
