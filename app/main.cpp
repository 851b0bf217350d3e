#include "CommandLine.h"
#include "InletWizard.h"
#include "Translations.h"
#include "core/AppInfo.h"
#include "core/Settings.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(Inlet::AppInfo::organizationName());
    QApplication::setApplicationName(Inlet::AppInfo::applicationName());
    QApplication::setApplicationVersion(Inlet::AppInfo::version());
    QApplication::setDesktopFileName(Inlet::AppInfo::appId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.inlet.Inlet.svg")));

    Inlet::Settings settings;
    // Translate before parsing, so --help speaks the user's language.
    const QStringList arguments = QApplication::arguments();
    const int languageIndex = arguments.indexOf(QStringLiteral("--language"));
    const QString language = languageIndex >= 0 && languageIndex + 1 < arguments.size()
        ? arguments.at(languageIndex + 1)
        : settings.language();
    Inlet::installTranslations(app, language);
    const Inlet::CommandLine commandLine = Inlet::CommandLine::parse(app);

    Q_UNUSED(commandLine) // wired into the wizard by its pages
    Inlet::InletWizard wizard;
    wizard.show();
    return QApplication::exec();
}
