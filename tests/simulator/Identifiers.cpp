#include "Identifiers.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace Inlet::Sim::Identifiers {

namespace {

QString unquoted(QString etag)
{
    etag = etag.trimmed();
    if (etag.startsWith(QLatin1String("W/")))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

} // namespace

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray requestId()
{
    return uuid().toLatin1();
}

QString etag()
{
    const quint32 random = QRandomGenerator::global()->generate();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QStringLiteral("\"%1-0000-0200-0000-%2\"")
        .arg(random, 8, 16, QLatin1Char('0'))
        .arg(QString::number(now, 16).rightJustified(8, QLatin1Char('0')) + QStringLiteral("0000"));
}

bool sameEtag(const QString& supplied, const QString& etag)
{
    return unquoted(supplied) == unquoted(etag);
}

QString lowerAlphanumeric(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString result;
    for (int i = 0; i < length; ++i)
        result += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return result;
}

} // namespace Inlet::Sim::Identifiers
