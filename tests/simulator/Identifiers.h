#pragma once

#include <QByteArray>
#include <QString>

// Identifiers shaped like Platform's, for every simulated service.
namespace Inlet::Sim::Identifiers {

QString uuid();
QByteArray requestId();
// With quotes, like Platform's: "0c0099f4-0000-0200-0000-67da91710000".
QString etag();
// An If-Match value compared with an etag: quotes and a weak W/ prefix do not count.
bool sameEtag(const QString& supplied, const QString& etag);
QString lowerAlphanumeric(int length);

} // namespace Inlet::Sim::Identifiers
