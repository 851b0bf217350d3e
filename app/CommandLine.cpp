#include "CommandLine.h"

#include "core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Inlet {

namespace {
// Qt 6.4's French, Spanish and Japanese qtbase catalogs lack these texts of --help. Listed here, they
// land in Inlet's own catalogs, which Qt consults whenever its own has no translation.
[[maybe_unused]] constexpr const char* kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};
} // namespace

CommandLine CommandLine::parseBeforeGui(int& argc, char** argv, const QString& savedLanguage)
{
    const QCoreApplication app(argc, argv);
    const QString languageArgument = CommandLine::languageArgument(QCoreApplication::arguments());
    installTranslations(*QCoreApplication::instance(), languageArgument.isEmpty() ? savedLanguage : languageArgument);
    return parse(app);
}

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
        QCoreApplication::translate("Inlet::CommandLine", "name", "value of --profile in --help"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QCoreApplication::translate("Inlet::CommandLine", "Preselect the source with this connection spec id or name."),
        QCoreApplication::translate("Inlet::CommandLine", "spec", "value of --source in --help"));
    const QCommandLineOption flowOption(
        QStringLiteral("flow"),
        QCoreApplication::translate("Inlet::CommandLine",
                                    "After signing in, watch the runs of the dataflow with this id."),
        QCoreApplication::translate("Inlet::CommandLine", "id", "value of --flow in --help"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform-url"),
        QCoreApplication::translate("Inlet::CommandLine",
                                    "Base URL of the Platform API (default https://platform.adobe.io)."),
        QCoreApplication::translate("Inlet::CommandLine", "url", "value of --platform-url and --ims-url in --help"));
    const QCommandLineOption imsOption(
        QStringLiteral("ims-url"),
        QCoreApplication::translate("Inlet::CommandLine",
                                    "Base URL of Adobe IMS (default https://ims-na1.adobelogin.com)."),
        QCoreApplication::translate("Inlet::CommandLine", "url", "value of --platform-url and --ims-url in --help"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("Inlet::CommandLine", "Use this language instead of the system's, e.g. de or ja."),
        QCoreApplication::translate("Inlet::CommandLine", "code", "value of --language in --help"));
    parser.addOptions({profileOption, sourceOption, flowOption, platformOption, imsOption, languageOption});
    parser.process(app);

    CommandLine result;
    result.profile = parser.value(profileOption);
    result.source = parser.value(sourceOption);
    result.flowId = parser.value(flowOption).trimmed();
    if (parser.isSet(platformOption))
        result.platformUrl = QUrl::fromUserInput(parser.value(platformOption));
    if (parser.isSet(imsOption))
        result.imsUrl = QUrl::fromUserInput(parser.value(imsOption));
    result.language = parser.value(languageOption);
    return result;
}

QString CommandLine::languageArgument(const QStringList& arguments)
{
    const QString option = QStringLiteral("--language");
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
    }
    return {};
}

} // namespace Inlet
