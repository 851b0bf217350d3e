#include "ConnectionDraft.h"

#include <QJsonDocument>

#include <algorithm>

namespace Inlet {

namespace {

// One JSON value as text, compact, escaped exactly as QJsonDocument escapes it.
QByteArray jsonLiteral(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // strip [ ]
}

// A tiny ordered writer: QJsonObject sorts its keys, but the body should read like the seeds.
class OrderedWriter
{
public:
    explicit OrderedWriter(int indent)
        : m_indent(indent)
    {
    }

    void open()
    {
        m_out += '{';
        ++m_depth;
        m_first = true;
    }
    void close()
    {
        --m_depth;
        if (!m_first)
            newline();
        m_out += '}';
        m_first = false;
    }
    void key(const QString& name)
    {
        if (!m_first)
            m_out += ',';
        newline();
        m_out += jsonLiteral(name);
        m_out += m_indent > 0 ? QByteArrayLiteral(": ") : QByteArrayLiteral(":");
        m_first = true; // a value follows directly
    }
    void value(const QJsonValue& value)
    {
        m_out += jsonLiteral(value);
        m_first = false;
    }
    void member(const QString& name, const QJsonValue& v)
    {
        key(name);
        value(v);
    }
    QByteArray result() const { return m_out; }

private:
    void newline()
    {
        if (m_indent <= 0)
            return;
        m_out += '\n';
        m_out += QByteArray(m_depth * m_indent, ' ');
    }

    QByteArray m_out;
    int m_indent;
    int m_depth = 0;
    bool m_first = true;
};

} // namespace

QStringList ConnectionDraft::orderedParamNames() const
{
    QStringList names;
    for (const QString& name : paramOrder) {
        if (params.contains(name) && !names.contains(name))
            names << name;
    }
    QStringList rest;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!names.contains(it.key()))
            rest << it.key();
    }
    std::sort(rest.begin(), rest.end());
    return names + rest;
}

QJsonObject ConnectionDraft::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

QByteArray ConnectionDraft::toJsonText(int indent) const
{
    OrderedWriter w(indent);
    w.open();
    w.member(QStringLiteral("name"), name);
    w.member(QStringLiteral("description"), description);
    w.key(QStringLiteral("auth"));
    w.open();
    w.member(QStringLiteral("specName"), authSpecName);
    w.key(QStringLiteral("params"));
    w.open();
    for (const QString& param : orderedParamNames())
        w.member(param, params.value(param));
    w.close();
    w.close();
    w.key(QStringLiteral("connectionSpec"));
    w.open();
    w.member(QStringLiteral("id"), connectionSpecId);
    w.member(QStringLiteral("version"), connectionSpecVersion);
    w.close();
    w.close();
    return w.result();
}

QJsonArray ConnectionUpdate::toJsonPatch() const
{
    QJsonArray patch;
    auto operation = [&patch](const QString& op, const QString& path, const QJsonValue& value) {
        patch.append(
            QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("path"), path}, {QStringLiteral("value"), value}});
    };
    if (authParams)
        operation(QStringLiteral("replace"), QStringLiteral("/auth/params"), *authParams);
    if (name)
        operation(QStringLiteral("replace"), QStringLiteral("/name"), *name);
    if (description)
        operation(QStringLiteral("add"), QStringLiteral("/description"), *description);
    return patch;
}

} // namespace Inlet
