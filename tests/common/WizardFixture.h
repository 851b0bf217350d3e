#pragma once

// The real wizard against a freshly started simulator, with its own settings file, the real keychain
// and one network manager: what every end-to-end GUI test starts from.
//
//     WizardFixture fixture;
//     QVERIFY2(fixture.start(QStringLiteral("profile")), qPrintable(fixture.errorText()));
//     WizardDriver driver(fixture.wizard());

#include "InletWizard.h"
#include "SimulatorProcess.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Inlet::Test {

class WizardFixture
{
public:
    // Starts the simulator (with `simulatorArguments`) and shows a wizard for `profile` pointed at it;
    // `options` may preset the rest (source, …). False, with errorText(), if anything failed.
    bool start(const QString& profile, const QStringList& simulatorArguments = {}, LaunchOptions options = {})
    {
        stop();
        m_dir = std::make_unique<QTemporaryDir>(); // fresh settings: nothing carries over from an earlier start
        m_sim = std::make_unique<SimulatorProcess>(simulatorArguments);
        if (!m_sim->start()) {
            m_error = m_sim->errorText();
            return false;
        }
        m_settings = std::make_unique<Settings>(m_settingsFile.isEmpty() ? m_dir->filePath(QStringLiteral("inlet.ini"))
                                                                         : m_settingsFile);
        options.profile = profile;
        options.platformUrl = m_sim->baseUrl();
        options.imsUrl = m_sim->baseUrl();
        m_wizard = std::make_unique<InletWizard>(*m_settings, m_secrets, m_network, options);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get())) {
            m_error = QStringLiteral("the wizard window was never exposed");
            return false;
        }
        return true;
    }

    // Closes the wizard and opens a new one on the same simulator and settings: Inlet started again on a
    // later day (the profile's saved addresses still match, so its secret is offered as before).
    bool restartWizard(const QString& profile, LaunchOptions options = {})
    {
        options.profile = profile;
        options.platformUrl = m_sim->baseUrl();
        options.imsUrl = m_sim->baseUrl();
        m_wizard.reset();
        m_wizard = std::make_unique<InletWizard>(*m_settings, m_secrets, m_network, options);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get())) {
            m_error = QStringLiteral("the wizard window was never exposed");
            return false;
        }
        return true;
    }

    // Keeps the settings in this file instead of a throw-away folder (call before start()).
    void setSettingsFile(const QString& path) { m_settingsFile = path; }

    void stop()
    {
        m_wizard.reset();
        m_sim.reset();
    }

    QString errorText() const { return m_error; }
    InletWizard& wizard() const { return *m_wizard; }
    SimulatorProcess& sim() const { return *m_sim; }
    Settings& settings() const { return *m_settings; }
    QString folder() const { return m_dir->path(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<Settings> m_settings;
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<InletWizard> m_wizard;
    QString m_error;
};

} // namespace Inlet::Test
