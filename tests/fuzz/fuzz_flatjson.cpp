// Differential: FlatJson (the catalog's single-pass reader) against QJsonDocument::fromJson on the
// same bytes. Both must accept the same texts, reject the rest with the same error code, and an
// accepted text must give the same values (qint64 against double and the sign of zero included).
// Each top-level element's text() must read back on its own when it is a container.
#include "FuzzSupport.h"

#include "../common/JsonSameness.h"

#include "catalog/FlatJson.h"
#include "catalog/FlatJsonValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = InletFuzz::bytes(data, size);
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &qtError);
    QJsonParseError flatError;
    const Inlet::FlatJson json = Inlet::FlatJson::fromJson(text, &flatError);
    InletFuzz::require(json.isValid() == (qtError.error == QJsonParseError::NoError), "acceptance differs");
    InletFuzz::require(flatError.error == qtError.error, "error code differs");
    if (!json.isValid()) {
        InletFuzz::require(json.root().isUndefined(), "a rejected text has a root");
        return 0;
    }
    const QJsonValue qt = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const Inlet::FlatJsonValue root = json.root();
    InletFuzz::require(InletTest::sameJson(root.toJsonValue(), qt), "values differ");
    QList<Inlet::FlatJsonValue> children = root.elements();
    for (const Inlet::FlatJsonValue::Member& member : root.members()) {
        InletFuzz::require(member.key.isString(), "a key is not a string");
        children.append(member.value);
    }
    InletFuzz::require(root.size() >= (root.isObject() ? qt.toObject().size() : qt.toArray().size()), "size");
    for (const Inlet::FlatJsonValue& child : children) {
        if (child.isArray() || child.isObject()) {
            const Inlet::FlatJson again = Inlet::FlatJson::fromJson(child.text().toByteArray());
            InletFuzz::require(again.isValid(), "a container's text does not read back");
            InletFuzz::require(InletTest::sameJson(again.root().toJsonValue(), child.toJsonValue()), "text differs");
        }
    }
    return 0;
}
