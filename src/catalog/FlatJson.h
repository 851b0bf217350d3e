#pragma once

#include <QByteArray>
#include <QJsonParseError>

#include <vector>

namespace Inlet {

class FlatJsonValue;

// One JSON text read in a single pass into a flat, ordered list of nodes (a "tape"): objects keep
// their members in document order (QJsonObject sorts them, and a schema's property order is the
// documentation's), strings stay undecoded bytes until asked for, and each container knows where its
// text starts and ends. It accepts exactly what QJsonDocument::fromJson accepts – an object or array
// at the top, Qt's nesting limit, its lenient escapes and numbers, its UTF-8 checks – so a caller can
// switch between the two without changing what is valid; tests/fuzz/fuzz_flatjson.cpp checks that.
// Iterative: no recursion, whatever the input; linear in the input's size.
class FlatJson
{
public:
    // Qt's limit (qjsonparser.cpp), so deep input is rejected exactly where QJsonDocument rejects it.
    static constexpr int kNestingLimit = 1024;

    FlatJson() = default;
    // Keeps a (shared, not copied) reference to `text`. `error`, if given, gets a Qt error code and
    // the byte offset where reading stopped (close to, but not always the same as, Qt's offset).
    static FlatJson fromJson(const QByteArray& text, QJsonParseError* error = nullptr);

    bool isValid() const { return !m_nodes.empty(); }
    // The top-level object or array; undefined when the text was rejected.
    FlatJsonValue root() const;
    const QByteArray& text() const { return m_text; }

private:
    friend class FlatJsonValue;
    friend class FlatJsonReader;

    enum class Kind : quint8 { Null, False, True, Number, String, Array, Object };

    struct Node
    {
        Kind kind = Kind::Null;
        bool escaped = false; // String: has a backslash, so it needs the slow decoder
        bool integer = false; // Number: Qt would store it as qint64
        qsizetype begin = 0; // String: after the opening quote; container: at the bracket
        qsizetype end = 0; // String: at the closing quote; container: after the closing bracket
        qsizetype next = 0; // index of the node after this value's subtree
        qsizetype size = 0; // container: elements, or members (each a key node then a value subtree)
        union {
            double real;
            qint64 whole;
        } number = {0.0};
    };

    QByteArray m_text;
    std::vector<Node> m_nodes;
};

} // namespace Inlet
