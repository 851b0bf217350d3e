#pragma once

#include "catalog/ConnectionSpec.h"
#include "core/Json.h"

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
};

// Turns connection-spec JSON into ConnectionSpec values. The schema's property order is the order of
// the documentation's credential table, which the form keeps: Json keeps it. Malformed specs are
// skipped with a message; one bad spec never rejects the others. Never throws.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::CatalogParser)

public:
    // Text: the bundled catalog, the cache.
    static CatalogPage parse(const QByteArray& json);
    // A page the platform layer has already parsed (it read the paging links from it).
    static CatalogPage parse(const JsonDocument& document);
};

} // namespace Inlet
