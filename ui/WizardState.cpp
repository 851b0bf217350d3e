#include "WizardState.h"

#include "Clipboard.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "setup/SetupJourney.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace Inlet {

WizardState::WizardState(Settings& settings,
                         SetupJourney& journey,
                         PlatformSession& catalogSession,
                         const LaunchOptions& options,
                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journey(journey)
    , m_catalogSession(catalogSession)
    , m_clipboard(new Clipboard(this))
    , m_options(options)
{
}

WizardState::~WizardState() = default;

QString WizardState::catalogCachePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("connection-specs.json"));
}

void WizardState::setFirstFrameShown()
{
    QTimer::singleShot(0, this, [this] {
        if (m_firstFrameShown)
            return;
        m_firstFrameShown = true;
        emit firstFrameShown();
        if (!m_catalogLoaded) {
            loadCatalog();
            emit catalogChanged();
        }
    });
}

const Catalog& WizardState::catalog() const
{
    if (!m_catalogLoaded)
        loadCatalog();
    return m_catalog;
}

void WizardState::loadCatalog() const
{
    m_catalog = Catalog::bundled();
    m_catalogLoaded = true;
    if (m_catalog.loadCache(catalogCachePath()))
        qCInfo(lcCatalog) << "merged cached live catalog," << m_catalog.liveSpecs().size() << "specs";
}

void WizardState::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
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
    if (m_journey.chooseSource(spec))
        emit specChanged();
}

bool WizardState::isDatabricks() const
{
    return m_journey.isDatabricks();
}

} // namespace Inlet
