#include "JsonSourceMap.h"

#include <cstring>
#include <vector>

namespace Inlet {

namespace {

// Deep enough for /items/N/authSpec/M/spec/properties; anything deeper is scanned but not tracked.
constexpr int kTrackedDepth = 7;

struct Frame
{
    bool object = false;
    bool tracked = false;
    QString path;
    qsizetype start = 0;
    int index = 0;
    QStringList keys;
};

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

private:
    const char* m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
};

} // namespace

QString JsonSourceMap::pointerToken(const QString& key)
{
    if (!key.contains(u'~') && !key.contains(u'/')) {
        return key;
    }
    QString token = key;
    token.replace(u'~', QLatin1String("~0"));
    token.replace(u'/', QLatin1String("~1"));
    return token;
}

JsonSourceMap JsonSourceMap::scan(const QByteArray& json)
{
    JsonSourceMap map;
    Scanner in(json);
    std::vector<Frame> stack;
    QString valuePath; // pointer of the value about to be read
    bool valueTracked = true;
    bool expectValue = true;

    auto closeFrame = [&] {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        if (frame.tracked && frame.object && frame.path.endsWith(QLatin1String("/properties"))) {
            map.m_keyOrder.insert(frame.path, frame.keys);
        }
        if (frame.tracked && frame.object && stack.size() == 2 && !stack[1].object
            && stack[1].path == QLatin1String("/items") && stack[0].object) {
            map.m_items.insert(stack[1].index, json.mid(frame.start, in.position() - frame.start));
        }
    };
    // After '{' or ',' inside an object: reads `"key":` and sets the path of the member's value.
    auto readMemberKey = [&]() -> bool {
        Frame& frame = stack.back();
        in.skipWhitespace();
        QString key;
        if (!in.readString(frame.tracked ? &key : nullptr)) {
            return false;
        }
        in.skipWhitespace();
        if (in.peek() != ':') {
            return false;
        }
        in.advance();
        valueTracked = frame.tracked && int(stack.size()) < kTrackedDepth;
        if (frame.tracked) {
            if (!frame.keys.contains(key)) {
                frame.keys.append(key);
            }
            valuePath = valueTracked ? frame.path + u'/' + pointerToken(key) : QString();
        }
        return true;
    };
    auto elementPath = [&] {
        Frame& frame = stack.back();
        valueTracked = frame.tracked && int(stack.size()) < kTrackedDepth;
        valuePath = valueTracked ? frame.path + u'/' + QString::number(frame.index) : QString();
    };

    for (;;) {
        in.skipWhitespace();
        if (expectValue) {
            if (in.atEnd()) {
                return map;
            }
            const char c = in.peek();
            if (c == '{' || c == '[') {
                Frame frame;
                frame.object = c == '{';
                frame.tracked = valueTracked;
                frame.path = valuePath;
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
                    elementPath();
                }
                continue;
            }
            if (c == '"') {
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
        const char c = in.peek();
        if (c == ',') {
            in.advance();
            if (frame.object) {
                if (!readMemberKey()) {
                    return map;
                }
            } else {
                ++frame.index;
                elementPath();
            }
            expectValue = true;
        } else if (c == (frame.object ? '}' : ']')) {
            in.advance();
            closeFrame();
        } else {
            return map;
        }
    }
}

} // namespace Inlet
