#include "WizardState.h"

#include "Clipboard.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "databricks/SparkConfigLine.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace Inlet {

WizardState::WizardState(Settings& settings,
                         SecretStore& secrets,
                         QNetworkAccessManager& network,
                         const LaunchOptions& options,
                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(settings, secrets)
    , m_session(&network)
    , m_clipboard(new Clipboard(this))
    , m_options(options)
{
    HttpPolicy policy = m_session.policy();
    policy.transferTimeout = std::chrono::seconds(settings.transferTimeoutSeconds());
    m_session.setPolicy(policy);
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

void WizardState::setSpec(const ConnectionSpec& spec)
{
    if (spec.id == m_spec.id && spec.version == m_spec.version && spec.sourceJson == m_spec.sourceJson)
        return;
    m_spec = spec;
    existingConnection.reset();
    draft = ConnectionDraft();
    emit specChanged();
}

bool WizardState::isDatabricks() const
{
    return m_spec.id == SparkConfigLine::databricksConnectionSpecId();
}

void WizardState::clearSecrets()
{
    const QSet<QString> secrets = draft.secretParamNames();
    for (const QString& name : secrets)
        draft.params.remove(name);
    m_session.clearSecret();
}

} // namespace Inlet
