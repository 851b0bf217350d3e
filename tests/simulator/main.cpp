// inlet-platform-sim: a local stand-in for Adobe IMS, Flow Service and the landing-zone credentials
// API, for tests and demos. Listens on 127.0.0.1 only.

#include "CatalogService.h"
#include "DataPrepService.h"
#include "DataflowService.h"
#include "ExploreService.h"
#include "FaultPlan.h"
#include "FlowService.h"
#include "Http2Front.h"
#include "ImsService.h"
#include "LandingZoneService.h"
#include "LatencyProxy.h"
#include "PlatformSimulator.h"
#include "SchemaRegistryService.h"
#include "SimulatorServer.h"
#include "ThrowAwayCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Inlet::Sim;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inlet-platform-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Local Experience Platform simulator: IMS token v3, Flow Service (/data/foundation/flowservice)\n"
            "with flows, runs and source/target connections, landing-zone credentials\n"
            "(/data/foundation/connectors/landingzone), Catalog datasets, Schema Registry schemas and Data Prep\n"
            "mapping sets on one loopback origin.\n"
            "First line of output: \"listening on http://127.0.0.1:PORT\". Admin routes under /__admin/.\n\n")
        + Fault::help());
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("Accept only this client id (default: any)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("Accept only this client secret (default: any)."),
                                          QStringLiteral("SECRET"));
    const QCommandLineOption orgId(
        QStringLiteral("org-id"), QStringLiteral("Accept only this IMS org id (default: any)."), QStringLiteral("ORG"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Accept only these sandboxes (repeatable; default: any)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption staticToken(QStringLiteral("static-token"),
                                         QStringLiteral("A bearer token that is always valid (a \"pasted\" token)."),
                                         QStringLiteral("TOKEN"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"),
                                           QStringLiteral("Lifetime of issued tokens (expires_in)."),
                                           QStringLiteral("SECONDS"),
                                           QStringLiteral("86399"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"), QStringLiteral("Items per list page."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption sasDays(QStringLiteral("sas-lifetime-days"),
                                     QStringLiteral("Days until landing-zone SAS tokens expire."),
                                     QStringLiteral("DAYS"),
                                     QStringLiteral("90"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     QStringLiteral("Serve this connection-spec file instead of the bundled catalog."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption exploreTables(
        QStringLiteral("explore-root-tables"),
        QStringLiteral("Tables a database connection's explore root lists (default 4; e.g. 10000)."),
        QStringLiteral("N"),
        QStringLiteral("4"));
    const QCommandLineOption runSeconds(QStringLiteral("run-seconds"),
                                        QStringLiteral("How long a flow run takes (queued, then in progress)."),
                                        QStringLiteral("SECONDS"),
                                        QStringLiteral("6"));
    const QCommandLineOption runEvery(QStringLiteral("run-every"),
                                      QStringLiteral("A scheduled flow starts a new run this often (0: never)."),
                                      QStringLiteral("SECONDS"),
                                      QStringLiteral("60"));
    const QCommandLineOption runOutcome(
        QStringLiteral("run-outcome"),
        QStringLiteral("How runs end: success, partial, failed or anonymous-credentials (Databricks' copy error)."),
        QStringLiteral("OUTCOME"),
        QStringLiteral("success"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault (repeatable): METHOD:PATH:KIND[=ARG][:COUNT], see above."),
        QStringLiteral("SPEC"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate (tests of TLS failures)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with a certificate from a CA made for this run; the CA's "
                                                "certificate is written to FILE for clients to trust."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption http2(
        QStringLiteral("http2"),
        QStringLiteral("With --tls or --tls-cert: offer HTTP/2 as Adobe's edge does, through "
                       "a front in Node.js (http2-front.mjs) before the simulator."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every byte by MS in each direction, connection set-up "
                                                    "included (40: a 80 ms round trip)."),
                                     QStringLiteral("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Print one line per request to stderr."));
    parser.addOptions({port,     clientId, clientSecret, orgId,         sandbox,    staticToken, tokenLifetime,
                       pageSize, sasDays,  catalog,      exploreTables, runSeconds, runEvery,    runOutcome,
                       fault,    tlsCert,  tlsKey,       tls,           http2,      latency,     verbose});
    parser.process(app);

    QTextStream err(stderr);
    SimulatorOptions options;
    options.clientId = parser.value(clientId);
    options.clientSecret = parser.value(clientSecret);
    options.orgId = parser.value(orgId);
    options.sandboxes = parser.values(sandbox);
    options.staticToken = parser.value(staticToken);
    options.tokenLifetimeSeconds = parser.value(tokenLifetime).toInt();
    options.pageSize = parser.value(pageSize).toInt();
    options.sasLifetimeDays = parser.value(sasDays).toInt();
    options.catalogFile = parser.value(catalog);
    options.exploreRootTables = parser.value(exploreTables).toInt();
    options.runSeconds = parser.value(runSeconds).toInt();
    options.runEverySeconds = parser.value(runEvery).toInt();
    options.runOutcome = parser.value(runOutcome);
    if (options.runSeconds <= 0 || options.runEverySeconds < 0
        || !DataflowService::outcomeFromName(options.runOutcome)) {
        err << "--run-seconds must be positive, --run-every not negative, --run-outcome one of success, partial, "
               "failed, anonymous-credentials\n";
        return 2;
    }
    if (options.tokenLifetimeSeconds <= 0) {
        err << "--token-lifetime must be a positive number of seconds\n";
        return 2;
    }

    QString error;
    auto specs = FlowService::loadSpecs(options.catalogFile, &error);
    if (!specs) {
        err << "cannot load the catalog: " << error << '\n';
        return 1;
    }
    // One line per service; a new service joins here.
    PlatformSimulator platform(options);
    platform.addService(std::make_unique<ImsService>(options, platform.tokens()));
    auto flowService = std::make_unique<FlowService>(options, std::move(*specs));
    const FlowService* connections = flowService.get();
    platform.addService(std::move(flowService));
    platform.addService(std::make_unique<ExploreService>(options, connections));
    auto landingZoneService = std::make_unique<LandingZoneService>(options);
    const LandingZoneService* landingZone = landingZoneService.get();
    platform.addService(std::move(landingZoneService));
    platform.addService(std::make_unique<SchemaRegistryService>(options));
    auto catalogService = std::make_unique<CatalogService>(options);
    const CatalogService* datasets = catalogService.get();
    platform.addService(std::move(catalogService));
    auto dataPrepService = std::make_unique<DataPrepService>(options);
    const DataPrepService* mappings = dataPrepService.get();
    platform.addService(std::move(dataPrepService));
    platform.addService(std::make_unique<DataflowService>(options, connections, datasets, mappings, landingZone));
    SimulatorServer server(&platform);
    server.setVerbose(parser.isSet(verbose));
    for (const QString& spec : parser.values(fault)) {
        const auto parsed = Fault::parse(spec, &error);
        if (!parsed) {
            err << "--fault " << spec << ": " << error << '\n';
            return 2;
        }
        server.faults().add(*parsed);
    }

    if (parser.isSet(tlsCert) && parser.isSet(tls)) {
        err << "--tls and --tls-cert exclude each other\n";
        return 2;
    }
    const bool https = parser.isSet(tlsCert) || parser.isSet(tls);
    const bool behindHttp2Front = parser.isSet(http2);
    if (behindHttp2Front && !https) {
        err << "--http2 needs --tls or --tls-cert\n";
        return 2;
    }
    QSslCertificate certificate;
    QSslKey key;
    if (parser.isSet(tls)) {
        const auto made = ThrowAwayCa::make(parser.value(tls), &error);
        if (!made) {
            err << "--tls: " << error << '\n';
            return 1;
        }
        certificate = made->serverCertificate;
        key = made->serverKey;
    } else if (parser.isSet(tlsCert)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "cannot read --tls-cert / --tls-key\n";
            return 2;
        }
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            err << "--tls-cert / --tls-key are not a PEM certificate and RSA key\n";
            return 2;
        }
    }
    // With --http2 the simulator itself answers plain HTTP/1.1, to the front only.
    if (https && !behindHttp2Front)
        server.sslSetup(certificate, key);

    bool portOk = false;
    const uint requested = parser.value(port).toUInt(&portOk);
    if (!portOk || requested > 65535) {
        err << "--port must be 0..65535\n";
        return 2;
    }
    bool latencyOk = false;
    const int latencyMs = parser.value(latency).toInt(&latencyOk);
    if (!latencyOk || latencyMs < 0 || latencyMs > 10000) {
        err << "--latency must be 0..10000 milliseconds\n";
        return 2;
    }
    // A client's bytes cross the delay (--latency), then the HTTP/2 front (--http2), then reach the
    // server; each listens on a port of its own, and the first on the one clients use.
    const bool fronted = behindHttp2Front || latencyMs > 0;
    quint16 listening = server.listenOnLoopback(fronted ? 0 : quint16(requested));
    Http2Front http2Front;
    if (listening != 0 && behindHttp2Front) {
        listening = http2Front.start(certificate, key, listening, latencyMs > 0 ? 0 : quint16(requested), &error);
        if (listening == 0) {
            err << "--http2: " << error << '\n';
            return 1;
        }
    }
    std::unique_ptr<LatencyProxy> proxy;
    if (listening != 0 && latencyMs > 0) {
        proxy = std::make_unique<LatencyProxy>(std::chrono::milliseconds(latencyMs), listening);
        listening = proxy->listenOnLoopback(quint16(requested));
    }
    if (listening == 0) {
        err << "cannot listen on 127.0.0.1:" << requested << '\n';
        return 1;
    }
    // The first line of output; tests read the port from it, so it must not wait in a buffer.
    std::fprintf(stdout, "listening on %s://127.0.0.1:%u\n", https ? "https" : "http", unsigned(listening));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
