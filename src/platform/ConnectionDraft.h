#pragma once

#include "core/AuthParams.h"

#include <QByteArray>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

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
    // auth.params in the form's order (the documentation's credential table), typed as the spec
    // types them, secrets marked (redacted, placeholders).
    AuthParams params;

    QSet<QString> secretParamNames() const { return params.secretNames(); }
    // The request body, keys in the seeds' order (name, description, auth{specName, params},
    // connectionSpec{id, version}), params in their order. `indent` > 0 pretty-prints with that
    // many spaces per level (the preview); 0 gives the compact form that goes on the wire.
    QByteArray toJsonText(int indent = 0) const;
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::ConnectionDraft)
