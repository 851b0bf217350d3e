#include "SetupJourney.h"

#include "databricks/SparkConfigLine.h"

namespace Inlet {

void SetupJourney::signIn(const Profile& profile)
{
    m_profile = profile;
    m_signedIn = true;
}

void SetupJourney::signOut()
{
    m_signedIn = false;
}

bool SetupJourney::chooseSource(const ConnectionSpec& spec)
{
    if (spec.id == m_source.id && spec.version == m_source.version && spec.sourceJson == m_source.sourceJson)
        return false;
    m_source = spec;
    m_plan.sourceSpecId = spec.id;
    m_plan.sourceSpecVersion = spec.version.isEmpty() ? QStringLiteral("1.0") : spec.version;
    m_reused.reset();
    m_draft = ConnectionDraft();
    m_chosenObject.reset();
    return true;
}

bool SetupJourney::isDatabricks() const
{
    return m_source.id == SparkConfigLine::databricksConnectionSpecId();
}

void SetupJourney::reuseConnection(const ConnectionSummary& connection)
{
    m_reused = connection;
}

void SetupJourney::createNewConnection()
{
    m_reused.reset();
}

void SetupJourney::enterCredentials(const ConnectionDraft& draft, bool rememberCredentials)
{
    m_draft = draft;
    m_rememberCredentials = rememberCredentials;
}

void SetupJourney::connectionReady(const CreatedConnection& connection)
{
    if (m_chosenObject && m_chosenObject->connectionId != connection.id)
        m_chosenObject.reset();
    m_connection = connection;
    m_plan.baseConnectionId = connection.id;
}

void SetupJourney::chooseObject(const ChosenObject& object)
{
    // Other columns make the mapping stale; the target may still fit and is checked again.
    if (!m_chosenObject || m_chosenObject->path != object.path || m_chosenObject->connectionId != object.connectionId)
        m_plan.rules.clear();
    m_chosenObject = object;
    m_plan.object = object;
}

void SetupJourney::chooseTarget(const QString& datasetId, const QString& name, const XdmSchema& schema)
{
    if (!m_targetSchema || m_targetSchema->id != schema.id)
        m_plan.rules.clear();
    m_plan.datasetId = datasetId;
    m_plan.datasetName = datasetId.isEmpty() ? QString() : name;
    m_plan.newDatasetName = datasetId.isEmpty() ? name : QString();
    m_plan.schemaId = schema.id;
    m_targetSchema = schema;
}

void SetupJourney::mapColumns(const QList<MappingRule>& rules)
{
    m_plan.rules = rules;
}

void SetupJourney::scheduleFlow(const QString& name, const QString& description, const FlowSchedule& schedule)
{
    m_plan.name = name;
    m_plan.description = description;
    m_plan.schedule = schedule;
}

void SetupJourney::resumeDataflow(const DataflowPlan& plan)
{
    m_plan = plan;
    m_connection = CreatedConnection{plan.baseConnectionId, QString()};
    m_chosenObject = plan.object;
    m_flowId.clear();
}

void SetupJourney::forgetSecrets()
{
    const QSet<QString> secrets = m_draft.secretParamNames();
    for (const QString& name : secrets)
        m_draft.params.remove(name);
}

} // namespace Inlet
