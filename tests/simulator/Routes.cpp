#include "Routes.h"

#include <optional>

namespace Inlet::Sim {

namespace {

QStringList segmentsOf(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

std::optional<QHash<QString, QString>> bind(const QStringList& pattern, const QStringList& path)
{
    if (pattern.size() != path.size())
        return std::nullopt;
    QHash<QString, QString> arguments;
    for (int i = 0; i < pattern.size(); ++i) {
        if (isPlaceholder(pattern.at(i)))
            arguments.insert(pattern.at(i).mid(1, pattern.at(i).size() - 2), path.at(i));
        else if (pattern.at(i) != path.at(i))
            return std::nullopt;
    }
    return arguments;
}

} // namespace

void Routes::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.append(Route{method, segmentsOf(pattern), std::move(handler)});
}

Routes::Match Routes::match(const QByteArray& method, const QString& path) const
{
    const QStringList segments = segmentsOf(path);
    Match result;
    for (const Route& route : m_routes) {
        auto arguments = bind(route.segments, segments);
        if (!arguments)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.handler = &route.handler;
            result.arguments = std::move(*arguments);
            return result;
        }
    }
    return result;
}

} // namespace Inlet::Sim
