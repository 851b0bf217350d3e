#include "SparkConfigLine.h"

#include "core/SasSignature.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Inlet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::SparkConfigLine", text);
}
} // namespace

bool SparkConfigLine::isValidContainerName(const QString& name)
{
    // Azure: 3-63 characters, lower-case letters, digits and single hyphens, starting and ending with
    // a letter or digit.
    static const QRegularExpression pattern(QStringLiteral("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(name).hasMatch();
}

bool SparkConfigLine::isValidStorageAccountName(const QString& name)
{
    // Azure: 3-24 lower-case letters and digits.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{3,24}$"));
    return pattern.match(name).hasMatch();
}

QString SparkConfigLine::redactSignature(const QString& sasToken)
{
    // The request log's own rule, with a marker that reads well inside the shown line.
    return SasSignature::hide(sasToken, QStringLiteral("REDACTED"));
}

SparkConfigLine SparkConfigLine::create(const QString& containerName,
                                        const QString& storageAccountName,
                                        const QString& sasToken,
                                        const QDate& expiryDate)
{
    SparkConfigLine line;
    line.m_container = containerName.trimmed();
    line.m_account = storageAccountName.trimmed();
    line.m_token = sasToken.trimmed();
    // Tools that copy a SAS from a URI keep its '?'; Spark wants the bare query string.
    if (line.m_token.startsWith(u'?'))
        line.m_token.remove(0, 1);
    line.m_expiryDate = expiryDate;

    if (!isValidContainerName(line.m_container)) {
        line.m_error =
            tr("The landing zone's container name \"%1\" is not a valid Azure container name.").arg(line.m_container);
    } else if (!isValidStorageAccountName(line.m_account)) {
        line.m_error = tr("The landing zone's storage account name \"%1\" is not a valid Azure storage account name.")
                           .arg(line.m_account);
    } else if (line.m_token.isEmpty()) {
        line.m_error = tr("Platform returned no SAS token. Refresh the credentials and try again.");
    } else if (line.m_token.contains(QRegularExpression(QStringLiteral("\\s")))) {
        // A '+' decoded to a space is the classic way a SAS gets broken on its way through a tool.
        line.m_error = tr("The SAS token contains white space, so it was probably URL-decoded on the way. "
                          "Fetch the credentials again instead of editing the token.");
    } else if (line.m_token.contains(u'+')) {
        // In a query string '+' means a space: a signature's '+' travels as %2B, so a bare one was decoded.
        line.m_error = tr("The SAS token contains '+', so it was probably URL-decoded on the way (Azure needs %2B "
                          "there). Fetch the credentials again instead of editing the token.");
    } else if (!line.m_token.contains(QRegularExpression(QStringLiteral("(^|&)sig=[^&]+")))) {
        line.m_error = tr("The SAS token has no signature (sig=). Fetch the credentials again.");
    }
    line.m_valid = line.m_error.isEmpty();
    return line;
}

QString SparkConfigLine::key() const
{
    return QStringLiteral("fs.azure.sas.%1.%2.blob.core.windows.net").arg(m_container, m_account);
}

QString SparkConfigLine::text() const
{
    return isValid() ? key() + u' ' + m_token : QString();
}

QString SparkConfigLine::redactedText() const
{
    return isValid() ? key() + u' ' + redactSignature(m_token) : QString();
}

int SparkConfigLine::daysLeft(const QDate& today) const
{
    return m_expiryDate.isValid() ? static_cast<int>(today.daysTo(m_expiryDate)) : 0;
}

SparkConfigLine::Expiry SparkConfigLine::expiry(const QDate& today) const
{
    if (!m_expiryDate.isValid())
        return Expiry::Unknown;
    const int left = daysLeft(today);
    if (left < 0)
        return Expiry::Expired;
    return left <= kExpiryWarningDays ? Expiry::ExpiresSoon : Expiry::Valid;
}

} // namespace Inlet
