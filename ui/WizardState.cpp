#include "WizardState.h"

#include "Clipboard.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "databricks/SparkConfigLine.h"

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
    , m_catalogLoader(FlowServiceClient(&m_session), CatalogLoader::defaultCachePath())
{
    HttpPolicy policy = m_session.policy();
    policy.transferTimeout = std::chrono::seconds(settings.transferTimeoutSeconds());
    m_session.setPolicy(policy);
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

void WizardState::setCatalog(Catalog catalog)
{
    m_catalog = std::move(catalog);
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
