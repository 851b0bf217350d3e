#pragma once

#include "catalog/ConnectionSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inlet {

// One page of a `GET /connectionSpecs` response (or the bundled catalog, or the cache, which have the
// same shape: {"items": […]}). A single connection-spec object without "items" is accepted too.
struct CatalogPage
{
    QList<ConnectionSpec> specs; // the well-formed ones, in document order
    QStringList errors; // one human message per rejected spec or auth spec, naming it
    // Ids of well-formed specs that are not for Inlet: `attributes.isSource` false (destinations) or no
    // auth spec at all (no base connection, like the Data Landing Zone). Left out without an error.
    QStringList ignoredIds;
    bool documentValid = false; // false: not JSON, or not the response shape; `errors` says why
    // Paging: `continuationToken` (top level or `_page`), else the one inside `_links.next.href`.
    QString continuationToken;
    QString nextHref; // `_links.next.href` as received (may be relative)

    bool hasNextPage() const { return !continuationToken.isEmpty() || !nextHref.isEmpty(); }
};

// Turns connection-spec JSON into ConnectionSpec values. It reads the text with FlatJson, not
// QJsonDocument, because QJsonObject sorts keys and the schema's property order is the order of the
// documentation's credential table, which the form keeps. Malformed specs are skipped with a
// message; one bad spec never rejects the others. Never throws, never recurses without bound.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::CatalogParser)

public:
    static CatalogPage parse(const QByteArray& json);

    // Paging helpers for the platform layer, on an already parsed page object.
    static QString continuationToken(const QJsonObject& page);
    static QString nextHref(const QJsonObject& page);
};

} // namespace Inlet
