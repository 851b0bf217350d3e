#pragma once

// The create-connection requests of the seed documents (/work/shared/seeds) as ConnectionDrafts:
// Apache Spark on Azure HDInsights (000), Azure Data Explorer (001) and Databricks (002 +
// flow-service-api.md §1a), with the placeholders the docs show as values.

#include "platform/ConnectionDraft.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace SeedDrafts {

inline Inlet::ConnectionDraft spark()
{
    Inlet::ConnectionDraft draft;
    draft.name = QStringLiteral("Spark test connection");
    draft.description = QStringLiteral("A Spark test connection");
    draft.connectionSpecId = QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6");
    draft.authSpecName = QStringLiteral("HDInsights Basic Authentication");
    draft.params = {{QStringLiteral("host"), QStringLiteral("{HOST}")},
                    {QStringLiteral("username"), QStringLiteral("{USERNAME}")},
                    {QStringLiteral("password"), QStringLiteral("{PASSWORD}"), true}};
    return draft;
}

inline Inlet::ConnectionDraft dataExplorer()
{
    Inlet::ConnectionDraft draft;
    draft.name = QStringLiteral("Azure Azure Data Explorer connection");
    draft.description = QStringLiteral("A connection for Azure Azure Data Explorer");
    draft.connectionSpecId = QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3");
    draft.authSpecName = QStringLiteral("Service Principal Based Authentication");
    draft.params = {{QStringLiteral("endpoint"), QStringLiteral("{ENDPOINT}")},
                    {QStringLiteral("database"), QStringLiteral("{DATABASE}")},
                    {QStringLiteral("tenant"), QStringLiteral("{TENANT}")},
                    {QStringLiteral("servicePrincipalId"), QStringLiteral("{SERVICE_PRINCIPAL_ID}")},
                    {QStringLiteral("servicePrincipalKey"), QStringLiteral("{SERVICE_PRINCIPAL_KEY}"), true}};
    return draft;
}

// The seed with its placeholders replaced by values in the documented formats (a GUID tenant, an
// https endpoint), for creates the simulator checks as Platform does.
inline Inlet::ConnectionDraft dataExplorerFilled()
{
    Inlet::ConnectionDraft draft = dataExplorer();
    draft.params.insert(QStringLiteral("endpoint"), QStringLiteral("https://help.kusto.windows.net"));
    draft.params.insert(QStringLiteral("tenant"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    draft.params.insert(QStringLiteral("servicePrincipalId"), QStringLiteral("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"));
    return draft;
}

inline Inlet::ConnectionDraft databricks()
{
    Inlet::ConnectionDraft draft;
    draft.name = QStringLiteral("Databricks connection to Experience Platform");
    draft.description = QStringLiteral("A Databricks base connection to Experience Platform");
    draft.connectionSpecId = QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b");
    draft.authSpecName = QStringLiteral("Access Token Authentication");
    draft.params = {{QStringLiteral("domain"), QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net")},
                    {QStringLiteral("clusterId"), QStringLiteral("xxxx")},
                    {QStringLiteral("accessToken"), QStringLiteral("xxxx"), true},
                    {QStringLiteral("database"), QStringLiteral("acme-db")}};
    return draft;
}

// A cloud-storage source: Azure Blob by connection string, with the container and folder it reads.
inline Inlet::ConnectionDraft azureBlob()
{
    Inlet::ConnectionDraft draft;
    draft.name = QStringLiteral("Azure Blob connection");
    draft.connectionSpecId = QStringLiteral("4c10e202-c428-4796-9208-5f1f5732b1cf");
    draft.authSpecName = QStringLiteral("ConnectionString");
    draft.params = {{QStringLiteral("connectionString"),
                     QStringLiteral("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5"),
                     true},
                    {QStringLiteral("container"), QStringLiteral("acme-data")},
                    {QStringLiteral("folderPath"), QStringLiteral("/")}};
    return draft;
}

inline QList<Inlet::ConnectionDraft> all()
{
    return {spark(), dataExplorer(), databricks()};
}

// The seed's -d body (000, verbatim values), as JSON.
inline QJsonObject sparkSeedBody()
{
    return QJsonDocument::fromJson(R"({
        "name": "Spark test connection",
        "description": "A Spark test connection",
        "auth": {
            "specName": "HDInsights Basic Authentication",
        "params": {
            "host":  "{HOST}",
            "username": "{USERNAME}",
            "password":"{PASSWORD}"
            }
        },
        "connectionSpec": {
            "id": "6a8d82bc-1caf-45d1-908d-cadabc9d63a6",
            "version": "1.0"
        }
    })")
        .object();
}

} // namespace SeedDrafts
