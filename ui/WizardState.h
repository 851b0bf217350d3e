#pragma once

#include "catalog/Catalog.h"
#include "core/Profile.h"
#include "core/ProfileStore.h"
#include "platform/ConnectionDraft.h"
#include "platform/FlowServiceClient.h"
#include "platform/LandingZoneClient.h"
#include "platform/PlatformSession.h"
#include "platform/PlatformTypes.h"
#include "setup/CatalogLoader.h"

#include <QObject>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace Inlet {

class Clipboard;
class SecretStore;
class Settings;

// What the command line preselects.
struct LaunchOptions
{
    QString profile;
    QString source; // connection spec id or name
    QUrl platformUrl;
    QUrl imsUrl;
};

// What the pages hand on to each other, as plain values, and the services they share. A page writes
// its result here when the user leaves it and reads what earlier pages decided when it is entered;
// no page reaches into another page's widgets.
class WizardState : public QObject
{
    Q_OBJECT

public:
    WizardState(Settings& settings,
                SecretStore& secrets,
                QNetworkAccessManager& network,
                const LaunchOptions& options,
                QObject* parent = nullptr);
    ~WizardState() override;

    Settings& settings() const { return m_settings; }
    SecretStore& secrets() const { return m_secrets; }
    ProfileStore& profiles() { return m_profiles; }
    PlatformSession& session() { return m_session; }
    Clipboard& clipboard() const { return *m_clipboard; }
    FlowServiceClient flowService() { return FlowServiceClient(&m_session); }
    LandingZoneClient landingZone() { return LandingZoneClient(&m_session); }
    const LaunchOptions& options() const { return m_options; }

    // The catalog the source page offers: empty until the catalog use case has loaded it (the bundled
    // catalog with the cached live specs), which starts after the first frame and runs off the GUI thread.
    const Catalog& catalog() const { return m_catalog; }
    bool isCatalogLoaded() const { return m_catalogLoaded; }
    void setCatalog(Catalog catalog);
    // Loads and refreshes the catalog (src/setup/CatalogLoader).
    CatalogLoader& catalogLoader() { return m_catalogLoader; }

    // Work that can wait for the window to be on screen (the keychain read, the catalog) waits for this.
    // The wizard calls setFirstFrameShown() once its first expose has been handled; it emits
    // firstFrameShown() and then starts the catalog load (catalogChanged() when it is done), both
    // from the event loop.
    bool isFirstFrameShown() const { return m_firstFrameShown; }
    void setFirstFrameShown();

    // Account page.
    bool isSignedIn() const { return m_signedIn; }
    void setSignedIn(bool signedIn) { m_signedIn = signedIn; }

    // Source page.
    const ConnectionSpec& spec() const { return m_spec; }
    void setSpec(const ConnectionSpec& spec);
    bool isDatabricks() const;

    // Existing-connections page: set when the user reuses a connection instead of creating one.
    std::optional<ConnectionSummary> existingConnection;

    // Credentials page.
    ConnectionDraft draft;
    bool rememberCredentials = true;

    // Result page.
    std::optional<CreatedConnection> createdConnection;

    // Forgets every secret the wizard holds in memory (when it closes).
    void clearSecrets();

signals:
    void catalogChanged();
    void firstFrameShown();
    void specChanged();

private:
    Settings& m_settings;
    SecretStore& m_secrets;
    ProfileStore m_profiles;
    PlatformSession m_session;
    Clipboard* m_clipboard;
    LaunchOptions m_options;
    CatalogLoader m_catalogLoader;
    Catalog m_catalog;
    bool m_catalogLoaded = false;
    bool m_firstFrameShown = false;
    ConnectionSpec m_spec;
    bool m_signedIn = false;
};

} // namespace Inlet
