#pragma once

#include "SimulatorTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What every Flow Service resource shares (connections today; flows, runs, source and target
// connections next): its error codes, continuation-token paging and `property=` filters.
namespace Inlet::Sim::FlowConventions {

QString prefix();

// Flow Service's problem body for a code such as "1415-400".
Response error(const QString& code, const QString& title, const QString& message, const QString& requestId);
Response invalidRequest(const QString& message, const QString& requestId);

// One page of already serialised items (kept verbatim, so their key order reaches the client), with
// `_links.next.href` relative to the prefix when more follow. `limit` may shrink `pageSize`, never grow it.
Response page(const Request& request, const QList<QByteArray>& items, const QString& relativePath, int pageSize);

// The values `property=NAME==a,b` filters on ({a, b}); other properties are ignored.
QStringList propertyValues(const QUrlQuery& query, const QString& property);
// Whether `object` passes every `property=PATH==a,b` filter of the query: the value at the dotted PATH
// (any element, for an array) is one of the listed values.
bool matchesFilters(const QUrlQuery& query, const QJsonObject& object);

} // namespace Inlet::Sim::FlowConventions
