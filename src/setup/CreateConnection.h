#pragma once

#include "core/Operation.h"
#include "platform/PlatformTypes.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Inlet {

class PlatformSession;
struct ConnectionDraft;
struct Profile;

// A connection that exists now.
struct NewConnection
{
    CreatedConnection connection;
    // An attempt failed without a definite answer, and looking found the connection it created.
    bool foundAfterFailure = false;
    // Set when remembering the credentials failed: the connection exists all the same.
    Error secretsNotSaved;
};

// create()'s operation: on failure, outcomeMessage() says what is known about the connection.
class NewConnectionOperation : public ResultOperation<NewConnection>
{
public:
    using ResultOperation::ResultOperation;

    // A translated sentence: "created meanwhile: ID …", "not created, safe to try again", "could not
    // find out…"; empty after a plain refusal (the error says it all).
    QString outcomeMessage() const { return m_outcomeMessage; }
    // The look for an earlier attempt's connection failed, so nothing was sent.
    bool lookFailed() const { return m_lookFailed; }

    // For CreateConnection.
    void setOutcomeMessage(const QString& message) { m_outcomeMessage = message; }
    void setLookFailed(bool failed) { m_lookFailed = failed; }

private:
    QString m_outcomeMessage;
    bool m_lookFailed = false;
};

// Creating a base connection, sent once: `POST /connections` is never repeated while its outcome is
// in doubt. Only a definite refusal (a 4xx, or nothing sent at all) counts as "not created". After
// anything else – a 5xx, a timeout, a dropped or reset connection, an answer that cannot be read, a
// cancel after sending – the connections of the spec are looked at for one with the draft's name
// created since the attempt began, right away or, when looking is not possible then (cancel, the look
// failed), before the next create() sends anything. A connection found that way is the result.
// Once it exists, its secrets go to the keychain when the user wants them remembered.
class CreateConnection : public QObject
{
    Q_OBJECT

public:
    CreateConnection(PlatformSession& session, SecretStore& secrets, QObject* parent = nullptr);

    NewConnectionOperation* create(const ConnectionDraft& draft, bool rememberCredentials);
    // The same request as a curl command, with placeholders for the secrets: safe to show and copy.
    static QString preview(const ConnectionDraft& draft, const Profile& profile);
    // An earlier attempt's outcome is unknown: the next create() looks before it sends.
    bool mustLookBeforeSending() const { return m_doubtSince.has_value(); }

    // Whether secrets can be remembered at all (asked once; later calls reuse the answer).
    SecretOperation* checkKeychain();

signals:
    // A create was cancelled after its request left; looking for the connection right afterwards
    // found out this much (a translated sentence). The next create() looks again before it sends.
    void checkedAfterCancel(const QString& message);

private:
    void checkAfterCancel(const ConnectionDraft& draft, const QDateTime& since);
    static QString foundMessage(const CreatedConnection& connection);
    static QString notCreatedMessage();
    static QString unknownMessage();
    void send(NewConnectionOperation* operation, const ConnectionDraft& draft, bool remember);
    void look(NewConnectionOperation* operation,
              const ConnectionDraft& draft,
              bool remember,
              const QDateTime& since,
              const Error& failure);
    void finishCreated(NewConnectionOperation* operation,
                       const NewConnection& created,
                       const ConnectionDraft& draft,
                       bool remember);
    void watch(NewConnectionOperation* operation, Operation* step);

    PlatformSession& m_session;
    SecretStore& m_secrets;
    std::optional<QDateTime> m_doubtSince;
};

} // namespace Inlet
