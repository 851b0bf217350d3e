#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace Inlet {

// Largest secret, in UTF-8 bytes, Inlet stores. Windows' credential store in QtKeychain 0.13 refuses
// more than 2,560 bytes, so this keeps well clear of it on every platform.
constexpr int kMaxSecretBytes = 2048;

// THE error type of Inlet, carried by every Operation (core/Operation.h) and every use case. Every
// failure – a gateway error body, a Flow Service problem body, an IMS error, an HTML page from a
// proxy, a refused connection, a DNS failure, a timeout, a TLS failure, an oversized response, a
// cancel, a keychain that is missing, locked or refusing – arrives as an Error: kind() says what
// happened, actionableMessage() says it and what to do in a translated sentence or two, details()
// holds the evidence (HTTP status, code, request id, backend text). Pages show actionableMessage()
// and put details() in an expandable area; they never look at raw bodies or backend codes.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Inlet::Error)

public:
    enum class Kind {
        None, // no error
        Network, // connection reset/closed, proxy trouble, anything else on the wire
        Dns, // host name not found
        Refused, // nothing listens on the port
        Timeout, // no data within the transfer timeout
        Tls, // certificate or handshake failure (never ignored)
        Http, // the server answered with a 4xx/5xx status
        BadResponse, // 2xx, but the body is not what the API documents (HTML, truncated JSON, …)
        TooLarge, // the response is over the size limit (16 MiB)
        Cancelled, // cancel() was called
        InsecureUrl, // not https and not loopback: refused before anything was sent
        MissingCredentials, // no client secret / access token given to the session
        AddressNotConfirmed, // a profile's secret would go to an address the user has not confirmed
        // The system keychain (QtKeychain):
        SecretNotFound, // nothing stored under that key
        NoKeychain, // no Secret Service / credential store reachable
        KeychainLocked, // present but locked, or waiting for the user to unlock it
        KeychainRefused, // present, but the user (or the system's policy) refused Inlet access
        SecretTooLarge, // over kMaxSecretBytes
        Keychain, // any other keychain failure; technicalDetail() has the backend's text
        SettingsNotSaved, // the settings file could not be written; technicalDetail() is its path
        CacheNotSaved, // the catalog cache could not be written; technicalDetail() has the path and reason
    };

    Error() = default;

    // An HTTP error status with its body. Understands the gateway envelope {error_code, message},
    // the Flow Service envelope {type, title, status, report{detailed-message, request-id},
    // errorMessage}, the IMS envelope {error, error_description}, and anything else (HTML, empty).
    // `requestIdHeader` is the x-request-id response header, used when the body carries none.
    static Error fromHttpResponse(int httpStatus, const QByteArray& body, const QByteArray& requestIdHeader = {});
    // A failed transfer. `requestSent`: the request (body included) went out before it failed, so
    // the server may have acted on it. `qtText` is QNetworkReply::errorString(), kept for details().
    static Error fromNetworkError(QNetworkReply::NetworkError error, const QString& qtText, bool requestSent);
    // Anything else (BadResponse, TooLarge, Cancelled, InsecureUrl, …) with a technical detail.
    static Error make(Kind kind, const QString& technicalDetail = {}, int httpStatus = 0);

    // A failed keychain job: QKeychain::Error code and its (untranslated, backend) text. QtKeychain
    // 0.13.2 reports a missing Secret Service as OtherError with D-Bus texts, never as
    // NoBackendAvailable, so the text decides. The text is kept as the technical detail.
    static Error fromKeychain(int keychainErrorCode, const QString& backendText);
    // Just the classification of fromKeychain(); Kind::None for QKeychain::NoError.
    static Kind classifyKeychainError(int keychainErrorCode, const QString& backendText);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 when no status line arrived
    // The server's code: "401013" (gateway), "FLOW-1415-400" (Flow Service), "invalid_client" (IMS).
    QString code() const { return m_code; }
    QString requestId() const { return m_requestId; }
    QString serverMessage() const { return m_serverMessage; } // the server's own sentence, untranslated
    QString technicalDetail() const { return m_technicalDetail; } // Qt's error text or a parse note

    // The request may have reached the server and been acted on: a timeout, a reset or a cancel after
    // the request was sent, or a 502/504 from a gateway. A create must not simply be repeated then.
    bool isAmbiguous() const { return m_ambiguous; }
    // Worth trying again later as is (network trouble, 429, 5xx) – says nothing about safety.
    bool isTransient() const;
    // After a request that creates something: it may have been created all the same – the error is
    // ambiguous, a 5xx, or a 2xx whose body could not be read. False after a definite refusal (a 4xx)
    // or when nothing was sent. The create use cases look before they ever send it again.
    bool leavesCreationOpen() const;

    // One or two translated sentences a person can act on, including the server's message when
    // it says more than the status (e.g. which field FLOW-1100-400 rejects).
    QString actionableMessage() const;
    // "HTTP status: 403 · Code: 403010 · Request ID: …" lines for a details area; never a secret.
    QString details() const;

    // For the layer that learns more after construction.
    void setAmbiguous(bool ambiguous) { m_ambiguous = ambiguous; }
    void setRequestId(const QString& requestId) { m_requestId = requestId; }

private:
    QString httpSentence() const;
    QString keychainSentence() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_requestId;
    QString m_serverMessage;
    QString m_technicalDetail;
    bool m_ambiguous = false;
    bool m_fromIms = false; // the body was IMS's OAuth envelope: IMS, not Platform, said serverMessage()
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::Error)
