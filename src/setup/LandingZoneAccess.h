#pragma once

#include "core/Operation.h"
#include "databricks/SparkConfigLine.h"

#include <QByteArray>
#include <QObject>

namespace Inlet {

class PlatformSession;
struct LandingZoneCredentials;

// What fetch() or refresh() leaves the user with.
struct SparkConfig
{
    SparkConfigLine line;
    // New credentials replaced the ones given before: the previous line no longer works.
    bool replacedPrevious = false;
    // A refresh failed without a definite answer, and looking found the credentials it issued.
    bool foundAfterFailure = false;
};

// The Spark config line, or why there is none; on failure outcomeMessage() says what is known.
class SparkConfigOperation : public ResultOperation<SparkConfig>
{
public:
    using ResultOperation::ResultOperation;

    // A translated sentence after a refresh that failed: "not refreshed, the line still works, safe to
    // try again" or "could not find out…"; empty when the error says it all.
    QString outcomeMessage() const { return m_outcomeMessage; }

    // For LandingZoneAccess.
    void setOutcomeMessage(const QString& message) { m_outcomeMessage = message; }

private:
    QString m_outcomeMessage;
};

// Databricks' access to Platform's staging container: the landing-zone credentials as the Spark
// config line to paste into the cluster.
//
// A refresh creates credentials and revokes the current ones, so it is sent once: after a failure
// that is not a definite refusal (a 5xx, a timeout, a reset, an answer that cannot be read, a cancel
// after sending) the current credentials are looked at – right away, or, when looking is not possible
// then, before the next refresh sends anything. Credentials other than those given before mean the
// refresh went through; the same ones mean it did not. Only a digest of the token is kept to compare.
class LandingZoneAccess : public QObject
{
    Q_OBJECT

public:
    explicit LandingZoneAccess(PlatformSession& session, QObject* parent = nullptr);

    // The current credentials (Platform rotates expired ones itself).
    SparkConfigOperation* fetch();
    // New credentials, revoking the ones given before. With none given yet there is nothing to
    // revoke, and the current ones are fetched instead; with an earlier refresh in doubt, it looks first.
    SparkConfigOperation* refresh();
    // Whether refresh() would revoke a line the user was given (and should be asked first).
    bool refreshRevokes() const { return !m_currentDigest.isEmpty(); }
    // An earlier refresh's outcome is unknown: the next refresh() looks before it sends.
    bool mustLookBeforeRefreshing() const { return m_inDoubt; }

    // Whether `error` leaves open that the server acted on a refresh.
    static bool leavesOutcomeOpen(const Error& error);

private:
    SparkConfigOperation* get(SparkConfigOperation* operation);
    void post(SparkConfigOperation* operation);
    // Looks at the current credentials after `failure` (or, without one, before refreshing).
    void look(SparkConfigOperation* operation, const Error& failure);
    // The line made of `credentials`, remembered as the current one.
    SparkConfig accept(const LandingZoneCredentials& credentials);
    static QByteArray digest(const QString& sasToken);
    static QString unknownOutcome();

    PlatformSession& m_session;
    QByteArray m_currentDigest; // of the SAS token last given to the user
    bool m_inDoubt = false;
};

} // namespace Inlet
