#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QCoreApplication;

namespace Inlet {

// What the command line asks for. --help and --version are answered by the parser itself.
struct CommandLine
{
    QString profile;
    QString source; // connection spec id or name
    QString flowId; // --flow: open this dataflow's runs after signing in
    QUrl platformUrl;
    QUrl imsUrl;
    QString language;

    // Parses with a QCoreApplication of its own, before any GUI exists, so that --help, --version and
    // a wrong option are answered (and the process exits) without a display, e.g. over ssh. The texts
    // speak --language's language, else `savedLanguage`, else the system's.
    static CommandLine parseBeforeGui(int& argc, char** argv, const QString& savedLanguage);
    static CommandLine parse(const QCoreApplication& app);
    // The --language value ("--language ja" or "--language=ja"), read before parsing so that --help
    // and the parser's own errors already speak that language; empty when not given.
    static QString languageArgument(const QStringList& arguments);
};

} // namespace Inlet
