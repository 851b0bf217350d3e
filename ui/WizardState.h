#pragma once

#include "catalog/Catalog.h"
#include "platform/FlowServiceClient.h"

#include <QObject>
#include <QUrl>

namespace Inlet {

class Clipboard;
class Settings;
class SetupJourney;
class PlatformSession;

// What the command line preselects.
struct LaunchOptions
{
    QString profile;
    QString source; // connection spec id or name
    QUrl platformUrl;
    QUrl imsUrl;
};

// What every page of the window shares that is not a use case: the settings, the command line, the
// clipboard, when the first frame was shown, and the catalog the source page picks from. What the
// user decided lives in SetupJourney (read here, changed by the pages through its named setters); the
// work is done by the use cases the wizard hands each page (setup/Setup.h).
class WizardState : public QObject
{
    Q_OBJECT

public:
    WizardState(Settings& settings,
                SetupJourney& journey,
                PlatformSession& catalogSession,
                const LaunchOptions& options,
                QObject* parent = nullptr);
    ~WizardState() override;

    Settings& settings() const { return m_settings; }
    Clipboard& clipboard() const { return *m_clipboard; }
    const LaunchOptions& options() const { return m_options; }

    // The bundled catalog with the cached live specs merged over it. Parsed after the first frame (the
    // account page comes first), or on first use if sooner.
    const Catalog& catalog() const;
    bool isCatalogLoaded() const { return m_catalogLoaded; }
    // Lists specs for the catalog refresh (until the catalog has a use case of its own).
    FlowServiceClient flowService() const { return FlowServiceClient(&m_catalogSession); }

    // Work that can wait for the window to be on screen (the keychain read, the catalog) waits for this.
    // The wizard calls setFirstFrameShown() once its first expose has been handled; it emits
    // firstFrameShown() and then loads the catalog (emitting catalogChanged()), both from the event loop.
    bool isFirstFrameShown() const { return m_firstFrameShown; }
    void setFirstFrameShown();
    void setCatalog(const Catalog& catalog);
    static QString catalogCachePath();

    // The journey so far, read-only; the source page chooses the source through setSpec().
    const SetupJourney& journey() const { return m_journey; }
    bool isSignedIn() const;
    const ConnectionSpec& spec() const;
    void setSpec(const ConnectionSpec& spec);
    bool isDatabricks() const;

signals:
    void catalogChanged();
    void firstFrameShown();
    void specChanged();

private:
    void loadCatalog() const;

    Settings& m_settings;
    SetupJourney& m_journey;
    PlatformSession& m_catalogSession;
    Clipboard* m_clipboard;
    LaunchOptions m_options;
    mutable Catalog m_catalog;
    mutable bool m_catalogLoaded = false;
    bool m_firstFrameShown = false;
};

} // namespace Inlet
