#include "core/Error.h"

#include "core/Json.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Inlet {

namespace {

QString stringOrNumber(const Json* value)
{
    if (!value)
        return {};
    if (value->is_string())
        return jsonString(*value);
    if (isJsonInteger(*value))
        return QString::number(qint64(*jsonNumber(*value)));
    return {};
}

// "https://ns.adobe.com/aep/errors/FLOW-1415-400" → "FLOW-1415-400"
QString codeFromTypeUri(const QString& type)
{
    static const QRegularExpression code(QStringLiteral("([A-Z]+-\\d+-\\d{3})\\s*$"));
    const auto match = code.match(type);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

bool looksLikeHtml(const QByteArray& body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
}

} // namespace

Error Error::fromHttpResponse(int httpStatus, const QByteArray& body, const QByteArray& requestIdHeader)
{
    Error error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    // A gateway that gave up waiting may have passed the request on: treat as "maybe done".
    error.m_ambiguous = httpStatus == 502 || httpStatus == 504;

    const JsonDocument document = JsonText::parse(body);
    if (document.isValid() && document.root.is_object()) {
        const Json& object = document.root;
        static const Json none;
        const Json* reportMember = jsonMember(object, "report");
        const Json& report = reportMember ? *reportMember : none;
        if (jsonMember(object, "error_code")) {
            // Gateway: {"error_code": "401013", "message": "Oauth token is not valid"}
            error.m_code = stringOrNumber(jsonMember(object, "error_code"));
            error.m_serverMessage = jsonString(object, "message");
        } else if (const Json* oauthError = jsonMember(object, "error"); oauthError && oauthError->is_string()) {
            // IMS (OAuth): {"error": "invalid_client", "error_description": "…"}
            error.m_code = jsonString(*oauthError);
            error.m_serverMessage = jsonString(object, "error_description");
            error.m_fromIms = true;
        } else {
            // Flow Service problem body, or a plain RFC 7807 one.
            error.m_code = codeFromTypeUri(jsonString(object, "type"));
            for (const QString& candidate : {jsonString(report, "detailed-message"),
                                             jsonString(object, "errorMessage"),
                                             jsonString(object, "detail"),
                                             jsonString(object, "message"),
                                             jsonString(object, "title")}) {
                if (!candidate.isEmpty()) {
                    error.m_serverMessage = candidate;
                    break;
                }
            }
            if (error.m_code.isEmpty())
                error.m_code = jsonString(object, "code");
        }
        error.m_requestId = jsonString(report, "request-id");
        if (error.m_requestId.isEmpty())
            error.m_requestId = jsonString(object, "requestId");
    } else if (body.trimmed().isEmpty()) {
        error.m_technicalDetail = tr("The response had no body.");
    } else if (looksLikeHtml(body)) {
        const QString title = htmlTitle(body);
        error.m_technicalDetail = title.isEmpty() ? tr("The response is an HTML page, not JSON.")
                                                  : tr("The response is an HTML page (“%1”), not JSON.").arg(title);
    } else {
        error.m_technicalDetail = tr("The response is not JSON (%n bytes).", nullptr, int(body.size()));
    }
    if (error.m_requestId.isEmpty())
        error.m_requestId = QString::fromLatin1(requestIdHeader);
    return error;
}

Error Error::fromNetworkError(QNetworkReply::NetworkError networkError, const QString& qtText, bool requestSent)
{
    Error error;
    error.m_technicalDetail = qtText;
    switch (networkError) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        error.m_kind = Kind::Dns;
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        error.m_kind = Kind::Refused;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    // The platform layer never aborts a reply it still waits for, so a cancel here is Qt's
    // transfer timeout (setTransferTimeout aborts the reply).
    case QNetworkReply::OperationCanceledError:
        error.m_kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.m_kind = Kind::Tls;
        break;
    default:
        error.m_kind = Kind::Network;
        break;
    }
    error.m_ambiguous = requestSent && (error.m_kind == Kind::Timeout || error.m_kind == Kind::Network);
    return error;
}

Error Error::make(Kind kind, const QString& technicalDetail, int httpStatus)
{
    Error error;
    error.m_kind = kind;
    error.m_technicalDetail = technicalDetail;
    error.m_httpStatus = httpStatus;
    return error;
}

bool Error::leavesCreationOpen() const
{
    if (m_ambiguous)
        return true;
    switch (m_kind) {
    case Kind::Http:
        return m_httpStatus >= 500;
    case Kind::BadResponse: // a 2xx whose body cannot be read: created, id unknown
    case Kind::TooLarge:
        return true;
    default:
        return false;
    }
}

bool Error::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Refused:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString Error::httpSentence() const
{
    const QString& c = m_code;
    if (c == QLatin1String("invalid_client") || c == QLatin1String("unauthorized_client"))
        return tr("Sign-in failed: Adobe IMS did not accept the client ID or client secret. Check both against "
                  "the OAuth Server-to-Server credential in the Developer Console.");
    if (c == QLatin1String("invalid_scope"))
        return tr("Sign-in failed: the requested scopes are not allowed for this credential. Check the scopes in "
                  "the profile against the Developer Console project.");
    if (c == QLatin1String("401013") || c == QLatin1String("403010") || m_httpStatus == 401)
        return tr("The access token is invalid or has expired. Sign in again, or paste a new access token.");
    if (c == QLatin1String("403000") || c == QLatin1String("403003"))
        return tr("The API key (the client ID) is missing or not valid. Check the client ID in the profile.");
    if (c == QLatin1String("400003"))
        return tr("A required header is missing. Check that the organization ID, sandbox and client ID are filled "
                  "in the profile.");
    if (c == QLatin1String("403025") || c.startsWith(QLatin1String("FLOW-2000-"))
        || c.startsWith(QLatin1String("FLOW-2001-")) || c.startsWith(QLatin1String("FLOW-2002-")))
        return tr("The credential has no access to this organization. Check the organization ID (…@AdobeOrg) in "
                  "the profile.");
    if (c == QLatin1String("FLOW-2105-400"))
        return tr("The sandbox name is missing. Enter the sandbox (for example “prod”) in the profile.");
    if (c.startsWith(QLatin1String("FLOW-2100-")))
        return tr("This sandbox does not exist in the organization. Check the sandbox name in the profile.");
    if (c == QLatin1String("FLOW-1415-400"))
        return tr("The authentication type does not match the source: Platform does not know this auth spec name "
                  "for the chosen connection spec. Refresh the source list and choose the source again.");
    if (c == QLatin1String("FLOW-1413-400"))
        return tr("Platform does not know this source (connection spec). Refresh the source list.");
    if (c == QLatin1String("FLOW-1100-400"))
        return tr("Platform rejected a value in the request. Correct the field it names and try again.");
    if (c == QLatin1String("FLOW-1403-400"))
        return tr("The update was refused because it did not say which version of the connection it changes. "
                  "Reload the connection and try again.");
    if (c == QLatin1String("FLOW-1404-412") || m_httpStatus == 412)
        return tr("The connection was changed elsewhere since Inlet loaded it. Reload it and apply the change "
                  "again.");
    if (c == QLatin1String("FLOW-1418-400"))
        return tr("The connection cannot be deleted while dataflows use it. Delete those dataflows first.");
    if (m_httpStatus == 403)
        return tr("You do not have permission for this in this organization or sandbox. Ask your Platform "
                  "administrator for access to Sources in this sandbox.");
    if (m_httpStatus == 404)
        return tr("Platform could not find it; it may have been deleted. Check the ID, organization and sandbox.");
    if (m_httpStatus == 429)
        return tr("Platform is receiving too many requests. Wait a minute and try again.");
    if (m_httpStatus >= 500)
        return tr("Platform has a temporary problem (HTTP %1). Try again in a few minutes.").arg(m_httpStatus);
    if (m_httpStatus >= 300 && m_httpStatus < 400)
        return tr("The server answered with a redirect (HTTP %1), which Inlet does not follow. Check the base "
                  "URLs in the profile.")
            .arg(m_httpStatus);
    return tr("Platform rejected the request (HTTP %1).").arg(m_httpStatus);
}

QString Error::actionableMessage() const
{
    QString sentence;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        sentence = tr("The connection to the server was lost. Check your network and proxy settings, then try "
                      "again.");
        break;
    case Kind::Dns:
        sentence = tr("The server name could not be found. Check the host name in the profile and your proxy "
                      "settings.");
        break;
    case Kind::Refused:
        sentence = tr("The server refused the connection. Check the address and port in the profile and your "
                      "proxy settings.");
        break;
    case Kind::Timeout:
        sentence = tr("The server did not answer in time. Check your network or proxy, or raise the timeout in the "
                      "settings, then try again.");
        break;
    case Kind::Tls:
        sentence = tr("A secure connection could not be established: the server's certificate was not accepted. "
                      "Check this computer's date and time and any proxy that inspects TLS.");
        break;
    case Kind::Http:
        sentence = httpSentence();
        // Quoted as said, and by whom: IMS's words about a client secret are not Platform's.
        if (!m_serverMessage.isEmpty()) {
            sentence += QLatin1Char(' ')
                + (m_fromIms ? tr("Adobe IMS says: “%1”") : tr("Platform says: “%1”")).arg(m_serverMessage);
        }
        break;
    case Kind::BadResponse:
        sentence = tr("Platform sent an answer Inlet cannot read. Try again; if it keeps happening, a proxy may be "
                      "changing the responses.");
        break;
    case Kind::TooLarge:
        sentence = tr("The server's answer is larger than Inlet accepts (16 MiB), so it was refused.");
        break;
    case Kind::Cancelled:
        sentence = tr("The request was cancelled.");
        break;
    case Kind::MissingCredentials:
        sentence = tr("Inlet has no credential to sign in with. Enter the client secret, or paste an access token.");
        break;
    case Kind::AddressNotConfirmed:
        sentence = tr("The secret was not sent: the Platform or IMS address differs from the one it was saved for, "
                      "and the new address was not confirmed.");
        break;
    case Kind::SecretNotFound:
    case Kind::NoKeychain:
    case Kind::KeychainLocked:
    case Kind::KeychainRefused:
    case Kind::SecretTooLarge:
    case Kind::Keychain:
        return keychainSentence();
    case Kind::SettingsNotSaved:
        return tr("Inlet could not save its settings: the folder is not writable or the disk is full. Free some "
                  "space or fix the folder's permissions, then try again.");
    case Kind::CacheNotSaved:
        return tr("The updated source list could not be saved for the next start: the cache folder is not "
                  "writable or the disk is full. Inlet uses the updated list until you close it.");
    case Kind::InsecureUrl:
        sentence = tr("Inlet only talks to Platform over HTTPS. Change the address to start with https:// (plain "
                      "http is allowed only to this computer).");
        break;
    }
    if (m_ambiguous && m_kind == Kind::Cancelled)
        sentence += QLatin1Char(' ') + tr("The request may have reached Platform before it was cancelled.");
    else if (m_ambiguous && m_kind != Kind::Http)
        sentence += QLatin1Char(' ') + tr("The request may have reached Platform before the connection failed.");
    return sentence;
}

QString Error::keychainSentence() const
{
    switch (m_kind) {
    case Kind::SecretNotFound:
        return QCoreApplication::translate("Inlet::SecretStore", "No saved secret was found in the system keychain.");
    case Kind::NoKeychain:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "No system keychain is available. Install and start a Secret Service provider such as "
            "GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.");
    case Kind::KeychainLocked:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "The system keychain is locked. Unlock it in the prompt it shows, or in your keyring manager (for "
            "example Passwords and Keys), then try again.");
    case Kind::KeychainRefused:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "Access to the system keychain was refused. Try again and allow Inlet to use it, or go on without "
            "saving the secret.");
    case Kind::SecretTooLarge:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "This secret is too long to store in the system keychain (more than %n bytes).",
            nullptr,
            kMaxSecretBytes);
    default:
        // The backend's own words: the page has no details area for them.
        if (!m_technicalDetail.isEmpty()) {
            return QCoreApplication::translate("Inlet::SecretStore",
                                               "The system keychain reported an error: “%1”. Try again.")
                .arg(m_technicalDetail);
        }
        return QCoreApplication::translate("Inlet::SecretStore", "The system keychain reported an error. Try again.");
    }
}

Error Error::fromKeychain(int keychainErrorCode, const QString& backendText)
{
    return make(classifyKeychainError(keychainErrorCode, backendText), backendText);
}

Error::Kind Error::classifyKeychainError(int keychainErrorCode, const QString& backendText)
{
    // Values of QKeychain::Error; repeated here so the mapping is testable without a keychain.
    enum {
        NoError,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError
    };

    switch (keychainErrorCode) {
    case NoError:
        return Kind::None;
    case EntryNotFound:
        return Kind::SecretNotFound;
    case AccessDeniedByUser:
        return Kind::KeychainRefused;
    case AccessDenied: // libsecret's "is locked"
        return Kind::KeychainLocked;
    case NoBackendAvailable:
    case NotImplemented:
        return Kind::NoKeychain;
    default:
        break;
    }

    static const QStringList noServiceTexts = {
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("Cannot autolaunch D-Bus"),
        QStringLiteral("Could not connect"),
        QStringLiteral("D-Bus"),
        QStringLiteral("DBus"),
        QStringLiteral("No keychain service available"),
    };
    // gnome-keyring activated but without a usable default collection: it must be unlocked or created.
    if (backendText.contains(QStringLiteral("/org/freedesktop/secrets/collection"))
        || backendText.contains(QStringLiteral("locked"), Qt::CaseInsensitive)) {
        return Kind::KeychainLocked;
    }
    for (const QString& text : noServiceTexts) {
        if (backendText.contains(text, Qt::CaseInsensitive))
            return Kind::NoKeychain;
    }
    return Kind::Keychain;
}

QString Error::details() const
{
    QStringList lines;
    if (m_httpStatus > 0)
        lines << tr("HTTP status: %1").arg(m_httpStatus);
    if (!m_code.isEmpty())
        lines << tr("Error code: %1").arg(m_code);
    if (!m_requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_requestId);
    if (!m_serverMessage.isEmpty())
        lines << tr("Server message: %1").arg(m_serverMessage);
    if (!m_technicalDetail.isEmpty())
        lines << tr("Detail: %1").arg(m_technicalDetail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Inlet
