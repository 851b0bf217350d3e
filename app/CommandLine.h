#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace Inlet {

// What the command line asks for. --help and --version are answered by the parser itself.
struct CommandLine
{
    QString profile;
    QString source; // connection spec id or name
    QUrl platformUrl;
    QUrl imsUrl;
    QString language;

    static CommandLine parse(const QCoreApplication& app);
};

} // namespace Inlet
