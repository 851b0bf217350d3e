#pragma once

// What Inlet sends, as Qt's JSON types: the simulator and the tests' expectations speak them.

#include "core/AuthParams.h"
#include "platform/ConnectionDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InletTest {

inline QJsonObject qtJson(const Inlet::AuthParams& params)
{
    return QJsonDocument::fromJson(Inlet::JsonText::write(params.toJson())).object();
}

// The request body as the server reads it.
inline QJsonObject qtJson(const Inlet::ConnectionDraft& draft)
{
    return QJsonDocument::fromJson(draft.toJsonText()).object();
}

// Qt's JSON object as params, in its (sorted) order; none marked secret.
inline Inlet::AuthParams authParams(const QJsonObject& object)
{
    return Inlet::AuthParams::fromJson(Inlet::JsonText::parse(QJsonDocument(object).toJson()).root);
}

} // namespace InletTest
