#include "ConnectionSpec.h"

namespace Inlet {

const AuthSpec* ConnectionSpec::authSpec(const QString& authSpecName) const
{
    for (const AuthSpec& candidate : authSpecs) {
        if (candidate.name == authSpecName) {
            return &candidate;
        }
    }
    return nullptr;
}

QStringList ConnectionSpec::authSpecNames() const
{
    QStringList names;
    for (const AuthSpec& spec : authSpecs) {
        names.append(spec.name);
    }
    return names;
}

QString ConnectionSpec::categoryKeyOf(const QString& category)
{
    QString key;
    key.reserve(category.size());
    for (const QChar c : category.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            key.append(c);
        } else if (!key.isEmpty() && !key.endsWith(u'-')) {
            key.append(u'-');
        }
    }
    while (key.endsWith(u'-')) {
        key.chop(1);
    }
    return key;
}

QString ConnectionSpec::iconName() const
{
    return iconNameForCategory(category);
}

QString ConnectionSpec::iconNameForCategory(const QString& category)
{
    // Names from the freedesktop icon naming spec (or common extensions of it), so any theme has them.
    const QString key = category.toLower();
    if (key.contains(QLatin1String("database")) || key.contains(QLatin1String("nosql"))) {
        return QStringLiteral("network-server-database");
    }
    if (key.contains(QLatin1String("storage")) || key.contains(QLatin1String("file"))) {
        return QStringLiteral("folder-remote");
    }
    if (key.contains(QLatin1String("crm")) || key.contains(QLatin1String("customer"))) {
        return QStringLiteral("x-office-address-book");
    }
    if (key.contains(QLatin1String("stream"))) {
        return QStringLiteral("network-transmit-receive");
    }
    return QStringLiteral("network-server");
}

} // namespace Inlet
