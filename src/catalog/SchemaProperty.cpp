#include "SchemaProperty.h"

namespace Inlet {

QString SchemaProperty::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Boolean:
        return QStringLiteral("boolean");
    }
    return QString();
}

std::optional<SchemaProperty::Type> SchemaProperty::typeFromName(const QString& name)
{
    for (const Type type : {Type::String, Type::Integer, Type::Number, Type::Boolean}) {
        if (typeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

} // namespace Inlet
