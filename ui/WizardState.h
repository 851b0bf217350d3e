#pragma once

#include "catalog/Catalog.h"
#include "setup/CatalogLoader.h"

#include <QObject>
#include <QUrl>

namespace Inlet {

class CatalogLoader;
class Settings;
class SetupJourney;

// What the command line preselects.
struct LaunchOptions
{
    QString profile;
    QString source; // connection spec id or name
    QString flowId; // the Runs page follows sign-in and watches this dataflow
    QUrl platformUrl;
    QUrl imsUrl;
};

// What every page of the window shares that is not a use case: the command line, when the first frame
// was shown, and the catalog the source page picks from. What the user decided lives in SetupJourney
// (read here, changed by the pages through its named setters); the work is done by the use cases the
// wizard hands each page (setup/Setup.h). It hands out no services.
class WizardState : public QObject
{
    Q_OBJECT

public:
    WizardState(Settings& settings,
                SetupJourney& journey,
                CatalogLoader& catalogLoader,
                const LaunchOptions& options,
                QObject* parent = nullptr);
    ~WizardState() override;

    const LaunchOptions& options() const { return m_options; }

    // The catalog the source page offers: empty until the catalog use case has loaded it (the bundled
    // catalog with the cached live specs), which starts after the first frame and runs off the GUI thread.
    const Catalog& catalog() const { return m_catalog; }
    bool isCatalogLoaded() const { return m_catalogLoaded; }
    // Asks Platform for its specs and, when they arrive, offers the merged catalog (catalogChanged()).
    CatalogRefreshOperation* refreshCatalog();

    // Work that can wait for the window to be on screen (the keychain read, the catalog) waits for this.
    // The wizard calls setFirstFrameShown() once its first expose has been handled; it emits
    // firstFrameShown() and then starts the catalog load (catalogChanged() when it is done), both
    // from the event loop.
    bool isFirstFrameShown() const { return m_firstFrameShown; }
    void setFirstFrameShown();

    // The journey so far, read-only; the source page chooses the source through setSpec(), which
    // remembers it in the settings too.
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
    void setCatalog(Catalog catalog);

    Settings& m_settings;
    SetupJourney& m_journey;
    CatalogLoader& m_catalogLoader;
    LaunchOptions m_options;
    Catalog m_catalog;
    bool m_catalogLoaded = false;
    bool m_firstFrameShown = false;
};

} // namespace Inlet
