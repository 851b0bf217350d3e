#pragma once

// Prism (pinned in tests/contract/package.json) mocking one of Adobe's OpenAPI files for a contract
// test, and the verdicts Prism gives on the requests a QNetworkAccessManager sends it: an
// `sl-violations` header, or the 422 problem body Prism answers when the spec defines no error.
// Only violations located in the request count: Prism also checks its own mock answers against the
// spec, and some of Adobe's examples break their own schemas (Data Prep's `errors: null` where an
// array is declared, a flow's `flowSpec` as a string); those are kept apart as responseViolations.

#include "platform/PlatformSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

// One request as Prism judged it.
struct PrismExchange
{
    QString url;
    int status = 0;
    QStringList violations; // the request's
    QStringList responseViolations; // the mock answer's: Adobe's examples against Adobe's schemas
};

class PrismMock
{
public:
    ~PrismMock() { stop(); }

    // The folder with package.json, the lockfile and the OpenAPI files (INLET_CONTRACT_DIR).
    static QString contractDir() { return qEnvironmentVariable("INLET_CONTRACT_DIR"); }
    // Why Prism cannot run here (node missing, not installed, not the pinned version), or empty.
    static QString unavailableReason()
    {
        const QString dir = contractDir();
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is not on PATH; the contract tests need Node.js (20 or newer)");
        QFile manifest(dir + QStringLiteral("/node_modules/@stoplight/prism-cli/package.json"));
        if (!manifest.open(QIODevice::ReadOnly))
            return QStringLiteral("Prism is not installed: run ctest with the contract_prism_install fixture (npm ci)");
        const QString version =
            QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("version")).toString();
        if (version != QLatin1String("5.14.2"))
            return QStringLiteral("Prism %1 is installed, the tests pin 5.14.2").arg(version);
        return QString();
    }

    // Starts `prism mock <specFile>` on a free loopback port; false with error() if it never listened.
    bool start(const QString& specFile)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        const QString dir = contractDir();
        m_process.setWorkingDirectory(dir);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                        {dir + QStringLiteral("/node_modules/@stoplight/prism-cli/dist/index.js"),
                         QStringLiteral("mock"),
                         QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"),
                         QString::number(m_port),
                         specFile});
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("Prism is listening") && timer.elapsed() < 90000
               && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(500);
            output += m_process.readAll();
        }
        if (!output.contains("Prism is listening")) {
            m_error = QString::fromUtf8(output.right(2000));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString error() const { return m_error; }

    // Prism's verdict on a reply, read while the reply is alive (QNetworkAccessManager::finished).
    static PrismExchange judge(QNetworkReply* reply)
    {
        PrismExchange exchange;
        exchange.url = reply->url().toString();
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->hasRawHeader("sl-violations")) {
            const QByteArray header = reply->rawHeader("sl-violations");
            const QJsonDocument parsed = QJsonDocument::fromJson(header);
            if (!parsed.isArray())
                exchange.violations << QString::fromUtf8(header);
            for (const QJsonValue value : parsed.array()) {
                const QJsonObject violation = value.toObject();
                const QString text = QString::fromUtf8(QJsonDocument(violation).toJson(QJsonDocument::Compact));
                const bool inResponse = violation.value(QLatin1String("location")).toArray().first().toString()
                    == QLatin1String("response");
                (inResponse ? exchange.responseViolations : exchange.violations) << text;
            }
        }
        if (exchange.status == 422
            && reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("problem+json"))) {
            const QJsonArray validation = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable()))
                                              .object()
                                              .value(QLatin1String("validation"))
                                              .toArray();
            for (const QJsonValue v : validation)
                exchange.violations << v.toObject().value(QLatin1String("message")).toString();
            if (validation.isEmpty())
                exchange.violations << QStringLiteral("422 without details");
        }
        return exchange;
    }

    static QString describe(const QList<PrismExchange>& exchanges)
    {
        QStringList lines;
        for (const PrismExchange& e : exchanges)
            lines << QStringLiteral("%1 → %2: %3")
                         .arg(e.url, QString::number(e.status), e.violations.join(QStringLiteral("; ")));
        return lines.join(QLatin1Char('\n'));
    }

    // A session signed in with a pasted token, as the contract tests' client: Prism mocks no IMS.
    // `endpoints` starts from the profile's; set the mocked API's to url().
    static void setUpSession(Inlet::PlatformSession* session)
    {
        Inlet::Profile profile;
        profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        profile.sandbox = QStringLiteral("prod");
        profile.clientId = QStringLiteral("contract-test-client");
        profile.signIn = Inlet::Profile::SignIn::AccessToken;
        session->setProfile(profile);
        session->setSecret(QStringLiteral("contract-test-token"));
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
