#include "FaultPlan.h"

#include "Replies.h"

#include <QRegularExpression>

namespace Inlet::Sim {

namespace {

struct KindName
{
    Fault::Kind kind;
    const char* name;
};

constexpr KindName kKinds[] = {
    {Fault::Kind::Latency, "latency"},
    {Fault::Kind::TooManyRequests, "429"},
    {Fault::Kind::Html, "html"},
    {Fault::Kind::Drop, "drop"},
    {Fault::Kind::Reset, "reset"},
    {Fault::Kind::Truncate, "truncate"},
    {Fault::Kind::Malformed, "malformed"},
    {Fault::Kind::Oversize, "oversize"},
    {Fault::Kind::ExpiredToken, "expired-token"},
    {Fault::Kind::Stored, "stored"},
    {Fault::Kind::Refused, "refuse"},
    {Fault::Kind::Forbidden, "403"},
    {Fault::Kind::ClusterTerminated, "cluster-terminated"},
};

bool isErrorStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

QString kindName(const Fault& fault)
{
    if (fault.kind == Fault::Kind::Status)
        return QString::number(fault.argument);
    for (const auto& k : kKinds) {
        if (k.kind == fault.kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool setKind(Fault* fault, const QString& name, const QString& argument, QString* error)
{
    bool hasNumber = false;
    const int number = argument.toInt(&hasNumber);
    if (!argument.isEmpty() && !hasNumber) {
        *error = QStringLiteral("fault argument must be a number: %1").arg(argument);
        return false;
    }
    if (name == QLatin1String("500") || name == QLatin1String("502") || name == QLatin1String("503")
        || name == QLatin1String("504")) {
        fault->kind = Fault::Kind::Status;
        fault->argument = name.toInt();
        return true;
    }
    for (const auto& k : kKinds) {
        if (name == QLatin1String(k.name)) {
            fault->kind = k.kind;
            switch (k.kind) {
            case Fault::Kind::Latency:
                fault->argument = hasNumber ? number : 1000;
                break;
            case Fault::Kind::TooManyRequests:
                fault->argument = hasNumber ? number : 1;
                break;
            case Fault::Kind::Oversize:
                fault->argument = hasNumber ? number : 17 * 1024 * 1024;
                break;
            case Fault::Kind::Stored:
                // 0 is what the admin route's callers send for "no argument".
                fault->argument = hasNumber && number != 0 ? number : 500;
                if (!isErrorStatus(fault->argument)) {
                    *error = QStringLiteral("stored takes 500, 502, 503 or 504, not %1").arg(argument);
                    return false;
                }
                break;
            case Fault::Kind::Refused:
                fault->argument = hasNumber && number != 0 ? number : 403;
                if (fault->argument < 400 || fault->argument > 499 || fault->argument == 429) {
                    *error = QStringLiteral("refuse takes a 4xx status other than 429, not %1").arg(argument);
                    return false;
                }
                break;
            default:
                fault->argument = number;
                break;
            }
            return true;
        }
    }
    *error = QStringLiteral("unknown fault kind: %1").arg(name);
    return false;
}

bool pathMatches(const QString& pattern, const QString& path)
{
    if (pattern == QLatin1String("*"))
        return true;
    // '*' matches anything, '/' included (Qt 6.4's wildcard conversion stops at '/').
    QStringList parts;
    for (const QString& part : pattern.split(QLatin1Char('*')))
        parts << QRegularExpression::escape(part);
    const QRegularExpression re(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))));
    return re.match(path).hasMatch();
}

// "path?name=value&…": the path part as above, and each named query item of the request matching.
bool requestMatches(const QString& pattern, const QString& path, const QUrlQuery& query)
{
    const qsizetype question = pattern.indexOf(QLatin1Char('?'));
    if (question < 0)
        return pathMatches(pattern, path);
    if (!pathMatches(pattern.left(question), path))
        return false;
    const QUrlQuery wanted(pattern.mid(question + 1));
    const auto items = wanted.queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        if (!query.hasQueryItem(name) || !pathMatches(value, query.queryItemValue(name, QUrl::FullyDecoded)))
            return false;
    }
    return true;
}

} // namespace

bool Fault::processesRequest() const
{
    switch (kind) {
    case Kind::Latency:
    case Kind::Drop:
    case Kind::Truncate:
    case Kind::Malformed:
    case Kind::Oversize:
    case Kind::Stored:
        return true;
    default:
        return false;
    }
}

Response Fault::response(const QByteArray& requestId) const
{
    switch (kind) {
    case Kind::TooManyRequests: {
        Response tooMany = Replies::json(429,
                                         {{QStringLiteral("error_code"), QStringLiteral("429050")},
                                          {QStringLiteral("message"), QStringLiteral("Too many requests")}});
        tooMany.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(argument));
        return tooMany;
    }
    case Kind::Html:
        return Response{502,
                        QByteArrayLiteral("text/html"),
                        {},
                        QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                                          "<body><h1>502 Bad Gateway</h1><p>The proxy server received an invalid "
                                          "response from an upstream server.</p></body></html>\n")};
    case Kind::Refused:
        return Replies::gatewayError(argument,
                                     QString::number(argument) + QStringLiteral("000"),
                                     QStringLiteral("The request was refused (simulated)."));
    case Kind::Status:
    case Kind::Stored: {
        if (argument == 502)
            return Replies::gatewayError(502, QStringLiteral("502000"), QStringLiteral("Bad gateway"));
        const bool unavailable = argument == 503;
        const QString code = unavailable ? QStringLiteral("FLOW-1103-503")
            : argument == 504            ? QStringLiteral("FLOW-1104-504")
                                         : QStringLiteral("FLOW-1102-500");
        const QString message = unavailable ? QStringLiteral("The service is temporarily unavailable.")
                                            : QStringLiteral("An internal error occurred. Try again later.");
        return Replies::json(argument,
                             {{QStringLiteral("type"), QStringLiteral("https://ns.adobe.com/aep/errors/") + code},
                              {QStringLiteral("title"),
                               unavailable ? QStringLiteral("Service Unavailable") : QStringLiteral("Internal Error")},
                              {QStringLiteral("status"), argument},
                              {QStringLiteral("report"),
                               QJsonObject{{QStringLiteral("detailed-message"), message},
                                           {QStringLiteral("request-id"), QString::fromLatin1(requestId)}}},
                              {QStringLiteral("errorMessage"), message}});
    }
    case Kind::Forbidden:
        return Replies::problem(QStringLiteral("FLOW"),
                                QStringLiteral("1120-403"),
                                QStringLiteral("Forbidden"),
                                QStringLiteral("Permission denied: the account of this connection may not read the "
                                               "requested object."),
                                QString::fromLatin1(requestId));
    case Kind::ClusterTerminated:
        return Replies::problem(QStringLiteral("FLOW"),
                                QStringLiteral("1911-400"),
                                QStringLiteral("Bad Request"),
                                QStringLiteral("Databricks cluster 0123-456789-abcdefgh is in TERMINATED state. "
                                               "The cluster must be running to explore the connection."),
                                QString::fromLatin1(requestId));
    default:
        return {};
    }
}

QJsonObject Fault::toJson() const
{
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("path"), pathPattern},
                       {QStringLiteral("fault"), kindName(*this)},
                       {QStringLiteral("argument"), argument},
                       {QStringLiteral("remaining"), remaining}};
}

std::optional<Fault> Fault::parse(const QString& spec, QString* error)
{
    // METHOD:PATH:KIND[=ARG][:COUNT]; PATH has no ':' (Flow Service paths never do).
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.size() > 4) {
        *error = QStringLiteral("expected METHOD:PATH:KIND[=ARG][:COUNT], got %1").arg(spec);
        return std::nullopt;
    }
    Fault fault;
    fault.spec = spec;
    fault.method = parts.at(0).trimmed().toUpper().toLatin1();
    fault.pathPattern = parts.at(1).trimmed();
    const QString kind = parts.at(2).trimmed();
    const int equals = kind.indexOf(QLatin1Char('='));
    if (!setKind(&fault, kind.left(equals).toLower(), equals < 0 ? QString() : kind.mid(equals + 1), error))
        return std::nullopt;
    if (parts.size() == 4) {
        bool ok = false;
        fault.remaining = parts.at(3).toInt(&ok);
        if (!ok || fault.remaining <= 0) {
            *error = QStringLiteral("COUNT must be a positive number: %1").arg(parts.at(3));
            return std::nullopt;
        }
    }
    if (fault.method.isEmpty() || fault.pathPattern.isEmpty()) {
        *error = QStringLiteral("METHOD and PATH must not be empty (use *)");
        return std::nullopt;
    }
    return fault;
}

std::optional<Fault> Fault::fromJson(const QJsonObject& object, QString* error)
{
    Fault fault;
    fault.method = object.value(QLatin1String("method")).toString(QStringLiteral("*")).toUpper().toLatin1();
    fault.pathPattern = object.value(QLatin1String("path")).toString(QStringLiteral("*"));
    const QJsonValue argument = object.value(QLatin1String("argument"));
    const QString argumentText = argument.isDouble() ? QString::number(argument.toInt()) : argument.toString();
    if (!setKind(&fault, object.value(QLatin1String("fault")).toString().toLower(), argumentText, error))
        return std::nullopt;
    fault.remaining = object.value(QLatin1String("count")).toInt(-1);
    if (fault.remaining == 0)
        fault.remaining = -1;
    fault.spec =
        QString::fromLatin1(fault.method) + QLatin1Char(':') + fault.pathPattern + QLatin1Char(':') + kindName(fault);
    return fault;
}

QString Fault::help()
{
    return QStringLiteral(
        "Faults: --fault METHOD:PATH:KIND[=ARG][:COUNT] (repeatable). PATH is the full path or the path\n"
        "below /data/foundation/flowservice or /data/foundation/connectors/landingzone, '*' matches anything;\n"
        "COUNT limits how many matching requests get the fault (default: all). KIND is one of:\n"
        "  latency=MS      answer normally after MS milliseconds\n"
        "  429=SECONDS     429 with Retry-After: SECONDS (request not processed)\n"
        "  500|502|503|504 that status with a JSON error body (not processed)\n"
        "  html            502 with an HTML error page (not processed)\n"
        "  drop            process the request, then close the connection without an answer\n"
        "  reset           close the connection without processing the request\n"
        "  truncate        process, send only half of the body, close\n"
        "  malformed       process, answer with a body that is not valid JSON\n"
        "  oversize=BYTES  process, answer with a BYTES-long JSON body (default 17 MiB)\n"
        "  expired-token   401 (error_code 401013) and the presented token is no longer valid\n"
        "  403             403 with a Flow Service body: permission denied (not processed)\n"
        "  cluster-terminated  400 with a Flow Service body: the Databricks cluster is TERMINATED\n"
        "  stored=STATUS   process (a create keeps its object), then answer STATUS: 500 (default), 502,\n"
        "                  503 or 504, as above; with drop, how a create's outcome can stay unknown\n"
        "  refuse=STATUS   a definite refusal: STATUS, a 4xx (403 by default), with the gateway's error\n"
        "                  body (not processed)\n"
        "PATH may end in ?name=value&... to match query items too: GET:*/explore?object=analytics:503\n"
        "Examples: --fault POST:/connections:drop:1   --fault POST:/connections:stored:1\n"
        "          --fault GET:/connections:429=1:1   --fault '*:*:latency=300'");
}

void FaultPlan::add(const Fault& fault)
{
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

QList<Fault> FaultPlan::faults() const
{
    return m_faults;
}

std::optional<Fault> FaultPlan::take(const Request& request, const QStringList& servicePrefixes)
{
    QString relative = request.path;
    for (const QString& prefix : servicePrefixes) {
        if (request.path.startsWith(prefix)) {
            relative = request.path.mid(prefix.size());
            break;
        }
    }
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (fault.method != "*" && fault.method != request.method)
            continue;
        if (!requestMatches(fault.pathPattern, request.path, request.query)
            && !requestMatches(fault.pathPattern, relative, request.query))
            continue;
        const Fault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace Inlet::Sim
