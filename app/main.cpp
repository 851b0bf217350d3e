#include "AppIcon.h"
#include "CommandLine.h"
#include "InletWizard.h"
#include "core/AppInfo.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QNetworkAccessManager>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(Inlet::AppInfo::organizationName());
    QApplication::setApplicationName(Inlet::AppInfo::applicationName());
    QApplication::setApplicationVersion(Inlet::AppInfo::version());
    QApplication::setDesktopFileName(Inlet::AppInfo::appId());
    QApplication::setWindowIcon(Inlet::appIcon());

    Inlet::Settings settings;
    // Translate before parsing, so --help speaks the user's language.
    const QString languageArgument = Inlet::CommandLine::languageArgument(QApplication::arguments());
    const QString language = languageArgument.isEmpty() ? settings.language() : languageArgument;
    Inlet::installTranslations(app, language);
    const Inlet::CommandLine commandLine = Inlet::CommandLine::parse(app);

    // One network manager and one keychain for the whole application.
    QNetworkAccessManager network;
    Inlet::KeychainSecretStore secrets;
    Inlet::LaunchOptions options;
    options.profile = commandLine.profile;
    options.source = commandLine.source;
    options.platformUrl = commandLine.platformUrl;
    options.imsUrl = commandLine.imsUrl;

    Inlet::InletWizard wizard(settings, secrets, network, options);
    wizard.show();
    return QApplication::exec();
}
