#include "Json.h"

#include <cmath>
#include <iterator>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Inlet {

namespace {

// One context for every message of this file (lupdate reads the literal context name).
QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::JsonText", text);
}

// Builds the document from the library's SAX events, counting depth and refusing non-finite numbers;
// errors are recorded, never thrown. Not the library's own DOM builder: for ordered_json it finds each
// key by a linear search of the object, so an object of n keys took n² steps. Here each open object
// keeps a hash of its keys, so a repeated key keeps its first place and takes its last value in one step.
class GuardedBuilder
{
public:
    explicit GuardedBuilder(Json& root)
        : m_root(root)
    {
    }

    bool null() { return add(Json()) != nullptr; }
    bool boolean(bool value) { return add(Json(value)) != nullptr; }
    bool number_integer(Json::number_integer_t value) { return add(Json(value)) != nullptr; }
    bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)) != nullptr; }
    bool number_float(Json::number_float_t value, const Json::string_t& text)
    {
        if (!std::isfinite(value)) {
            return fail(QCoreApplication::translate("Inlet::JsonText", "the number %1 is out of range")
                            .arg(QString::fromStdString(text).left(40)));
        }
        return add(Json(value)) != nullptr;
    }
    bool string(Json::string_t& value) { return add(Json(std::move(value))) != nullptr; }
    bool binary(Json::binary_t& value) { return add(Json::binary(std::move(value))) != nullptr; }
    bool start_object(std::size_t /*size*/)
    {
        if (!enter())
            return false;
        Json* object = add(Json::object());
        m_open.push_back({object, {}});
        return true;
    }
    bool key(Json::string_t& value)
    {
        Frame& frame = m_open.back();
        auto& members = frame.container->get_ref<Json::object_t&>();
        const auto [known, inserted] = frame.keys.try_emplace(value, members.size());
        if (inserted)
            members.emplace_back(std::move(value), Json());
        m_slot = &std::next(members.begin(), std::ptrdiff_t(known->second))->second;
        return true;
    }
    bool end_object() { return leave(); }
    bool start_array(std::size_t /*size*/)
    {
        if (!enter())
            return false;
        Json* array = add(Json::array());
        m_open.push_back({array, {}});
        return true;
    }
    bool end_array() { return leave(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error)
    {
        m_offset = qsizetype(position);
        // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while …":
        // the part after the id is the readable one.
        std::string what = error.what();
        const std::size_t idEnd = what.find("] ");
        if (what.rfind("[json.exception.", 0) == 0 && idEnd != std::string::npos) {
            what.erase(0, idEnd + 2);
        }
        m_error = QString::fromStdString(what);
        return false;
    }

    qsizetype offset() const { return m_offset; }
    const QString& error() const { return m_error; }

private:
    struct Frame
    {
        Json* container; // an object or array; its parent does not grow while it is open
        std::unordered_map<std::string, std::size_t> keys; // objects: a member's index by its key
    };

    // Places a value where the document is being built: the root, the end of the open array, or
    // the member the last key named. Returns where it went.
    Json* add(Json value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json* container = m_open.back().container;
        if (container->is_array()) {
            auto& items = container->get_ref<Json::array_t&>();
            items.push_back(std::move(value));
            return &items.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }
    bool enter()
    {
        if (++m_depth > JsonText::kNestingLimit) {
            return fail(QCoreApplication::translate("Inlet::JsonText", "it is nested more than %1 levels deep")
                            .arg(JsonText::kNestingLimit));
        }
        return true;
    }
    bool leave()
    {
        --m_depth;
        m_open.pop_back();
        return true;
    }
    bool fail(const QString& error)
    {
        m_error = error;
        return false;
    }

    Json& m_root;
    std::vector<Frame> m_open;
    Json* m_slot = nullptr;
    int m_depth = 0;
    qsizetype m_offset = -1;
    QString m_error;
};

} // namespace

namespace JsonText {

JsonDocument parse(QByteArrayView text)
{
    JsonDocument document;
    // The library reads a NUL byte as the end of the text; JSON has no place for one anywhere.
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        document.error = tr("it contains a NUL byte");
        document.errorOffset = nul;
        return document;
    }
    GuardedBuilder builder(document.root);
    const char* begin = text.isEmpty() ? "" : text.data(); // a null view has no data pointer
    const char* end = begin + text.size();
    // sax_parse reports errors to the builder; with it, nothing in the library throws for bad input.
    const bool ok = Json::sax_parse(begin, end, &builder, nlohmann::detail::input_format_t::json, /*strict=*/true);
    if (!ok || !builder.error().isEmpty()) {
        document.root = Json();
        document.error = builder.error().isEmpty() ? tr("it could not be read") : builder.error();
        document.errorOffset = builder.offset();
    }
    return document;
}

QByteArray write(const Json& value, int indent)
{
    // Strings came from the parser or from QString, so they are valid UTF-8; "replace" only makes
    // sure that writing can never throw.
    const std::string text = value.dump(indent, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace JsonText

const Json* jsonMember(const Json& object, const char* key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString jsonString(const Json& value, const QString& fallback)
{
    if (!value.is_string()) {
        return fallback;
    }
    const std::string& text = value.get_ref<const std::string&>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString jsonString(const Json& object, const char* key, const QString& fallback)
{
    const Json* member = jsonMember(object, key);
    return member ? jsonString(*member, fallback) : fallback;
}

std::optional<double> jsonNumber(const Json& value)
{
    if (value.is_number_integer()) {
        return value.is_number_unsigned() ? double(value.get<Json::number_unsigned_t>())
                                          : double(value.get<Json::number_integer_t>());
    }
    if (value.is_number_float()) {
        return value.get<double>();
    }
    return std::nullopt;
}

bool jsonBool(const Json& object, const char* key, bool fallback)
{
    const Json* member = jsonMember(object, key);
    return member && member->is_boolean() ? member->get<bool>() : fallback;
}

std::optional<qint64> jsonInt64(const Json& value)
{
    if (value.is_number_unsigned()) {
        const auto number = value.get<Json::number_unsigned_t>();
        if (number > Json::number_unsigned_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(number);
    }
    if (value.is_number_integer()) {
        return qint64(value.get<Json::number_integer_t>());
    }
    if (value.is_number_float()) {
        const double number = value.get<double>();
        // 2^63 is the first double beyond qint64.
        if (std::floor(number) == number && number >= -9223372036854775808.0 && number < 9223372036854775808.0)
            return qint64(number);
    }
    return std::nullopt;
}

bool isJsonInteger(const Json& value)
{
    const std::optional<double> number = jsonNumber(value);
    return number && std::floor(*number) == *number && std::abs(*number) < double(kJsonExactIntegerLimit);
}

QVariant jsonToVariant(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return jsonString(value);
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
        return qlonglong(value.get<Json::number_integer_t>());
    case Json::value_t::number_unsigned: {
        const auto number = value.get<Json::number_unsigned_t>();
        if (number <= Json::number_unsigned_t(std::numeric_limits<qlonglong>::max())) {
            return qlonglong(number);
        }
        return double(number);
    }
    case Json::value_t::number_float:
        return value.get<double>();
    default:
        return QVariant();
    }
}

Json toJson(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return Json(std::string(utf8.constData(), size_t(utf8.size())));
}

Json variantToJson(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return Json::number_integer_t(value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return Json::number_unsigned_t(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < double(kJsonExactIntegerLimit)) {
            return Json::number_integer_t(number);
        }
        return number; // non-finite values are refused by the forms; the writer would send null
    }
    case QMetaType::QString:
        return toJson(value.toString());
    default:
        return value.isValid() ? toJson(value.toString()) : Json();
    }
}

} // namespace Inlet
