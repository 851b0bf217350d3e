#include "AuthParams.h"

namespace Inlet {

AuthParams::AuthParams(std::initializer_list<AuthParam> params)
{
    for (const AuthParam& param : params) {
        insert(param);
    }
}

const AuthParam* AuthParams::find(const QString& name) const
{
    for (const AuthParam& param : m_params) {
        if (param.name == name) {
            return &param;
        }
    }
    return nullptr;
}

AuthParam* AuthParams::find(const QString& name)
{
    for (AuthParam& param : m_params) { // detaches: a copy's params are its own
        if (param.name == name) {
            return &param;
        }
    }
    return nullptr;
}

QVariant AuthParams::value(const QString& name) const
{
    const AuthParam* param = find(name);
    return param ? param->value : QVariant();
}

void AuthParams::insert(const QString& name, const QVariant& value)
{
    if (AuthParam* param = find(name)) {
        param->value = value;
    } else {
        m_params.append({name, value, false});
    }
}

void AuthParams::insert(const AuthParam& param)
{
    if (AuthParam* existing = find(param.name)) {
        *existing = param;
    } else {
        m_params.append(param);
    }
}

void AuthParams::setSecret(const QString& name, bool secret)
{
    if (AuthParam* param = find(name)) {
        param->secret = secret;
    }
}

void AuthParams::remove(const QString& name)
{
    m_params.removeIf([&name](const AuthParam& param) { return param.name == name; });
}

QStringList AuthParams::names() const
{
    QStringList names;
    for (const AuthParam& param : m_params) {
        names.append(param.name);
    }
    return names;
}

QSet<QString> AuthParams::secretNames() const
{
    QSet<QString> names;
    for (const AuthParam& param : m_params) {
        if (param.secret) {
            names.insert(param.name);
        }
    }
    return names;
}

Json AuthParams::toJson() const
{
    Json object = Json::object();
    for (const AuthParam& param : m_params) {
        const QByteArray key = param.name.toUtf8();
        object[std::string(key.constData(), size_t(key.size()))] = variantToJson(param.value);
    }
    return object;
}

AuthParams AuthParams::fromJson(const Json& object)
{
    AuthParams params;
    if (!object.is_object()) {
        return params;
    }
    for (const auto& member : object.items()) {
        const QVariant value = jsonToVariant(member.value());
        if (value.isValid()) {
            params.insert(QString::fromStdString(member.key()), value);
        }
    }
    return params;
}

} // namespace Inlet
