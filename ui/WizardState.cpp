#include "WizardState.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "setup/SetupJourney.h"

#include <QTimer>

namespace Inlet {

WizardState::WizardState(Settings& settings,
                         SetupJourney& journey,
                         CatalogLoader& catalogLoader,
                         const LaunchOptions& options,
                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journey(journey)
    , m_catalogLoader(catalogLoader)
    , m_options(options)
{
}

WizardState::~WizardState() = default;

void WizardState::setFirstFrameShown()
{
    QTimer::singleShot(0, this, [this] {
        if (m_firstFrameShown)
            return;
        m_firstFrameShown = true;
        emit firstFrameShown();
        if (m_catalogLoaded)
            return;
        auto* loading = m_catalogLoader.load();
        connect(loading, &Operation::finished, this, [this, loading] {
            if (!m_catalogLoaded) // a refresh may have come first
                setCatalog(loading->result());
        });
    });
}

CatalogRefreshOperation* WizardState::refreshCatalog()
{
    CatalogRefreshOperation* operation = m_catalogLoader.refresh(m_catalog);
    connect(operation, &Operation::finished, this, [this, operation] {
        if (!operation->error())
            setCatalog(operation->result().catalog);
    });
    return operation;
}

void WizardState::setCatalog(Catalog catalog)
{
    m_catalog = std::move(catalog);
    m_catalogLoaded = true;
    emit catalogChanged();
}

bool WizardState::isSignedIn() const
{
    return m_journey.isSignedIn();
}

const ConnectionSpec& WizardState::spec() const
{
    return m_journey.source();
}

void WizardState::setSpec(const ConnectionSpec& spec)
{
    m_settings.setLastSourceId(spec.id);
    if (m_journey.chooseSource(spec))
        emit specChanged();
}

bool WizardState::isDatabricks() const
{
    return m_journey.isDatabricks();
}

} // namespace Inlet
