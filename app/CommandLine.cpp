#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Inlet {

CommandLine CommandLine::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Inlet::CommandLine", "Connect data sources to Adobe Experience Platform."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Inlet::CommandLine", "Start with the saved Platform profile <name>."),
        QStringLiteral("name"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QCoreApplication::translate("Inlet::CommandLine", "Preselect the source with this connection spec id or name."),
        QStringLiteral("spec"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform-url"),
        QCoreApplication::translate("Inlet::CommandLine",
                                    "Base URL of the Platform API (default https://platform.adobe.io)."),
        QStringLiteral("url"));
    const QCommandLineOption imsOption(
        QStringLiteral("ims-url"),
        QCoreApplication::translate("Inlet::CommandLine",
                                    "Base URL of Adobe IMS (default https://ims-na1.adobelogin.com)."),
        QStringLiteral("url"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("Inlet::CommandLine", "Use this language instead of the system's, e.g. de or ja."),
        QStringLiteral("code"));
    parser.addOptions({profileOption, sourceOption, platformOption, imsOption, languageOption});
    parser.process(app);

    CommandLine result;
    result.profile = parser.value(profileOption);
    result.source = parser.value(sourceOption);
    if (parser.isSet(platformOption))
        result.platformUrl = QUrl::fromUserInput(parser.value(platformOption));
    if (parser.isSet(imsOption))
        result.imsUrl = QUrl::fromUserInput(parser.value(imsOption));
    result.language = parser.value(languageOption);
    return result;
}

} // namespace Inlet
