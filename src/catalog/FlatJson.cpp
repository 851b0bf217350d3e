#include "FlatJson.h"

#include "FlatJsonValue.h"

#include <cstring>

namespace Inlet {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Length of the well-formed UTF-8 sequence at `s` (at most `n` bytes), or 0. The same rules as Qt's
// decoder: no overlong forms, no surrogates, nothing above U+10FFFF; non-characters are fine.
int utf8SequenceLength(const uchar* s, qsizetype n)
{
    const uchar b = s[0];
    auto continuation = [&](int i, uchar low = 0x80, uchar high = 0xBF) {
        return i < n && s[i] >= low && s[i] <= high;
    };
    if (b >= 0xC2 && b <= 0xDF) {
        return continuation(1) ? 2 : 0;
    }
    if (b >= 0xE0 && b <= 0xEF) {
        const uchar low = b == 0xE0 ? 0xA0 : 0x80;
        const uchar high = b == 0xED ? 0x9F : 0xBF;
        return continuation(1, low, high) && continuation(2) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const uchar low = b == 0xF0 ? 0x90 : 0x80;
        const uchar high = b == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

// True when none of the 8 bytes is a quote, a backslash or non-ASCII: the string scanner's fast path.
bool isPlainAscii(const char* s)
{
    quint64 word;
    std::memcpy(&word, s, sizeof word);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    auto hasZeroByte = [](quint64 v) { return (v - ones) & ~v & highs; };
    return !((word & highs) | hasZeroByte(word ^ (ones * '"')) | hasZeroByte(word ^ (ones * '\\')));
}

} // namespace

// The single pass. A loop with an explicit stack instead of recursive descent, so nesting costs heap,
// not call stack; every check mirrors a check of Qt's parser (qjsonparser.cpp) so acceptance is equal.
class FlatJsonReader
{
public:
    explicit FlatJsonReader(const QByteArray& text)
        : m_s(text.constData())
        , m_n(text.size())
    {
    }

    bool read(std::vector<FlatJson::Node>& nodes)
    {
        m_nodes = &nodes;
        nodes.reserve(size_t(m_n / 16 + 16));
        // Qt skips a UTF-8 byte-order mark only when something follows it.
        if (m_n > 3 && std::memcmp(m_s, "\xEF\xBB\xBF", 3) == 0) {
            m_i = 3;
        }
        skipSpace();
        if (m_i >= m_n || (m_s[m_i] != '{' && m_s[m_i] != '[')) {
            return fail(QJsonParseError::IllegalValue, m_i + 1);
        }
        if (!readValue(QJsonParseError::IllegalValue)) {
            return false;
        }
        // One step per member or element of the innermost open container; readValue() only opens a
        // nested container, so nothing here recurses.
        while (!m_open.empty()) {
            skipSpace();
            FlatJson::Node& container = nodes[size_t(m_open.back())];
            const bool object = container.kind == FlatJson::Kind::Object;
            const char closing = object ? '}' : ']';
            if (m_i >= m_n) {
                return fail(object ? QJsonParseError::UnterminatedObject : QJsonParseError::UnterminatedArray, m_i);
            }
            const char c = m_s[m_i];
            if (c == closing) {
                ++m_i;
                close();
                continue;
            }
            if (container.size > 0) {
                ++m_i;
                if (c != ',' && object) {
                    return fail(QJsonParseError::UnterminatedObject, m_i);
                }
                if (c != ',') {
                    skipSpace(); // Qt's code depends on whether anything follows the stray byte
                    return fail(
                        m_i >= m_n ? QJsonParseError::UnterminatedArray : QJsonParseError::MissingValueSeparator, m_i);
                }
            }
            ++container.size;
            if (object ? !readMember() : !readValue(QJsonParseError::UnterminatedArray)) {
                return false;
            }
        }
        skipSpace();
        return m_i < m_n ? fail(QJsonParseError::GarbageAtEnd, m_i) : true;
    }

    QJsonParseError error() const { return m_error; }

private:
    bool fail(QJsonParseError::ParseError error, qsizetype offset)
    {
        m_error.error = error;
        m_error.offset = int(qMin<qsizetype>(offset, std::numeric_limits<int>::max()));
        return false;
    }

    void skipSpace()
    {
        // Indentation comes in runs of spaces: eight at a time.
        constexpr quint64 spaces = 0x2020202020202020ULL;
        quint64 word;
        while (m_i + 8 <= m_n && (std::memcpy(&word, m_s + m_i, 8), word == spaces)) {
            m_i += 8;
        }
        while (m_i < m_n && isSpace(m_s[m_i])) {
            ++m_i;
        }
    }

    FlatJson::Node& append(FlatJson::Kind kind, qsizetype begin)
    {
        FlatJson::Node& node = m_nodes->emplace_back();
        node.kind = kind;
        node.begin = begin;
        node.next = qsizetype(m_nodes->size());
        return node;
    }

    // At a member of an object: reads `"key": value`.
    bool readMember()
    {
        skipSpace();
        if (m_i >= m_n || m_s[m_i] != '"') {
            const bool closed = m_i < m_n && m_s[m_i] == '}';
            return fail(closed ? QJsonParseError::MissingObject : QJsonParseError::UnterminatedObject, m_i + 1);
        }
        ++m_i;
        if (!readString()) {
            return false;
        }
        skipSpace();
        if (m_i >= m_n || m_s[m_i] != ':') {
            return fail(QJsonParseError::MissingNameSeparator, m_i + 1);
        }
        ++m_i;
        return readValue(QJsonParseError::UnterminatedObject);
    }

    // At a value (after optional space). A container is only opened (pushed on m_open); read()'s loop
    // reads what is inside.
    bool readValue(QJsonParseError::ParseError atEnd)
    {
        skipSpace();
        if (m_i >= m_n) {
            return fail(atEnd, m_i); // Qt's code names the enclosing container
        }
        const qsizetype start = m_i;
        const char c = m_s[m_i++];
        switch (c) {
        case '{':
        case '[':
            return open(c == '{' ? FlatJson::Kind::Object : FlatJson::Kind::Array, start);
        case '"':
            return readString();
        case 'n':
            return readLiteral("null", FlatJson::Kind::Null, start);
        case 't':
            return readLiteral("true", FlatJson::Kind::True, start);
        case 'f':
            return readLiteral("false", FlatJson::Kind::False, start);
        case ',':
            return fail(QJsonParseError::IllegalValue, m_i);
        case '}':
        case ']':
            return fail(QJsonParseError::MissingObject, m_i);
        default:
            --m_i;
            return readNumber();
        }
    }

    bool open(FlatJson::Kind kind, qsizetype start)
    {
        if (qsizetype(m_open.size()) >= FlatJson::kNestingLimit) {
            return fail(QJsonParseError::DeepNesting, m_i);
        }
        m_open.push_back(qsizetype(m_nodes->size()));
        append(kind, start);
        return true;
    }

    // After the closing bracket of the innermost open container.
    void close()
    {
        FlatJson::Node& container = (*m_nodes)[size_t(m_open.back())];
        m_open.pop_back();
        container.end = m_i;
        container.next = qsizetype(m_nodes->size());
    }

    bool readLiteral(const char* word, FlatJson::Kind kind, qsizetype start)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        // Qt wants one byte after the word (a closing bracket at least) before it looks at the word.
        if (m_n - start <= length) {
            return fail(QJsonParseError::IllegalValue, m_i);
        }
        if (std::memcmp(m_s + start, word, size_t(length)) != 0) {
            return fail(QJsonParseError::IllegalValue, m_i);
        }
        m_i = start + length;
        append(kind, start).end = m_i;
        return true;
    }

    // Qt's number grammar, which is looser than RFC 8259 (".5", "1." and "-.5e3" pass), and Qt's own
    // conversions, so the same texts are accepted and the same values (qint64 or double) come out.
    bool readNumber()
    {
        const qsizetype start = m_i;
        bool hasExponent = false;
        if (m_i < m_n && m_s[m_i] == '-') {
            ++m_i;
        }
        if (m_i < m_n && m_s[m_i] == '0') {
            ++m_i;
        } else {
            while (m_i < m_n && isDigit(m_s[m_i])) {
                ++m_i;
            }
        }
        if (m_i < m_n && m_s[m_i] == '.') {
            ++m_i;
            while (m_i < m_n && isDigit(m_s[m_i])) {
                ++m_i;
            }
        }
        if (m_i < m_n && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            hasExponent = true;
            ++m_i;
            if (m_i < m_n && (m_s[m_i] == '-' || m_s[m_i] == '+')) {
                ++m_i;
            }
            while (m_i < m_n && isDigit(m_s[m_i])) {
                ++m_i;
            }
        }
        if (m_i >= m_n) {
            return fail(QJsonParseError::TerminationByNumber, m_i);
        }
        const QByteArray number = QByteArray::fromRawData(m_s + start, m_i - start);
        FlatJson::Node& node = append(FlatJson::Kind::Number, start);
        node.end = m_i;
        bool ok = false;
        if (!hasExponent) {
            const qint64 whole = number.toLongLong(&ok);
            if (ok) {
                node.integer = true;
                node.number.whole = whole;
                return true;
            }
        }
        const double real = number.toDouble(&ok); // fails on overflow and underflow, as in Qt
        if (!ok) {
            m_nodes->pop_back();
            return fail(QJsonParseError::IllegalNumber, m_i);
        }
        // Qt keeps a double that is a whole qint64 as an integer.
        if (real >= -9223372036854775808.0 && real < 9223372036854775808.0 && double(qint64(real)) == real) {
            node.integer = true;
            node.number.whole = qint64(real);
        } else {
            node.number.real = real;
        }
        return true;
    }

    // After the opening quote. Qt accepts raw control characters and any escaped byte (`\x` is "x"),
    // insists on four hex digits after `\u` (surrogate halves may stand alone) and on valid UTF-8.
    bool readString()
    {
        FlatJson::Node& node = append(FlatJson::Kind::String, m_i);
        for (;;) {
            while (m_i + 8 <= m_n && isPlainAscii(m_s + m_i)) {
                m_i += 8;
            }
            while (m_i < m_n && uchar(m_s[m_i]) < 0x80 && m_s[m_i] != '"' && m_s[m_i] != '\\') {
                ++m_i;
            }
            if (m_i >= m_n) {
                return fail(QJsonParseError::UnterminatedString, m_i);
            }
            const char c = m_s[m_i];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (m_i + 1 >= m_n) {
                    // Qt's first pass stops at the first backslash; only its second pass reads escapes.
                    return fail(node.escaped ? QJsonParseError::IllegalEscapeSequence
                                             : QJsonParseError::UnterminatedString,
                                m_n);
                }
                node.escaped = true;
                const char escaped = m_s[m_i + 1];
                m_i += 2;
                if (escaped == 'u') {
                    if (m_i > m_n - 4 || !isHexDigit(m_s[m_i]) || !isHexDigit(m_s[m_i + 1]) || !isHexDigit(m_s[m_i + 2])
                        || !isHexDigit(m_s[m_i + 3])) {
                        return fail(QJsonParseError::IllegalEscapeSequence, m_i);
                    }
                    m_i += 4;
                }
                continue;
            }
            const int length = utf8SequenceLength(reinterpret_cast<const uchar*>(m_s + m_i), m_n - m_i);
            if (length == 0) {
                return fail(QJsonParseError::IllegalUTF8String, m_i);
            }
            m_i += length;
        }
        node.end = m_i++;
        // Qt wants a byte after the closing quote (a document cannot end in a string anyway).
        return m_i < m_n ? true : fail(QJsonParseError::UnterminatedString, m_i);
    }

    const char* m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
    std::vector<FlatJson::Node>* m_nodes = nullptr;
    std::vector<qsizetype> m_open; // node indices of the containers not closed yet
    QJsonParseError m_error{-1, QJsonParseError::NoError};
};

FlatJson FlatJson::fromJson(const QByteArray& text, QJsonParseError* error)
{
    FlatJson json;
    json.m_text = text;
    FlatJsonReader reader(text);
    if (!reader.read(json.m_nodes)) {
        json.m_nodes.clear();
        json.m_nodes.shrink_to_fit();
    }
    if (error) {
        *error = reader.error();
        if (error->error == QJsonParseError::NoError) {
            error->offset = 0;
        }
    }
    return json;
}

FlatJsonValue FlatJson::root() const
{
    return isValid() ? FlatJsonValue(this, 0) : FlatJsonValue();
}

} // namespace Inlet
