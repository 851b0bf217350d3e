#pragma once

#include "DataflowPlan.h"
#include "ExploreTypes.h"
#include "catalog/ConnectionSpec.h"
#include "core/Profile.h"
#include "platform/ConnectionDraft.h"
#include "platform/PlatformTypes.h"

#include <optional>

namespace Inlet {

// What the user has decided so far, from sign-in to a usable connection. Each setter is named for a
// decision and forgets what that decision makes stale (another source drops the typed credentials
// and a reuse choice); pages read it when they are entered. No services, no signals: a value.
class SetupJourney
{
public:
    // Account page: signed in as `profile` (no secret in it).
    void signIn(const Profile& profile);
    void signOut();
    bool isSignedIn() const { return m_signedIn; }
    const Profile& profile() const { return m_profile; }

    // Source page. Returns whether the source is a different one (then later choices are dropped).
    bool chooseSource(const ConnectionSpec& spec);
    const ConnectionSpec& source() const { return m_source; }
    bool isDatabricks() const;

    // Existing-connections page: reuse one instead of creating a new one, or not.
    void reuseConnection(const ConnectionSummary& connection);
    void createNewConnection();
    const std::optional<ConnectionSummary>& reusedConnection() const { return m_reused; }

    // Credentials page: what to create, and whether its secrets go to the keychain.
    void enterCredentials(const ConnectionDraft& draft, bool rememberCredentials);
    const ConnectionDraft& draft() const { return m_draft; }
    bool remembersCredentials() const { return m_rememberCredentials; }

    // Result page: the connection now exists (created, found after a failure, or reused).
    void connectionReady(const CreatedConnection& connection);
    const std::optional<CreatedConnection>& connection() const { return m_connection; }

    // Select data page: the table or file the dataflow steps read (cleared when the connection changes).
    void chooseObject(const ChosenObject& object);
    const std::optional<ChosenObject>& chosenObject() const { return m_chosenObject; }

    // Target page: an existing dataset (`datasetId`, named `name` for display) or (`datasetId` empty) a
    // new one named `name`, on `schema`. Another schema drops the mapping.
    void chooseTarget(const QString& datasetId, const QString& name, const XdmSchema& schema);
    const std::optional<XdmSchema>& targetSchema() const { return m_targetSchema; }
    // Mapping page.
    void mapColumns(const QList<MappingRule>& rules);
    // Schedule page: the flow's name and description, and when it runs.
    void scheduleFlow(const QString& name, const QString& description, const FlowSchedule& schedule);
    // The dataflow as decided so far: source, connection and object from the steps before, then the
    // target, mapping and schedule.
    const DataflowPlan& dataflowPlan() const { return m_plan; }
    // A dataflow saved earlier picks up where it stopped: its connection, object and choices return.
    void resumeDataflow(const DataflowPlan& plan);
    // Create page: the flow exists (or `inlet --flow` names one); the Runs page watches it.
    void flowCreated(const QString& flowId) { m_flowId = flowId; }
    const QString& flowId() const { return m_flowId; }

    // Forgets every secret value the journey holds (when the window closes).
    void forgetSecrets();

private:
    bool m_signedIn = false;
    Profile m_profile;
    ConnectionSpec m_source;
    std::optional<ConnectionSummary> m_reused;
    ConnectionDraft m_draft;
    bool m_rememberCredentials = true;
    std::optional<CreatedConnection> m_connection;
    std::optional<ChosenObject> m_chosenObject;
    std::optional<XdmSchema> m_targetSchema;
    DataflowPlan m_plan; // every choice of the dataflow, kept up to date by the setters above
    QString m_flowId;
};

} // namespace Inlet
