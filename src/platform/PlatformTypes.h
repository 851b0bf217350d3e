#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

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

// What the client knows after a create whose outcome was ambiguous (see CreateConnectionOperation).
enum class CreateOutcome {
    Created, // 201: created now
    FoundAfterAmbiguousFailure, // the request failed ambiguously, but a connection of that name was
                                // created meanwhile: result() is that connection
    NotCreated, // failed, and no such connection exists: safe to try again
    Unknown, // failed ambiguously and the check failed too: look in Platform before trying again
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::CreatedConnection)
Q_DECLARE_METATYPE(Inlet::ConnectionSummary)
Q_DECLARE_METATYPE(Inlet::LandingZoneCredentials)
