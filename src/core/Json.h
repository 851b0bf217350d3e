#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

namespace Inlet {

// The one JSON type of Inlet: objects keep their members in document order (the order of a spec's
// properties is the order of the documentation's credential table), a repeated key keeps its first
// place and its last value. Read it with the helpers below, which never throw.
using Json = nlohmann::ordered_json;

// Every whole number up to 2^53 is exact in a JSON double (IEEE 754); above it neighbours merge, so
// 2^53 + 1 cannot be told from 2^53. Values Inlet accepts as integers stay below it.
constexpr std::int64_t kJsonExactIntegerLimit = std::int64_t(1) << 53;

// A parsed document, or why the text is not one.
// Its implicit move constructor calls nlohmann's, which is noexcept; clang-tidy 14 still looks inside
// that for a throw and reports one.
struct JsonDocument // NOLINT(bugprone-exception-escape)
{
    Json root; // null when not valid
    QString error; // empty when valid: a sentence naming the problem and where it is
    qsizetype errorOffset = -1; // byte offset of the problem; -1 where the library does not say (nesting)

    bool isValid() const { return error.isEmpty(); }
};

namespace JsonText {

// Nesting deeper than this is refused, as QJsonDocument refuses it: writing and copying a value
// recurse, so the depth of what Inlet keeps must be bounded.
constexpr int kNestingLimit = 1024;

// Parses without exceptions; non-finite numbers and deeper nesting than kNestingLimit are errors.
JsonDocument parse(QByteArrayView text);
// Compact (indent < 0) or pretty-printed with `indent` spaces per level; keys in the value's order,
// non-ASCII as UTF-8, the escapes of RFC 8259.
QByteArray write(const Json& value, int indent = -1);

} // namespace JsonText

// Reading members without exceptions: a missing member, or a value that is not an object, gives
// nullptr; a member of another type gives the fallback.
const Json* jsonMember(const Json& object, const char* key);
QString jsonString(const Json& value, const QString& fallback = {});
QString jsonString(const Json& object, const char* key, const QString& fallback = {});
std::optional<double> jsonNumber(const Json& value);
bool jsonBool(const Json& object, const char* key, bool fallback);
// A whole number that fits in qint64, written as an integer or as a whole double.
std::optional<qint64> jsonInt64(const Json& value);
// A whole number below kJsonExactIntegerLimit in size, written as an integer or as a whole double.
bool isJsonInteger(const Json& value);

// A JSON scalar as a plain value: QString, qlonglong, double or bool; an invalid QVariant for null,
// objects and arrays.
QVariant jsonToVariant(const Json& value);
// The reverse for the values forms produce. A whole double below kJsonExactIntegerLimit is written
// as an integer ("5432", as QJsonDocument writes it).
Json variantToJson(const QVariant& value);
Json toJson(const QString& text);

} // namespace Inlet
