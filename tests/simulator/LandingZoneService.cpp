#include "LandingZoneService.h"

#include "Identifiers.h"
#include "Replies.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

namespace Inlet::Sim {

namespace {

QString typeOf(const Call& call)
{
    return call.request.query.queryItemValue(QStringLiteral("type"));
}

} // namespace

LandingZoneService::LandingZoneService(const SimulatorOptions& options)
    : m_options(options)
{
}

void LandingZoneService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/"), [this](const Call& call) { return container(call); });
    routes.get(QStringLiteral("/credentials"), [this](const Call& call) { return credentials(call); });
    routes.post(QStringLiteral("/credentials"), [this](const Call& call) { return credentials(call); });
}

void LandingZoneService::addAdminRoutes(Routes& admin)
{
    admin.get(QStringLiteral("/landingzone"), [this](const Call&) { return Replies::json(200, adminView()); });
}

std::optional<Response> LandingZoneService::precheck(const Call& call) const
{
    static const QStringList types{
        QStringLiteral("user_drop_zone"), QStringLiteral("dlz_destination"), QStringLiteral("dlz_databricks_source")};
    const QString type = typeOf(call);
    if (!types.contains(type))
        return Replies::gatewayError(
            400, QStringLiteral("400"), QStringLiteral("The type '%1' is not supported.").arg(type));
    return std::nullopt;
}

void LandingZoneService::reset()
{
    m_zones.clear();
    m_revokedSignatures.clear();
}

Response LandingZoneService::container(const Call& call) const
{
    return Replies::json(200,
                         {{QStringLiteral("containerName"), newZone(typeOf(call), nullptr).containerName},
                          {QStringLiteral("containerTTL"), QStringLiteral("7")}});
}

LandingZoneService::Location LandingZoneService::databricksLocation(const QString& sandbox) const
{
    const auto it = m_zones.constFind(sandbox + QStringLiteral("/dlz_databricks_source"));
    if (it == m_zones.cend()) // a flow run before anyone asked for credentials
        return {QStringLiteral("dlz-databricks-container"), QStringLiteral("simdlz")};
    return {it->containerName, it->storageAccountName};
}

Response LandingZoneService::credentials(const Call& call)
{
    const QString type = typeOf(call);
    const QString key = call.sandbox() + QLatin1Char('/') + type;
    // Refresh is POST …&action=refresh. A GET carrying action=refresh (the older docs) is a plain GET.
    const bool refresh = call.request.method == "POST"
        && call.request.query.queryItemValue(QStringLiteral("action")) == QLatin1String("refresh");
    if (call.request.method != "GET" && !refresh)
        return Replies::methodNotAllowed();
    auto it = m_zones.find(key);
    const bool expired = it != m_zones.end() && it->expiryDate < QDate::currentDate();
    if (it == m_zones.end()) {
        it = m_zones.insert(key, newZone(type, nullptr));
    } else if (refresh || expired) {
        // The old SAS is revoked the moment new credentials exist.
        m_revokedSignatures << it->sasToken;
        *it = newZone(type, &*it);
    }
    return Replies::json(200, credentialsBody(type, *it));
}

LandingZoneService::Zone LandingZoneService::newZone(const QString& type, const Zone* previous) const
{
    Zone zone;
    if (previous) {
        zone.containerName = previous->containerName;
        zone.storageAccountName = previous->storageAccountName;
    } else {
        zone.containerName = type == QLatin1String("dlz_databricks_source") ? QStringLiteral("dlz-databricks-container")
            : type == QLatin1String("dlz_destination")                      ? QStringLiteral("dlz-destination")
                                                                            : QStringLiteral("dlz-user-container");
        zone.storageAccountName = QStringLiteral("simdlz") + Identifiers::lowerAlphanumeric(12);
    }
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()), 8);
    zone.sasToken = QStringLiteral("sv=2020-10-02&si=dlz-%1&sr=c&sp=racwdlm&sig=%2")
                        .arg(Identifiers::uuid(),
                             QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(signature.toBase64()))));
    zone.expiryDate = QDate::currentDate().addDays(m_options.sasLifetimeDays);
    return zone;
}

QJsonObject LandingZoneService::credentialsBody(const QString& type, const Zone& zone)
{
    QJsonObject body{{QStringLiteral("containerName"), zone.containerName},
                     {QStringLiteral("SASToken"), zone.sasToken},
                     {QStringLiteral("storageAccountName"), zone.storageAccountName},
                     {QStringLiteral("SASUri"),
                      QStringLiteral("https://%1.blob.core.windows.net/%2?%3")
                          .arg(zone.storageAccountName, zone.containerName, zone.sasToken)}};
    // Only the Databricks credentials carry an expiry date (as the documentation shows).
    if (type == QLatin1String("dlz_databricks_source"))
        body.insert(QStringLiteral("expiryDate"), zone.expiryDate.toString(Qt::ISODate));
    return body;
}

QJsonObject LandingZoneService::adminView() const
{
    QJsonArray current;
    for (auto it = m_zones.begin(); it != m_zones.end(); ++it) {
        QJsonObject entry = credentialsBody(it.key().section(QLatin1Char('/'), 1), *it);
        entry.insert(QStringLiteral("sandbox"), it.key().section(QLatin1Char('/'), 0, 0));
        entry.insert(QStringLiteral("type"), it.key().section(QLatin1Char('/'), 1));
        entry.insert(QStringLiteral("expiryDate"), it->expiryDate.toString(Qt::ISODate));
        current.append(entry);
    }
    return {{QStringLiteral("current"), current},
            {QStringLiteral("revokedSASTokens"), QJsonArray::fromStringList(m_revokedSignatures)}};
}

} // namespace Inlet::Sim
