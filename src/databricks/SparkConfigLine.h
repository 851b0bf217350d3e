#pragma once

#include <QDate>
#include <QString>

namespace Inlet {

// The line a Databricks cluster needs in its Spark config so it can write to Platform's landing zone:
//   fs.azure.sas.<container>.<storage account>.blob.core.windows.net <SAS token>
// Built from the landing-zone credentials; checks what Azure allows in the names and what a SAS token
// looks like, so a bad response never becomes a line that silently fails on the cluster.
class SparkConfigLine
{
public:
    enum class Expiry { Unknown, Valid, ExpiresSoon, Expired };

    // The Databricks source, the one whose connection needs this line first.
    static QString databricksConnectionSpecId() { return QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b"); }

    // Warn when the token expires within this many days.
    static constexpr int kExpiryWarningDays = 7;

    // Normalises the token (surrounding whitespace, a leading '?') and validates all three parts.
    static SparkConfigLine create(const QString& containerName,
                                  const QString& storageAccountName,
                                  const QString& sasToken,
                                  const QDate& expiryDate = {});

    // False until create() succeeds: a default-constructed line is not a line.
    bool isValid() const { return m_valid; }
    // Why the line could not be built, for a person; empty when valid.
    QString error() const { return m_error; }

    // The line to paste; contains the secret SAS token.
    QString text() const;
    // The Spark config key alone (no secret), e.g. for a label or a log line.
    QString key() const;
    // The line with the token's signature hidden, safe to log or show in a summary.
    QString redactedText() const;

    QDate expiryDate() const { return m_expiryDate; }
    Expiry expiry(const QDate& today) const;
    int daysLeft(const QDate& today) const;

    static bool isValidContainerName(const QString& name);
    static bool isValidStorageAccountName(const QString& name);
    // Replaces the value of every sig= parameter with "REDACTED".
    static QString redactSignature(const QString& sasToken);

private:
    QString m_container;
    QString m_account;
    QString m_token;
    QDate m_expiryDate;
    QString m_error;
    bool m_valid = false;
};

} // namespace Inlet
