#include "JsonSourceMap.h"

#include <QByteArrayView>

#include <cstring>
#include <vector>

namespace Inlet {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_s(text.constData())
        , m_n(text.size())
    {
    }

    void skipWhitespace()
    {
        while (m_i < m_n && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r')) {
            ++m_i;
        }
    }

    bool atEnd() const { return m_i >= m_n; }
    char peek() const { return m_i < m_n ? m_s[m_i] : '\0'; }
    void advance() { ++m_i; }
    qsizetype position() const { return m_i; }

    // At an opening quote: consumes the string; decodes it into `out` when given.
    bool readString(QString* out)
    {
        if (peek() != '"') {
            return false;
        }
        ++m_i;
        // Most strings have no escapes: find the closing quote and decode the span in one go.
        const char* begin = m_s + m_i;
        const char* end = static_cast<const char*>(std::memchr(begin, '"', size_t(m_n - m_i)));
        if (end && !std::memchr(begin, '\\', size_t(end - begin))) {
            if (out) {
                out->append(QString::fromUtf8(begin, end - begin));
            }
            m_i = end - m_s + 1;
            return true;
        }
        QByteArray raw;
        auto flush = [&] {
            if (out && !raw.isEmpty()) {
                out->append(QString::fromUtf8(raw));
            }
            raw.clear();
        };
        while (m_i < m_n) {
            const char c = m_s[m_i++];
            if (c == '"') {
                flush();
                return true;
            }
            if (c != '\\') {
                if (out) {
                    raw.append(c);
                }
                continue;
            }
            if (m_i >= m_n) {
                return false;
            }
            const char e = m_s[m_i++];
            if (!out) {
                continue; // "\uXXXX" digits are plain characters to a skipping reader
            }
            flush();
            switch (e) {
            case 'b':
                out->append(u'\b');
                break;
            case 'f':
                out->append(u'\f');
                break;
            case 'n':
                out->append(u'\n');
                break;
            case 'r':
                out->append(u'\r');
                break;
            case 't':
                out->append(u'\t');
                break;
            case 'u': {
                if (m_i + 4 > m_n) {
                    return false;
                }
                bool ok = false;
                const ushort unit = QByteArray(m_s + m_i, 4).toUShort(&ok, 16);
                if (!ok) {
                    return false;
                }
                m_i += 4;
                out->append(QChar(unit)); // surrogate halves pair up in the QString
                break;
            }
            default:
                out->append(QLatin1Char(e));
                break;
            }
        }
        return false;
    }

    void skipScalar()
    {
        while (m_i < m_n) {
            const char c = m_s[m_i];
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return;
            }
            ++m_i;
        }
    }

    // At '{' or '[': consumes the whole container without looking inside beyond brackets and strings.
    bool skipContainer()
    {
        int depth = 0;
        while (m_i < m_n) {
            const char c = m_s[m_i];
            if (c == '"') {
                if (!readString(nullptr)) {
                    return false;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++m_i;
                return true;
            }
            ++m_i;
        }
        return false;
    }

    // At an opening quote: the undecoded bytes of the string when it has no escapes (the common case).
    // Leaves the position unchanged and returns false when the string has escapes or is unterminated.
    bool peekPlainString(QByteArrayView* out) const
    {
        if (peek() != '"') {
            return false;
        }
        const char* begin = m_s + m_i + 1;
        const char* end = static_cast<const char*>(std::memchr(begin, '"', size_t(m_n - m_i - 1)));
        if (!end || std::memchr(begin, '\\', size_t(end - begin))) {
            return false;
        }
        *out = QByteArrayView(begin, end - begin);
        return true;
    }
    void skipTo(qsizetype position) { m_i = position; }
    const char* data() const { return m_s; }

private:
    const char* m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
};

// Where a container sits on the only paths the parser asks about: root.items[N] (its text),
// and (root.items[N] or root).authSpec[M].spec.properties (its key order). Everything else is skipped
// bracket by bracket without building paths or decoding strings.
enum class Role { Root, Items, Item, AuthSpecs, AuthSpec, Schema, Properties, Other };

bool isObjectRole(Role role)
{
    return role != Role::Items && role != Role::AuthSpecs;
}

Role elementRole(Role array)
{
    switch (array) {
    case Role::Items:
        return Role::Item;
    case Role::AuthSpecs:
        return Role::AuthSpec;
    default:
        return Role::Other;
    }
}

Role memberRole(Role object, QByteArrayView key)
{
    switch (object) {
    case Role::Root:
        return key == "items" ? Role::Items : key == "authSpec" ? Role::AuthSpecs : Role::Other;
    case Role::Item:
        return key == "authSpec" ? Role::AuthSpecs : Role::Other;
    case Role::AuthSpec:
        return key == "spec" ? Role::Schema : Role::Other;
    case Role::Schema:
        return key == "properties" ? Role::Properties : Role::Other;
    default:
        return Role::Other;
    }
}

struct Frame
{
    Role role = Role::Other;
    qsizetype start = 0;
    int index = 0;
    QStringList keys; // Properties only
};

} // namespace

JsonSourceMap JsonSourceMap::scan(const QByteArray& json)
{
    JsonSourceMap map;
    Scanner in(json);
    std::vector<Frame> stack;
    Role pending = Role::Root; // role of the value about to be read
    bool expectValue = true;

    auto closeFrame = [&] {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        if (frame.role == Role::Properties && stack.size() >= 3) {
            // [..., authSpec array, auth spec, schema, properties]: the pointer the parser asks for.
            const int authIndex = stack[stack.size() - 3].index;
            QString pointer;
            if (stack.size() >= 5 && stack[1].role == Role::Items) {
                pointer = QStringLiteral("/items/") + QString::number(stack[1].index);
            }
            pointer += QStringLiteral("/authSpec/") + QString::number(authIndex) + QStringLiteral("/spec/properties");
            map.m_keyOrder.insert(pointer, frame.keys);
        } else if (frame.role == Role::Item) {
            map.m_items.insert(stack.back().index, json.mid(frame.start, in.position() - frame.start));
        }
    };
    // After '{' or ',' inside an object: reads `"key":` and sets the role of the member's value.
    auto readMemberKey = [&]() -> bool {
        Frame& frame = stack.back();
        in.skipWhitespace();
        QByteArrayView plain;
        if (in.peekPlainString(&plain) && frame.role != Role::Properties) {
            in.skipTo(plain.data() + plain.size() + 1 - in.data());
            pending = memberRole(frame.role, plain);
        } else {
            QString key;
            if (!in.readString(&key)) {
                return false;
            }
            pending = memberRole(frame.role, key.toUtf8());
            if (frame.role == Role::Properties && !frame.keys.contains(key)) {
                frame.keys.append(key);
            }
        }
        in.skipWhitespace();
        if (in.peek() != ':') {
            return false;
        }
        in.advance();
        return true;
    };

    for (;;) {
        in.skipWhitespace();
        if (expectValue) {
            if (in.atEnd()) {
                return map;
            }
            const char c = in.peek();
            const bool container = c == '{' || c == '[';
            if (container && pending != Role::Other && isObjectRole(pending) == (c == '{')) {
                Frame frame;
                frame.role = pending;
                frame.start = in.position();
                stack.push_back(std::move(frame));
                in.advance();
                in.skipWhitespace();
                if (in.peek() == (c == '{' ? '}' : ']')) {
                    in.advance();
                    closeFrame();
                    expectValue = false;
                } else if (c == '{') {
                    if (!readMemberKey()) {
                        return map;
                    }
                } else {
                    pending = elementRole(stack.back().role);
                }
                continue;
            }
            if (container) {
                if (!in.skipContainer()) {
                    return map;
                }
            } else if (c == '"') {
                if (!in.readString(nullptr)) {
                    return map;
                }
            } else {
                in.skipScalar();
            }
            expectValue = false;
            continue;
        }
        if (stack.empty()) {
            map.m_valid = in.atEnd();
            return map;
        }
        Frame& frame = stack.back();
        const bool object = isObjectRole(frame.role);
        const char c = in.peek();
        if (c == ',') {
            in.advance();
            if (object) {
                if (!readMemberKey()) {
                    return map;
                }
            } else {
                ++frame.index;
                pending = elementRole(frame.role);
            }
            expectValue = true;
        } else if (c == (object ? '}' : ']')) {
            in.advance();
            closeFrame();
        } else {
            return map;
        }
    }
}

} // namespace Inlet
