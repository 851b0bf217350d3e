// inlet-bench: measures Inlet against its floor (a minimal QWizard) and its peers (curl), and prints one
// table with the budgets of docs/performance.md. Run it through scripts/bench.sh, which builds it and
// provides a throw-away D-Bus session and keyring. Timings are never asserted by CTest: the smoke test
// runs --quick and checks only that the table comes out.

#include "BenchTable.h"
#include "CatalogBench.h"
#include "CatalogLoadBench.h"
#include "ExploreBench.h"
#include "FilterBench.h"
#include "FormBench.h"
#include "JourneyBench.h"
#include "NetworkBench.h"
#include "StartupAudit.h"
#include "StartupBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

using namespace Inlet::Bench;

namespace {

QString firstLineStartingWith(const QString& file, const QByteArray& prefix)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : input.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString machineDescription()
{
    const qint64 memoryKb =
        firstLineStartingWith(QStringLiteral("/proc/meminfo"), "MemTotal").split(u' ').value(0).toLongLong();
    QFile load(QStringLiteral("/proc/loadavg"));
    load.open(QIODevice::ReadOnly);
    return QStringLiteral("Machine: %1 CPUs (nproc), %2, %3 GiB RAM, %4; Qt %5 (built with %6); %7 build; "
                          "load average before the run: %8")
        .arg(QThread::idealThreadCount())
        .arg(firstLineStartingWith(QStringLiteral("/proc/cpuinfo"), "model name"))
        .arg(double(memoryKb) / 1024 / 1024, 0, 'f', 1)
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        .arg(QStringLiteral(INLET_BENCH_BUILD_TYPE), QString::fromLatin1(load.readAll()).section(u' ', 0, 2));
}

QString option(const QCommandLineParser& parser, const QCommandLineOption& option, const char* builtIn)
{
    const QString value = parser.value(option);
    return value.isEmpty() ? QString::fromUtf8(builtIn) : value;
}

} // namespace

int main(int argc, char* argv[])
{
    // The benchmark's own widgets (the form) need no screen; the start-ups pick their platform themselves.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("inlet-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inlet's performance benchmark (docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Tiny repetition counts (the CTest smoke)."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Warm start-ups of each program."),
                                  QStringLiteral("N"),
                                  QStringLiteral("15"));
    const QCommandLineOption coldRuns(QStringLiteral("cold-runs"),
                                      QStringLiteral("Cold start-ups of each (drops the page cache; 0: none). After a "
                                                     "cache drop single starts spread by tens of ms: 15 for a "
                                                     "median that holds."),
                                      QStringLiteral("N"),
                                      QStringLiteral("15"));
    const QCommandLineOption xcb(QStringLiteral("xcb"), QStringLiteral("Also start up under xcb ($DISPLAY)."));
    const QCommandLineOption returningUser(
        QStringLiteral("returning-user"),
        QStringLiteral("Also start as a returning user: stores a profile secret in the session's keychain, so "
                       "use only in a throw-away session (scripts/bench.sh does)."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated sections: startup, catalog, form, network, explore, journey (default: all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Exit 1 when a budget fails."));
    const QCommandLineOption inlet(
        QStringLiteral("inlet"), QStringLiteral("The inlet executable."), QStringLiteral("PATH"));
    const QCommandLineOption floor(
        QStringLiteral("floor"), QStringLiteral("The floor wizard."), QStringLiteral("PATH"));
    const QCommandLineOption probe(QStringLiteral("probe"),
                                   QStringLiteral("The folder whose generic/ holds the first-frame probe plugin."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption curl(QStringLiteral("curl"), QStringLiteral("curl."), QStringLiteral("PATH"));
    QCommandLineOption catalogLoadChild(QStringLiteral("catalog-load-child"));
    catalogLoadChild.setFlags(QCommandLineOption::HiddenFromHelp); // CatalogLoadBench's measuring child
    parser.addOptions({quick, only, runs, coldRuns, xcb, returningUser, strict, inlet, floor, probe, curl});
    parser.addOption(catalogLoadChild);
    parser.process(app);
    if (parser.isSet(catalogLoadChild))
        return CatalogLoadBench::runChild();

    const bool isQuick = parser.isSet(quick);
    const int repetitions = isQuick ? 1 : 30;
    if (qEnvironmentVariableIsEmpty("INLET_PLATFORM_SIM"))
        qputenv("INLET_PLATFORM_SIM", INLET_BENCH_SIMULATOR);

    const QStringList sections = parser.isSet(only) ? parser.value(only).split(u',')
                                                    : QStringList{QStringLiteral("startup"),
                                                                  QStringLiteral("catalog"),
                                                                  QStringLiteral("form"),
                                                                  QStringLiteral("network"),
                                                                  QStringLiteral("explore"),
                                                                  QStringLiteral("journey")};
    BenchTable table;
    const QString machine = machineDescription();

    StartupBench::Options startup;
    startup.inletProgram = option(parser, inlet, INLET_BENCH_APP);
    startup.floorProgram = option(parser, floor, INLET_BENCH_FLOOR);
    startup.probePluginPath = option(parser, probe, INLET_BENCH_PROBE);
    startup.warmRuns = isQuick ? 1 : std::max(1, parser.value(runs).toInt());
    startup.coldRuns = isQuick ? 0 : std::max(0, parser.value(coldRuns).toInt());
    startup.xcb = parser.isSet(xcb);
    startup.returningUser = parser.isSet(returningUser);
    if (sections.contains(QStringLiteral("startup"))) {
        StartupBench(startup).run(table);
        StartupAudit(isQuick ? 1 : 10).run(table);
    }
    if (sections.contains(QStringLiteral("catalog"))) {
        // The parse, the load of a 10,000-spec cache as the wizard does it, the picker's filter over it.
        CatalogBench catalog(repetitions);
        catalog.run(table);
        CatalogLoadBench(catalog.largeCatalogJson(), catalog.largeCatalog().size(), isQuick ? 1 : 5).run(table);
        FilterBench(catalog.largeCatalog(), isQuick ? 1 : 10).run(table);
    }
    if (sections.contains(QStringLiteral("form")))
        FormBench(repetitions).run(table);

    if (sections.contains(QStringLiteral("network"))) {
        QString curlProgram = parser.value(curl);
        if (curlProgram.isEmpty())
            curlProgram = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curlProgram.isEmpty()) // scripts/bench.sh installs it; the CTest smoke may run without it
            table.addNote(QStringLiteral("create-connection round trip not measured: curl is not installed."));
        else
            NetworkBench(curlProgram, isQuick ? 1 : 5, isQuick ? 3 : 40).run(table);
    }

    if (sections.contains(QStringLiteral("explore")))
        ExploreBench(isQuick ? 1 : 5).run(table);

    if (sections.contains(QStringLiteral("journey"))) {
        QString curlProgram = parser.value(curl);
        if (curlProgram.isEmpty())
            curlProgram = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curlProgram.isEmpty())
            table.addNote(QStringLiteral("journey at internet latency not measured: curl is not installed."));
        else
            JourneyBench(curlProgram, isQuick ? 1 : 7).run(table);
    }

    table.addNote(machine);
    if (isQuick)
        table.addNote(QStringLiteral("--quick: one sample per figure; these numbers mean nothing."));
    std::fputs(table.toMarkdown().toUtf8().constData(), stdout);
    std::fflush(stdout);
    if (table.anyError())
        return 2;
    return parser.isSet(strict) && table.anyFailed() ? 1 : 0;
}
