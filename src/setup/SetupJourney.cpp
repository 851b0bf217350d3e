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
}

void SetupJourney::chooseObject(const ChosenObject& object)
{
    m_chosenObject = object;
}

void SetupJourney::forgetSecrets()
{
    const QSet<QString> secrets = m_draft.secretParamNames();
    for (const QString& name : secrets)
        m_draft.params.remove(name);
}

} // namespace Inlet
