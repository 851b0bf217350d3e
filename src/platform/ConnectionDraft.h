#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Inlet {

// Everything a `POST /connections` needs, as the credentials form produced it. A plain value; the
// secret param values travel in it from the form to the request and nowhere else.
struct ConnectionDraft
{
    QString name;
    QString description;
    QString connectionSpecId;
    QString connectionSpecVersion = QStringLiteral("1.0");
    QString authSpecName;
    QJsonObject params; // auth.params: strings, numbers, booleans as the spec types them
    QSet<QString> secretParams; // names of params whose values are secret (redacted, placeholders)
    // Order in which params are written (the form's order, i.e. the documentation's credential
    // table). Params not listed follow in name order. Only affects layout, never content.
    QStringList paramOrder;

    // The request body, exactly the seeds' shape: name, description, auth.specName, auth.params,
    // connectionSpec.id and connectionSpec.version ("1.0").
    QJsonObject toJson() const;
    // The same body as text, keys in the seeds' order (name, description, auth{specName, params},
    // connectionSpec{id, version}). `indent` > 0 pretty-prints with that many spaces per level
    // (the preview); 0 gives the compact form that goes on the wire.
    QByteArray toJsonText(int indent = 0) const;
    // params in write order (see paramOrder).
    QStringList orderedParamNames() const;
};

// A change to an existing connection, turned into the JSON-Patch array `PATCH /connections/{id}`
// takes. Unset members are left alone.
struct ConnectionUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QJsonObject> authParams; // replaces /auth/params as a whole
    QSet<QString> secretParams; // for redaction in logs

    bool isEmpty() const { return !name && !description && !authParams; }
    // [{"op":"replace","path":"/name","value":…}, {"op":"add","path":"/description",…},
    //  {"op":"replace","path":"/auth/params","value":{…}}] – "add" for description because a
    // connection created without one has no /description to replace.
    QJsonArray toJsonPatch() const;
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::ConnectionDraft)
