#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Inlet::Sim {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the simulator received it (a copy: QHttpServerRequest cannot be kept).
struct Request
{
    qint64 sequence = 0;
    QDateTime receivedAt;
    QByteArray method;
    QString path; // decoded path, no query
    QString encodedPath; // as sent: an encoded "/" (%2F) stays inside its segment
    QUrlQuery query;
    Headers headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct Response
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    Headers headers;
    QByteArray body;
};

} // namespace Inlet::Sim
