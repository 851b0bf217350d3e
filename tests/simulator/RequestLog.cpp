#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Inlet::Sim {

namespace {

constexpr int kCapacity = 500;

} // namespace

qint64 RequestLog::record(Request request)
{
    request.sequence = ++m_sequence;
    m_requests.append(std::move(request));
    while (m_requests.size() > kCapacity)
        m_requests.removeFirst();
    return m_sequence;
}

QJsonArray RequestLog::since(qint64 sequence) const
{
    QJsonArray requests;
    for (const Request& logged : m_requests) {
        if (logged.sequence > sequence)
            requests.append(toJson(logged));
    }
    return requests;
}

QJsonObject RequestLog::toJson(const Request& request)
{
    QJsonObject headers;
    for (const auto& [name, value] : request.headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString existing = headers.value(key).toString();
        headers.insert(key,
                       existing.isEmpty() ? QString::fromUtf8(value)
                                          : existing + QStringLiteral(", ") + QString::fromUtf8(value));
    }
    QJsonObject object{{QStringLiteral("sequence"), request.sequence},
                       {QStringLiteral("receivedAt"), request.receivedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body"), QString::fromUtf8(request.body)}};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError)
        object.insert(QStringLiteral("json"),
                      document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    return object;
}

} // namespace Inlet::Sim
