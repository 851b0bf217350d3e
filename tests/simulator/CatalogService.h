#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// Catalog's datasets (`/data/foundation/catalog/dataSets`), per sandbox: sample datasets on the
// SchemaContent schemas (and a system dataset with no schema), and those clients create. Lists and
// lookups answer an object keyed by id, filtered by `name`, trimmed by `properties`, paged with
// `limit` (at most 100) and `start` (an offset); a create answers 201 `["@/dataSets/{id}"]` and
// refuses a schema the registry does not have; a delete answers 200 with the same array.
class CatalogService : public Service
{
public:
    explicit CatalogService(const SimulatorOptions& options);

    QString prefix() const override { return QStringLiteral("/data/foundation/catalog"); }
    void addRoutes(Routes& routes) override;
    void addAdminRoutes(Routes& admin) override;
    Response notFound(const Call& call) const override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

    // The schema $id of a dataset, empty for one without a schema, or none when there is no such dataset.
    std::optional<QString> schemaOf(const QString& sandbox, const QString& datasetId) const;

private:
    struct Dataset
    {
        QString id;
        QJsonObject body;
    };

    Response list(const Call& call) const;
    Response get(const Call& call) const;
    Response create(const Call& call);
    Response remove(const Call& call);
    QList<Dataset>& datasetsOf(const QString& sandbox) const;
    static Response error(int status, const QString& code, const QString& message, const QString& requestId);

    SimulatorOptions m_options;
    // Seeded with the samples on a sandbox's first request.
    mutable QHash<QString, QList<Dataset>> m_datasets;
    int m_created = 0;
    int m_deleted = 0;
};

} // namespace Inlet::Sim
