#include "FlatJsonValue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <vector>

namespace Inlet {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10; // the reader let only hex digits through
}

// A string with escapes, decoded character by character as Qt does it (so a byte-order mark inside
// is kept, which QString::fromUtf8 would drop at the start). The reader has checked the UTF-8.
QString decodeEscaped(const char* text, qsizetype size)
{
    QString out;
    out.reserve(size);
    for (qsizetype i = 0; i < size;) {
        const uchar byte = uchar(text[i]);
        if (byte == '\\') {
            const char escape = text[i + 1];
            i += 2;
            switch (escape) {
            case 'b':
                out.append(QChar(0x08));
                break;
            case 'f':
                out.append(QChar(0x0c));
                break;
            case 'n':
                out.append(QChar(0x0a));
                break;
            case 'r':
                out.append(QChar(0x0d));
                break;
            case 't':
                out.append(QChar(0x09));
                break;
            case 'u': {
                const char16_t unit = char16_t((hexValue(text[i]) << 12) | (hexValue(text[i + 1]) << 8)
                                               | (hexValue(text[i + 2]) << 4) | hexValue(text[i + 3]));
                out.append(QChar(unit)); // a lone surrogate stays, as in Qt; two in a row make a pair
                i += 4;
                break;
            }
            default:
                out.append(QChar(char16_t(uchar(escape)))); // `\"`, `\\`, `\/`; Qt's leniency: any byte as Latin-1
                break;
            }
            continue;
        }
        if (byte < 0x80) {
            out.append(QChar(char16_t(byte)));
            ++i;
            continue;
        }
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        char32_t code = byte & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            code = (code << 6) | (uchar(text[i + k]) & 0x3F);
        }
        out.append(QChar::fromUcs4(code));
        i += length;
    }
    return out;
}

} // namespace

FlatJsonValue::FlatJsonValue(const FlatJson* json, qsizetype index)
    : m_json(json)
    , m_index(index)
{
}

QJsonValue::Type FlatJsonValue::type() const
{
    if (!m_json) {
        return QJsonValue::Undefined;
    }
    switch (node().kind) {
    case FlatJson::Kind::Null:
        return QJsonValue::Null;
    case FlatJson::Kind::False:
    case FlatJson::Kind::True:
        return QJsonValue::Bool;
    case FlatJson::Kind::Number:
        return QJsonValue::Double;
    case FlatJson::Kind::String:
        return QJsonValue::String;
    case FlatJson::Kind::Array:
        return QJsonValue::Array;
    case FlatJson::Kind::Object:
        return QJsonValue::Object;
    }
    return QJsonValue::Undefined;
}

bool FlatJsonValue::toBool(bool defaultValue) const
{
    if (!isBool()) {
        return defaultValue;
    }
    return node().kind == FlatJson::Kind::True;
}

double FlatJsonValue::toDouble(double defaultValue) const
{
    if (!isDouble()) {
        return defaultValue;
    }
    return node().integer ? double(node().number.whole) : node().number.real;
}

QString FlatJsonValue::toString() const
{
    return isString() ? stringAt(m_index) : QString();
}

QString FlatJsonValue::stringAt(qsizetype index) const
{
    const FlatJson::Node& string = nodeAt(index);
    const char* data = m_json->m_text.constData() + string.begin;
    const qsizetype size = string.end - string.begin;
    // Without escapes Qt keeps the UTF-8 bytes and converts them with fromUtf8; so does this.
    return string.escaped ? decodeEscaped(data, size) : QString::fromUtf8(data, size);
}

qsizetype FlatJsonValue::size() const
{
    return isArray() || isObject() ? node().size : 0;
}

QList<FlatJsonValue> FlatJsonValue::elements() const
{
    QList<FlatJsonValue> elements;
    if (!isArray()) {
        return elements;
    }
    elements.reserve(node().size);
    for (qsizetype i = m_index + 1; i < node().next; i = nodeAt(i).next) {
        elements.append(FlatJsonValue(m_json, i));
    }
    return elements;
}

QList<FlatJsonValue::Member> FlatJsonValue::members() const
{
    QList<Member> members;
    if (!isObject()) {
        return members;
    }
    members.reserve(node().size);
    for (qsizetype i = m_index + 1; i < node().next; i = nodeAt(i + 1).next) {
        members.append(Member{FlatJsonValue(m_json, i), FlatJsonValue(m_json, i + 1)});
    }
    return members;
}

bool FlatJsonValue::keyEquals(qsizetype keyIndex, QLatin1String key) const
{
    const FlatJson::Node& string = nodeAt(keyIndex);
    if (string.escaped) {
        return stringAt(keyIndex) == key;
    }
    // Qt compares the stored UTF-8 bytes, so a raw byte-order mark is part of the key here too.
    return string.end - string.begin == key.size()
        && std::memcmp(m_json->m_text.constData() + string.begin, key.data(), size_t(key.size())) == 0;
}

FlatJsonValue FlatJsonValue::value(QLatin1String key) const
{
    FlatJsonValue found;
    if (!isObject()) {
        return found;
    }
    const std::vector<FlatJson::Node>& nodes = m_json->m_nodes;
    const qsizetype end = node().next;
    for (qsizetype i = m_index + 1; i < end; i = nodes[size_t(i + 1)].next) {
        const FlatJson::Node& name = nodes[size_t(i)];
        // The length check first: most keys differ in it, and it is valid for escaped keys only as a bound.
        if ((name.escaped || name.end - name.begin == key.size()) && keyEquals(i, key)) {
            found = FlatJsonValue(m_json, i + 1); // keep looking: the last duplicate wins
        }
    }
    return found;
}

QByteArrayView FlatJsonValue::text() const
{
    if (!m_json) {
        return {};
    }
    const FlatJson::Node& value = node();
    const bool string = value.kind == FlatJson::Kind::String;
    const qsizetype begin = string ? value.begin - 1 : value.begin;
    const qsizetype end = string ? value.end + 1 : value.end;
    return QByteArrayView(m_json->m_text.constData() + begin, end - begin);
}

QJsonValue FlatJsonValue::scalarAt(qsizetype index) const
{
    const FlatJson::Node& value = nodeAt(index);
    switch (value.kind) {
    case FlatJson::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case FlatJson::Kind::False:
        return QJsonValue(false);
    case FlatJson::Kind::True:
        return QJsonValue(true);
    case FlatJson::Kind::Number:
        return value.integer ? QJsonValue(value.number.whole) : QJsonValue(value.number.real);
    case FlatJson::Kind::String:
        return QJsonValue(stringAt(index));
    case FlatJson::Kind::Array:
    case FlatJson::Kind::Object:
        break;
    }
    return QJsonValue();
}

QJsonValue FlatJsonValue::toJsonValue() const
{
    if (!m_json) {
        return QJsonValue(QJsonValue::Undefined);
    }
    if (!isArray() && !isObject()) {
        return scalarAt(m_index);
    }
    struct Open
    {
        qsizetype next; // node index after the container
        bool object;
        bool expectKey; // object: the next node is a key
        QString key; // object: the key of the member being read
        QJsonArray array;
        QJsonObject members;
    };
    std::vector<Open> open;
    QJsonValue result;
    auto add = [&](const QJsonValue& value) {
        if (open.empty()) {
            result = value;
        } else if (open.back().object) {
            open.back().members.insert(open.back().key, value); // a later duplicate replaces, as in Qt
            open.back().expectKey = true;
        } else {
            open.back().array.append(value);
        }
    };
    for (qsizetype i = m_index; i < node().next || !open.empty();) {
        if (!open.empty() && i == open.back().next) {
            Open done = std::move(open.back());
            open.pop_back();
            add(done.object ? QJsonValue(done.members) : QJsonValue(done.array));
            continue;
        }
        const FlatJson::Node& value = nodeAt(i);
        if (!open.empty() && open.back().expectKey) {
            // fromUtf8 drops a leading byte-order mark, which Qt keeps in the key's identity; such a
            // key could collide with another one here but not in Qt, so Qt builds that value.
            if (!value.escaped && value.end - value.begin >= 3
                && std::memcmp(m_json->m_text.constData() + value.begin, "\xEF\xBB\xBF", 3) == 0) {
                return toJsonValueWithQt();
            }
            open.back().key = stringAt(i);
            open.back().expectKey = false;
            ++i;
            continue;
        }
        if (value.kind == FlatJson::Kind::Array || value.kind == FlatJson::Kind::Object) {
            const bool object = value.kind == FlatJson::Kind::Object;
            open.push_back(Open{value.next, object, object, {}, {}, {}});
            ++i;
            continue;
        }
        add(scalarAt(i));
        ++i;
    }
    return result;
}

QJsonValue FlatJsonValue::toJsonValueWithQt() const
{
    // The root parses as it is; anything deeper is wrapped in an array, which stays within Qt's limit.
    if (m_index == 0) {
        const QJsonDocument document = QJsonDocument::fromJson(m_json->m_text);
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    const QByteArray wrapped = '[' + text().toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().first();
}

} // namespace Inlet
