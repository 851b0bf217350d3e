#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Inlet {

// Where and as whom Inlet talks to Experience Platform. Holds no secret: the client secret or a
// pasted access token lives in the keychain under SecretKey::forProfile(name, ...).
struct Profile
{
    enum class SignIn { ClientCredentials, AccessToken };

    QString name = QStringLiteral("default");
    QString orgId; // "...@AdobeOrg"
    QString sandbox = QStringLiteral("prod");
    QString clientId; // also sent as x-api-key
    SignIn signIn = SignIn::ClientCredentials;
    QString scopes = defaultScopes();
    QUrl platformUrl = defaultPlatformUrl();
    QUrl imsUrl = defaultImsUrl();
    QString proxy; // empty: the system proxy; otherwise "http://host:port", never with user or password

    static QString defaultScopes()
    {
        return QStringLiteral("openid,AdobeID,read_organizations,additional_info.projectedProductContext,session");
    }
    static QUrl defaultPlatformUrl() { return QUrl(QStringLiteral("https://platform.adobe.io")); }
    static QUrl defaultImsUrl() { return QUrl(QStringLiteral("https://ims-na1.adobelogin.com")); }

    static QString clientSecretField() { return QStringLiteral("clientSecret"); }
    static QString accessTokenField() { return QStringLiteral("accessToken"); }

    bool operator==(const Profile& other) const
    {
        return name == other.name && orgId == other.orgId && sandbox == other.sandbox && clientId == other.clientId
            && signIn == other.signIn && scopes == other.scopes && platformUrl == other.platformUrl
            && imsUrl == other.imsUrl && proxy == other.proxy;
    }
};

} // namespace Inlet
