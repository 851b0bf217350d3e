#include "FlowConventions.h"

#include "Replies.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Inlet::Sim::FlowConventions {

QString prefix()
{
    return QStringLiteral("/data/foundation/flowservice");
}

Response error(const QString& code, const QString& title, const QString& message, const QString& requestId)
{
    return Replies::problem(QStringLiteral("FLOW"), code, title, message, requestId);
}

Response invalidRequest(const QString& message, const QString& requestId)
{
    return error(QStringLiteral("1100-400"), QStringLiteral("Invalid request"), message, requestId);
}

Response page(const Request& request, const QList<QByteArray>& items, const QString& relativePath, int pageSize)
{
    int size = pageSize > 0 ? pageSize : int(items.size());
    bool limitOk = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (limitOk && limit > 0)
        size = std::min(size, limit);
    int offset = 0;
    const QString token = request.query.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        bool ok = false;
        offset = QString::fromLatin1(QByteArray::fromBase64(token.toLatin1())).section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok || offset < 0 || offset > items.size())
            return invalidRequest(QStringLiteral("continuationToken is not valid"),
                                  QString::fromLatin1(request.header("x-request-id")));
    }
    const QList<QByteArray> slice = items.mid(offset, size);
    QByteArray body = "{\"items\":[" + slice.join(',') + ']';
    if (offset + size < items.size()) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("continuationToken"));
        next.addQueryItem(QStringLiteral("continuationToken"),
                          QString::fromLatin1(QByteArray("page:" + QByteArray::number(offset + size)).toBase64()));
        const QString href = relativePath + QLatin1Char('?') + next.toString(QUrl::FullyEncoded);
        body += ",\"_links\":{\"next\":{\"href\":"
            + QJsonDocument(QJsonArray{href}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + "}}";
    }
    body += '}';
    return Response{200, QByteArrayLiteral("application/json"), {}, body};
}

namespace {

QStringList listedValues(const QString& list)
{
    QStringList values;
    for (QString value : list.split(QLatin1Char(','))) {
        value = value.trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        values << value;
    }
    return values;
}

QJsonValue valueAt(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

} // namespace

bool matchesFilters(const QUrlQuery& query, const QJsonObject& object)
{
    for (const QString& filter : query.allQueryItemValues(QStringLiteral("property"), QUrl::FullyDecoded)) {
        const qsizetype equals = filter.indexOf(QLatin1String("=="));
        if (equals <= 0)
            continue;
        const QStringList wanted = listedValues(filter.mid(equals + 2));
        const QJsonValue value = valueAt(object, filter.left(equals));
        const QJsonArray candidates = value.isArray() ? value.toArray() : QJsonArray{value};
        const bool any = std::any_of(candidates.begin(), candidates.end(), [&](const QJsonValue& candidate) {
            return wanted.contains(candidate.isString() ? candidate.toString() : candidate.toVariant().toString());
        });
        if (!any)
            return false;
    }
    return true;
}

QStringList propertyValues(const QUrlQuery& query, const QString& property)
{
    QStringList values;
    const QString filterPrefix = property + QStringLiteral("==");
    for (const QString& filter : query.allQueryItemValues(QStringLiteral("property"), QUrl::FullyDecoded)) {
        if (filter.startsWith(filterPrefix))
            values << listedValues(filter.mid(filterPrefix.size()));
    }
    return values;
}

} // namespace Inlet::Sim::FlowConventions
