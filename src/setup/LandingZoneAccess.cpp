#include "LandingZoneAccess.h"

#include "core/Logging.h"
#include "platform/LandingZoneClient.h"

#include <QCryptographicHash>
#include <QPointer>

namespace Inlet {

LandingZoneAccess::LandingZoneAccess(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

bool LandingZoneAccess::leavesOutcomeOpen(const Error& error)
{
    if (error.isAmbiguous())
        return true;
    switch (error.kind()) {
    case Error::Kind::Http:
        return error.httpStatus() >= 500;
    case Error::Kind::BadResponse: // a 2xx whose body cannot be read: refreshed, credentials unknown
    case Error::Kind::TooLarge:
    // The refresh has no body, so nothing tells whether the request left before the connection was
    // lost, timed out or was cancelled: assume it did.
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Cancelled:
        return true;
    default:
        return false; // a 4xx, or nothing was sent (refused, DNS, TLS, an insecure address, …)
    }
}

QString LandingZoneAccess::unknownOutcome()
{
    return tr("Inlet could not find out whether the credentials were refreshed. The next refresh first checks "
              "which credentials are current, so it never revokes twice.");
}

SparkConfigOperation* LandingZoneAccess::fetch()
{
    return get(new SparkConfigOperation(this));
}

SparkConfigOperation* LandingZoneAccess::refresh()
{
    auto* operation = new SparkConfigOperation(this);
    if (!refreshRevokes())
        get(operation); // no line given yet: there is nothing to revoke, only one to fetch
    else if (m_inDoubt)
        look(operation, Error());
    else
        post(operation);
    return operation;
}

SparkConfigOperation* LandingZoneAccess::get(SparkConfigOperation* operation)
{
    const QPointer<LandingZoneOperation> call = LandingZoneClient(&m_session).credentials();
    operation->setCanceller([call] {
        if (call)
            call->cancel();
        return false; // a GET changes nothing
    });
    connect(call, &Operation::finished, operation, [this, operation, call] {
        if (operation->isFinished())
            return;
        if (call->error())
            return operation->finishWithError(call->error());
        operation->finishWithResult(accept(call->result()));
    });
    return operation;
}

void LandingZoneAccess::post(SparkConfigOperation* operation)
{
    const QPointer<LandingZoneOperation> call = LandingZoneClient(&m_session).refreshCredentials();
    operation->setCanceller([this, operation, call] {
        if (!call)
            return false;
        call->cancel();
        if (!leavesOutcomeOpen(call->error()))
            return false;
        m_inDoubt = true;
        operation->setOutcomeMessage(unknownOutcome());
        return true;
    });
    connect(call, &Operation::finished, operation, [this, operation, call] {
        if (operation->isFinished())
            return; // cancelled; the canceller kept what is known
        const Error error = call->error();
        if (!error)
            return operation->finishWithResult(accept(call->result()));
        if (!leavesOutcomeOpen(error)) {
            operation->setOutcomeMessage(tr("The credentials were not refreshed; the current line still works."));
            return operation->finishWithError(error);
        }
        qCInfo(lcDatabricks) << "Refresh failed without a definite answer; looking at the current credentials";
        look(operation, error);
    });
}

void LandingZoneAccess::look(SparkConfigOperation* operation, const Error& failure)
{
    m_inDoubt = true; // until a look succeeds
    const QPointer<LandingZoneOperation> call = LandingZoneClient(&m_session).credentials();
    const QString unknown = unknownOutcome();
    operation->setCanceller([operation, call, unknown] {
        if (call)
            call->cancel();
        operation->setOutcomeMessage(unknown);
        return true; // the earlier refresh may have gone through; the doubt stays
    });
    connect(call, &Operation::finished, operation, [this, operation, call, failure, unknown] {
        if (operation->isFinished())
            return;
        if (call->error()) {
            operation->setOutcomeMessage(unknown);
            return operation->finishWithError(failure ? failure : call->error());
        }
        SparkConfig config = accept(call->result());
        if (config.replacedPrevious) {
            qCInfo(lcDatabricks) << "The refresh went through: the current credentials are new";
            config.foundAfterFailure = true;
            return operation->finishWithResult(config);
        }
        if (failure) {
            operation->setOutcomeMessage(
                tr("The credentials were not refreshed; the current line still works. It is safe to try again."));
            return operation->finishWithError(failure);
        }
        post(operation); // the earlier refresh did not go through: this one is sent
    });
}

SparkConfig LandingZoneAccess::accept(const LandingZoneCredentials& credentials)
{
    SparkConfig config;
    config.line = SparkConfigLine::create(
        credentials.containerName, credentials.storageAccountName, credentials.sasToken, credentials.expiryDate);
    const QByteArray now = digest(credentials.sasToken);
    config.replacedPrevious = !m_currentDigest.isEmpty() && now != m_currentDigest;
    // A line that cannot be used was not given: a later refresh() fetches rather than revokes.
    m_currentDigest = config.line.isValid() ? now : QByteArray();
    m_inDoubt = false;
    return config;
}

QByteArray LandingZoneAccess::digest(const QString& sasToken)
{
    return QCryptographicHash::hash(sasToken.trimmed().toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Inlet
