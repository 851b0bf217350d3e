#include "CreateConnection.h"

#include "core/Logging.h"
#include "platform/ConnectionDraft.h"
#include "platform/FlowServiceClient.h"
#include "platform/RequestPreview.h"
#include "secrets/SecretStore.h"

#include <memory>

namespace Inlet {

CreateConnection::CreateConnection(PlatformSession& session, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{
}

NewConnectionOperation* CreateConnection::create(const ConnectionDraft& draft, bool rememberCredentials)
{
    auto* operation = new NewConnectionOperation(this);
    if (m_doubtSince)
        look(operation, draft, rememberCredentials, *m_doubtSince, Error());
    else
        send(operation, draft, rememberCredentials);
    return operation;
}

QString CreateConnection::preview(const ConnectionDraft& draft, const Profile& profile)
{
    return RequestPreview::createConnection(draft, profile);
}

SecretOperation* CreateConnection::checkKeychain()
{
    return m_secrets.probeAvailability();
}

QString CreateConnection::foundMessage(const CreatedConnection& connection)
{
    return tr("The answer to the request was lost, but the connection was created meanwhile: ID %1. Inlet did not "
              "create it a second time.")
        .arg(connection.id);
}

QString CreateConnection::notCreatedMessage()
{
    return tr("The connection was not created. It is safe to try again.");
}

QString CreateConnection::unknownMessage()
{
    return tr("Inlet could not find out whether the connection was created. Try again looks for it before it "
              "sends anything.");
}

void CreateConnection::send(NewConnectionOperation* operation, const ConnectionDraft& draft, bool remember)
{
    const QDateTime since = QDateTime::currentDateTimeUtc();
    const QPointer<CreateConnectionOperation> post = FlowServiceClient(&m_session).createConnection(draft);
    operation->setCanceller([this, operation, post, since, draft] {
        if (!post)
            return false;
        post->cancel();
        if (!post->error().isAmbiguous()) {
            operation->setOutcomeMessage(notCreatedMessage());
            return false;
        }
        operation->setOutcomeMessage(unknownMessage());
        if (!m_doubtSince)
            m_doubtSince = since;
        // Looking costs nothing and sends nothing: the user learns now what became of the request
        // instead of reading "may have reached Platform" until the next try.
        checkAfterCancel(draft, since);
        return true;
    });
    connect(post, &Operation::finished, operation, [this, operation, post, draft, remember, since] {
        if (operation->isFinished())
            return; // cancelled; the canceller kept what is known
        const Error error = post->error();
        if (!error)
            return finishCreated(operation, {post->result(), false, {}}, draft, remember);
        if (!error.leavesCreationOpen()) {
            // Refused: nothing was created. After a 4xx the error says it all.
            if (error.kind() != Error::Kind::Http)
                operation->setOutcomeMessage(notCreatedMessage());
            return operation->finishWithError(error);
        }
        qCInfo(lcPlatform) << "Create failed without a definite answer; looking for the connection";
        look(operation, draft, remember, since, error);
    });
}

void CreateConnection::look(NewConnectionOperation* operation,
                            const ConnectionDraft& draft,
                            bool remember,
                            const QDateTime& since,
                            const Error& failure)
{
    if (!m_doubtSince || since < *m_doubtSince)
        m_doubtSince = since;
    const QPointer<FindConnectionOperation> find =
        FlowServiceClient(&m_session).findCreatedConnection(draft, *m_doubtSince);
    operation->setCanceller([operation, find, lookingFirst = !failure] {
        if (!find)
            return false;
        find->cancel();
        if (lookingFirst)
            operation->setLookFailed(true);
        else
            operation->setOutcomeMessage(unknownMessage());
        return false; // nothing sent; the doubt stays for the next create()
    });
    connect(find, &Operation::finished, operation, [this, operation, find, draft, remember, failure] {
        if (operation->isFinished())
            return;
        if (find->error()) {
            if (failure) {
                operation->setOutcomeMessage(unknownMessage());
                return operation->finishWithError(failure);
            }
            operation->setLookFailed(true);
            return operation->finishWithError(find->error());
        }
        m_doubtSince.reset();
        if (const std::optional<CreatedConnection>& found = find->result()) {
            operation->setOutcomeMessage(foundMessage(*found));
            return finishCreated(operation, {*found, true, {}}, draft, remember);
        }
        if (failure) {
            operation->setOutcomeMessage(notCreatedMessage());
            return operation->finishWithError(failure);
        }
        send(operation, draft, remember);
    });
}

void CreateConnection::checkAfterCancel(const ConnectionDraft& draft, const QDateTime& since)
{
    FindConnectionOperation* check = FlowServiceClient(&m_session).findCreatedConnection(draft, since);
    connect(check, &Operation::finished, this, [this, check, name = draft.name] {
        // The doubt stays either way: Platform may still be storing what it received, so the next
        // create() looks once more before it sends.
        if (check->error()) {
            emit checkedAfterCancel(tr("Inlet could not check whether \"%1\" was created: %2 Try again looks "
                                       "before it sends anything.")
                                        .arg(name, check->error().actionableMessage()));
        } else if (const std::optional<CreatedConnection>& found = check->result()) {
            emit checkedAfterCancel(tr("Platform created \"%1\" before the cancel took effect (ID %2). Try again "
                                       "uses it; nothing is sent a second time.")
                                        .arg(name, found->id));
        } else {
            emit checkedAfterCancel(tr("Inlet checked after the cancel: no connection \"%1\" exists so far. Try "
                                       "again looks once more before it sends anything.")
                                        .arg(name));
        }
    });
}

void CreateConnection::finishCreated(NewConnectionOperation* operation,
                                     const NewConnection& created,
                                     const ConnectionDraft& draft,
                                     bool remember)
{
    QList<QPointer<SecretOperation>> writes;
    if (remember) {
        for (const AuthParam& param : draft.params) {
            if (!param.secret || param.value.typeId() != QMetaType::QString || param.value.toString().isEmpty())
                continue;
            writes.append(
                m_secrets.write(SecretKey::forConnection(created.connection.id, param.name), param.value.toString()));
        }
    }
    if (writes.isEmpty())
        return operation->finishWithResult(created);

    // The connection exists: should the wait for the keychain be cancelled, the next create() must
    // find it rather than send again.
    const QDateTime since = operation->startedAt();
    operation->setCanceller([this, since] {
        if (!m_doubtSince)
            m_doubtSince = since;
        return true;
    });
    auto result = std::make_shared<NewConnection>(created);
    auto pending = std::make_shared<int>(int(writes.size()));
    for (const QPointer<SecretOperation>& write : std::as_const(writes)) {
        connect(write, &Operation::finished, operation, [operation, write, result, pending] {
            if (write->error() && !result->secretsNotSaved)
                result->secretsNotSaved = write->error();
            if (--*pending == 0)
                operation->finishWithResult(*result);
        });
    }
}

} // namespace Inlet
