#include "JourneyBench.h"

#include "AwaitOperation.h"
#include "BenchTable.h"
#include "Samples.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "core/AppInfo.h"
#include "core/Settings.h"
#include "platform/DataflowJson.h"
#include "platform/PlatformEndpoints.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/AutoMapping.h"
#include "setup/Setup.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace Inlet::Bench {

namespace {

constexpr int kRoundTripMs = 40;
const QString kMetric = QStringLiteral("journey at 40 ms round trip over TLS");
const QString kStaticToken = QStringLiteral("bench-journey-static-token");

// The wait for one press: the use case's operation from start to finish; -1 when it failed.
template <typename Op>
double timedWait(Op* operation, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    return awaitOperation(operation, error, 30000) ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

// The same, keeping the operation's result.
template <typename T>
double timedResult(ResultOperation<T>* operation, QString* error, T* result)
{
    QObject::connect(operation, &Operation::finished, operation, [operation, result] {
        if (!operation->error())
            *result = operation->result();
    });
    return timedWait(operation, error);
}

QByteArray quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return (u'"' + escaped + u'"').toUtf8();
}

// The table the journey reads, as the seed documents' example names it.
const QString kTable = QStringLiteral("public.customers");
const QString kDataset = QStringLiteral("Acme customers");

// The bodies a script following the seed documents posts for the dataflow, and the ids they refer to.
// The script cannot read an id out of one answer into the next request, so the ids are those of the
// objects Inlet created in the same run: the same requests, the same sizes, the same server work.
struct DataflowBodies
{
    QByteArray sourceConnection;
    QByteArray targetConnection;
    QByteArray mappingSet;
    QByteArray flow;
};

// What a script following the seed documents sends, as one curl config: the token, the create and the
// explore (the connection journey), then the table's columns and the four creates of a dataflow (the
// whole journey), each a transfer of its own (`next`), all on one connection. The requests carry the
// simulator's static token, as a script carries the one it got; the explore asks for a connection
// that exists, as the script's would after its create.
QByteArray curlConfig(const Profile& profile,
                      const QUrl& base,
                      const QString& caFile,
                      const QMap<QString, QString>& bodyFiles,
                      const QString& connectionId,
                      bool withDataflow)
{
    const QByteArray common = "silent\nshow-error\ncacert = " + quoted(caFile)
        + "\nuser-agent = " + quoted(QString::fromUtf8(AppInfo::userAgent()))
        + "\noutput = \"/dev/null\"\nwrite-out = \"%{time_total} %{http_code}\\n\"\n";
    QByteArray headers;
    for (const QString& header : {QStringLiteral("Accept: application/json"),
                                  QStringLiteral("Authorization: Bearer ") + kStaticToken,
                                  QStringLiteral("x-api-key: ") + profile.clientId,
                                  QStringLiteral("x-gw-ims-org-id: ") + profile.orgId,
                                  QStringLiteral("x-sandbox-name: ") + profile.sandbox})
        headers += "header = " + quoted(header) + '\n';
    const PlatformEndpoints endpoints = PlatformEndpoints::fromProfile(profile);
    const auto get = [&](const QUrl& url, const QString& query) {
        return "next\n" + common + headers + "url = " + quoted(url.toString() + u'?' + query) + '\n';
    };
    const auto post = [&](const QUrl& url, const QString& bodyKey) {
        return "next\n" + common + headers + "header = \"Content-Type: application/json\"\n" + "data-binary = "
            + quoted(u'@' + bodyFiles.value(bodyKey)) + '\n' + "url = " + quoted(url.toString()) + '\n';
    };
    const QUrl explore =
        PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/connections/%1/explore").arg(connectionId));
    QByteArray config = common;
    config += "data = "
        + quoted(QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2&scope=openid")
                     .arg(profile.clientId, SimulatorProcess::clientSecret()))
        + '\n';
    config += "url = " + quoted(base.toString() + QStringLiteral("/ims/token/v3")) + '\n';
    config += post(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/connections")),
                   QStringLiteral("connection"));
    config += get(explore, QStringLiteral("objectType=root"));
    if (!withDataflow)
        return config;
    config += get(explore, QStringLiteral("objectType=table&object=%1&preview=true").arg(kTable));
    config += post(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/sourceConnections")),
                   QStringLiteral("sourceConnection"));
    config += post(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/targetConnections")),
                   QStringLiteral("targetConnection"));
    config +=
        post(PlatformEndpoints::join(endpoints.dataPrep, QStringLiteral("/mappingSets")), QStringLiteral("mappingSet"));
    config += post(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/flows")), QStringLiteral("flow"));
    return config;
}

struct Press
{
    QString name;
    int minimumRoundTrips; // what the API needs for it, once the connection is open
    Samples waitMs;
};

} // namespace

JourneyBench::JourneyBench(QString curlProgram, int repetitions)
    : m_curl(std::move(curlProgram))
    , m_repetitions(repetitions)
{
}

void JourneyBench::run(BenchTable& table) const
{
    QTemporaryDir scratch;
    const QString caFile = scratch.filePath(QStringLiteral("ca.pem"));
    SimulatorProcess simulator({QStringLiteral("--tls"),
                                caFile,
                                QStringLiteral("--http2"),
                                QStringLiteral("--latency"),
                                QString::number(kRoundTripMs / 2),
                                QStringLiteral("--static-token"),
                                kStaticToken});
    if (!simulator.start()) {
        table.add(BenchRow::error(kMetric, simulator.errorText()));
        return;
    }
    // This CA and nothing else, for this process only: never a blanket ignoreSslErrors.
    const QSslConfiguration systemTls = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = systemTls;
    trusting.addCaCertificates(QSslCertificate::fromPath(caFile));
    QSslConfiguration::setDefaultConfiguration(trusting);

    const Profile profile = simulator.profile();
    const ConnectionDraft draft = SeedDrafts::spark();
    Settings settings(scratch.filePath(QStringLiteral("inlet.ini")));
    KeychainSecretStore secrets;

    // Signing in promises that the org and sandbox accept the credentials, which only a request made
    // with the token can tell: the token, then that check, two sequential round trips.
    QList<Press> presses{{QStringLiteral("Next on Account (sign in)"), 2, {}},
                         {QStringLiteral("Next on Source (existing connections, fetched ahead)"), 1, {}},
                         {QStringLiteral("Create on Review"), 1, {}},
                         {QStringLiteral("Test on Result"), 1, {}},
                         {QStringLiteral("a table chosen on Select data (columns, preview)"), 1, {}},
                         {QStringLiteral("Next on Select data (datasets and schemas, fetched ahead)"), 1, {}},
                         {QStringLiteral("a dataset chosen on Target (its schema)"), 1, {}},
                         {QStringLiteral("Next on Mapping (Data Prep's check, made ahead)"), 1, {}},
                         // The flow names the other three objects' ids: two sequential round trips.
                         {QStringLiteral("Create on the dataflow's Review"), 2, {}}};
    constexpr int kConnectionPresses = 4;
    Samples connectionTotals;
    Samples totals;
    QString connectionId;
    DataflowPlan plan;
    DataflowProgress created;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        QNetworkAccessManager network; // nothing connected yet, as at start-up
        Setup setup(settings, secrets, network);
        setup.signIn().confirmAddresses(profile);
        // What the account page does once it is on screen; the user then types for a while.
        setup.signIn().preconnect(profile);
        QTest::qWait(1000);
        QString error;
        QList<double> waits;
        waits << timedWait(setup.signIn().signIn(profile, SimulatorProcess::clientSecret(), false), &error);
        if (error.isEmpty()) {
            // What the source page does once the user rests on a source; they then press Next.
            setup.existingConnections().prefetch(draft.connectionSpecId);
            QTest::qWait(1000);
            waits << timedWait(setup.existingConnections().list(draft.connectionSpecId), &error);
        }
        NewConnection connection;
        if (error.isEmpty()) {
            waits << timedResult(setup.createConnection().create(draft, false), &error, &connection);
            connectionId = connection.connection.id;
        }
        if (error.isEmpty())
            waits << timedWait(setup.testConnection().test(connectionId), &error);

        // The dataflow: the seed documents' next steps, as the pages call them.
        ExploreConnection& explore = setup.exploreConnection();
        explore.setConnection(connectionId, draft.connectionSpecId);
        ObjectDescription described;
        if (error.isEmpty())
            waits << timedResult(
                explore.describeTable({QStringLiteral("table"), kTable, kTable, true, true}), &error, &described);
        TargetOptions targets;
        if (error.isEmpty()) {
            // What the wizard does once a table is chosen; the user then looks at its preview.
            setup.chooseTarget().prefetch();
            QTest::qWait(1000);
            waits << timedResult(setup.chooseTarget().load(), &error, &targets);
        }
        const auto dataset = std::find_if(
            targets.datasets.cbegin(), targets.datasets.cend(), [](const auto& item) { return item.name == kDataset; });
        if (error.isEmpty() && dataset == targets.datasets.cend())
            error = QStringLiteral("the simulator has no dataset \"%1\"").arg(kDataset);
        XdmSchema schema;
        if (error.isEmpty())
            waits << timedResult(setup.chooseTarget().describe(dataset->schemaId), &error, &schema);
        if (error.isEmpty()) {
            plan = DataflowPlan{};
            plan.name = QStringLiteral("Customers from Spark %1").arg(repetition + 1);
            plan.sourceSpecId = draft.connectionSpecId;
            plan.baseConnectionId = connectionId;
            plan.object = explore.choose(described);
            plan.datasetId = dataset->id;
            plan.schemaId = dataset->schemaId;
            plan.rules = AutoMapping::suggest(plan.object.columns, schema);
            plan.schedule.startUtc = QDateTime::currentDateTimeUtc();
            plan.schedule.deltaColumn = QStringLiteral("created_at");
            const MappingSetDraft mapping{plan.mappingSetName(), plan.object.columns, plan.schemaId, plan.rules};
            // What the Mapping page does once the mapping on screen is complete; the user then reads it.
            setup.mapColumns().prefetchValidation(mapping);
            QTest::qWait(1000);
            waits << timedWait(setup.mapColumns().validate(mapping), &error);
        }
        if (error.isEmpty()) {
            // What the wizard does once the object is chosen; the user then reads the dataflow pages.
            setup.createDataflow().prepare(plan);
            QTest::qWait(1000);
            waits << timedResult(setup.createDataflow().create(plan), &error, &created);
        }
        if (!error.isEmpty()) {
            table.add(BenchRow::error(kMetric, QStringLiteral("Inlet: %1").arg(error)));
            QSslConfiguration::setDefaultConfiguration(systemTls);
            return;
        }
        double total = 0;
        for (int i = 0; i < presses.size(); ++i) {
            presses[i].waitMs.add(waits.at(i));
            total += waits.at(i);
            if (i + 1 == kConnectionPresses)
                connectionTotals.add(total);
        }
        totals.add(total);
    }
    QSslConfiguration::setDefaultConfiguration(systemTls);

    // The peer, after Inlet, on the same simulator: the connection journey's script, and the whole one.
    const QString configFile = scratch.filePath(QStringLiteral("curl.conf"));
    const QString dataflowConfigFile = scratch.filePath(QStringLiteral("curl-dataflow.conf"));
    // The script's own objects, named apart from Inlet's, with the bodies Inlet sends.
    DataflowPlan script = plan;
    script.name += QStringLiteral(" (script)");
    const QMap<QString, QByteArray> bodies{
        {QStringLiteral("connection"), draft.toJsonText()},
        {QStringLiteral("sourceConnection"), DataflowJson::sourceConnectionBody(CreateDataflow::sourceDraft(script))},
        {QStringLiteral("targetConnection"),
         DataflowJson::targetConnectionBody({script.targetConnectionName(), script.datasetId, script.schemaId})},
        {QStringLiteral("mappingSet"), DataflowJson::mappingSetBody(CreateDataflow::mappingDraft(script))},
        {QStringLiteral("flow"), DataflowJson::flowBody(CreateDataflow::flowDraft(script, created))}};
    QMap<QString, QString> bodyFiles;
    for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
        const QString path = scratch.filePath(it.key() + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) < 0) {
            table.add(BenchRow::error(kMetric, QStringLiteral("cannot write the curl script")));
            return;
        }
        bodyFiles.insert(it.key(), path);
    }
    for (const auto& [path, withDataflow] : {std::pair{configFile, false}, std::pair{dataflowConfigFile, true}}) {
        QFile config(path);
        if (!config.open(QIODevice::WriteOnly)
            || config.write(curlConfig(profile, simulator.baseUrl(), caFile, bodyFiles, connectionId, withDataflow))
                < 0) {
            table.add(BenchRow::error(kMetric, QStringLiteral("cannot write the curl script")));
            return;
        }
    }
    Samples curlTotals;
    Samples curlDataflowTotals;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        for (const auto& [path, transfers, samples] :
             {std::tuple{configFile, 3, &curlTotals}, std::tuple{dataflowConfigFile, 8, &curlDataflowTotals}}) {
            const std::optional<double> total = runCurl(path, transfers, table);
            if (!total)
                return;
            samples->add(*total);
        }
    }

    for (const Press& press : presses) {
        const double wait = press.waitMs.median();
        table.add(BenchRow::info(kMetric + QStringLiteral(": %1, wait, median, ms").arg(press.name), {}, wait));
        // A quarter of a round trip is left for Inlet's and the simulator's own work.
        const double roundTrips = std::floor(wait / kRoundTripMs + 0.25);
        table.add(BenchRow::withLimit(kMetric
                                          + QStringLiteral(": %1, round trips waited (wait ÷ 40 ms; the API needs %2)")
                                                .arg(press.name)
                                                .arg(press.minimumRoundTrips),
                                      {},
                                      roundTrips,
                                      press.minimumRoundTrips));
    }
    table.add(BenchRow::withRatio(
        kMetric
            + QStringLiteral(
                ": sign-in to a tested connection, total wait, median, ms (vs curl: token, create, explore)"),
        {},
        connectionTotals.median(),
        curlTotals.median(),
        1.0));
    table.add(
        BenchRow::withRatio(kMetric
                                + QStringLiteral(": sign-in to a created dataflow, total wait, median, ms (vs curl: "
                                                 "token, create, explore, columns, the four creates)"),
                            {},
                            totals.median(),
                            curlDataflowTotals.median(),
                            1.0));
}

std::optional<double> JourneyBench::runCurl(const QString& configFile, int transfers, BenchTable& table) const
{
    QProcess curl;
    curl.start(m_curl, {QStringLiteral("-K"), configFile});
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0) {
        table.add(BenchRow::error(
            kMetric, QStringLiteral("curl failed: %1").arg(QString::fromLocal8Bit(curl.readAllStandardError()))));
        return std::nullopt;
    }
    const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
    double total = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        const int status = fields.value(1).toInt();
        if (status < 200 || status > 299) {
            table.add(BenchRow::error(kMetric, QStringLiteral("curl got HTTP %1").arg(status)));
            return std::nullopt;
        }
        total += fields.value(0).toDouble() * 1000;
    }
    if (lines.size() != transfers) {
        table.add(BenchRow::error(kMetric,
                                  QStringLiteral("curl made %1 transfers, not %2").arg(lines.size()).arg(transfers)));
        return std::nullopt;
    }
    return total;
}

} // namespace Inlet::Bench
