#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Inlet::Sim {

// Data Prep's mapping sets (`/data/foundation/conversion/mappingSets`), per sandbox. A mapping set
// (the reference shape: inputSchema.jsonSchema, outputSchema.schemaRef, mappings of sourceType, source,
// destination; the older xdmSchema / sourceAttribute / destinationXdmPath shape is read too) is checked
// against its input columns and the SchemaContent schema: `validate` answers one SUCCESS or FAILED per
// mapping (HTTP 200 either way), `preview` converts rows to the schema's types and reports each value
// that does not convert, and a create (200, as the API answers) refuses a set that does not validate.
// There is no DELETE: Data Prep has none; a mapping set no flow uses is harmless.
class DataPrepService : public Service
{
public:
    explicit DataPrepService(const SimulatorOptions& options);

    QString prefix() const override { return QStringLiteral("/data/foundation/conversion"); }
    void addRoutes(Routes& routes) override;
    void addAdminRoutes(Routes& admin) override;
    Response notFound(const Call& call) const override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

    bool hasMapping(const QString& sandbox, const QString& mappingId) const;

private:
    struct MappingSet
    {
        QString id;
        QString sandbox;
        QJsonObject body;
    };

    Response create(const Call& call);
    Response list(const Call& call) const;
    Response get(const Call& call) const;
    Response validate(const Call& call);
    Response preview(const Call& call);
    static Response error(int status, const QString& code, const QString& message, const QString& requestId);

    SimulatorOptions m_options;
    QList<MappingSet> m_mappingSets;
    int m_created = 0;
    int m_validations = 0;
    int m_previews = 0;
};

} // namespace Inlet::Sim
