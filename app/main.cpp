#include "AppIcon.h"
#include "CommandLine.h"
#include "InletWizard.h"
#include "core/AppInfo.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QNetworkAccessManager>

int main(int argc, char* argv[])
{
    // Before anything can hold a secret: freed heap blocks are scrubbed (this may restart the
    // executable once, keeping its pid), and release builds refuse core dumps and debuggers.
    Inlet::ProcessHardening::scrubFreedMemory(argv);
#ifdef NDEBUG
    Inlet::ProcessHardening::apply();
#endif
    // Without a session bus, libdbus would autolaunch one for Qt's desktop integration (from the X
    // display) and leave that daemon running after Inlet quits. An address it cannot use stops that.
    if (Inlet::KeychainSecretStore::sessionBusUnreachable())
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    // Static, so they hold for the parser's application object and for the GUI's.
    QCoreApplication::setOrganizationName(Inlet::AppInfo::organizationName());
    QCoreApplication::setApplicationName(Inlet::AppInfo::applicationName());
    QCoreApplication::setApplicationVersion(Inlet::AppInfo::version());
    Inlet::Settings settings;
    const Inlet::CommandLine commandLine = Inlet::CommandLine::parseBeforeGui(argc, argv, settings.language());

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(Inlet::AppInfo::appId());
    QApplication::setWindowIcon(Inlet::appIcon());
    Inlet::installTranslations(app, commandLine.language.isEmpty() ? settings.language() : commandLine.language);

    // One network manager and one keychain for the whole application.
    QNetworkAccessManager network;
    Inlet::KeychainSecretStore secrets;
    Inlet::LaunchOptions options;
    options.profile = commandLine.profile;
    options.source = commandLine.source;
    options.flowId = commandLine.flowId;
    options.platformUrl = commandLine.platformUrl;
    options.imsUrl = commandLine.imsUrl;

    Inlet::InletWizard wizard(settings, secrets, network, options);
    wizard.show();
    return QApplication::exec();
}
