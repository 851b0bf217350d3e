#pragma once

#include "catalog/FlatJson.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace Inlet {

// A read-only handle on one value of a FlatJson, with QJsonValue's accessors and the same answers
// (duplicate keys: the last one wins; numbers: qint64 where Qt keeps qint64). It does not own the
// FlatJson and must not outlive it. Default-constructed, or a missing member: undefined.
class FlatJsonValue
{
public:
    struct Member;

    FlatJsonValue() = default;

    QJsonValue::Type type() const;
    bool isUndefined() const { return !m_json; }
    bool isNull() const { return type() == QJsonValue::Null; }
    bool isBool() const { return type() == QJsonValue::Bool; }
    bool isDouble() const { return type() == QJsonValue::Double; }
    bool isString() const { return type() == QJsonValue::String; }
    bool isArray() const { return type() == QJsonValue::Array; }
    bool isObject() const { return type() == QJsonValue::Object; }

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    QString toString() const; // decoded now; empty unless a string

    qsizetype size() const; // elements or members; 0 for anything else
    QList<FlatJsonValue> elements() const; // an array's, in order
    QList<Member> members() const; // an object's, in document order, duplicates included
    // An object's member; with duplicate keys the last one, as in QJsonObject.
    FlatJsonValue value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }

    // The value's text as received: a container from its opening to its closing bracket.
    QByteArrayView text() const;

    // For the few values that are kept (schema examples, enum values, defaults): built without
    // recursion; equal to what QJsonDocument would have made of the same text.
    QJsonValue toJsonValue() const;
    QJsonArray toArray() const { return toJsonValue().toArray(); }

private:
    friend class FlatJson;

    FlatJsonValue(const FlatJson* json, qsizetype index);
    const FlatJson::Node& node() const { return m_json->m_nodes[size_t(m_index)]; }
    const FlatJson::Node& nodeAt(qsizetype index) const { return m_json->m_nodes[size_t(index)]; }
    bool keyEquals(qsizetype keyIndex, QLatin1String key) const;
    QString stringAt(qsizetype index) const;
    QJsonValue scalarAt(qsizetype index) const;
    QJsonValue toJsonValueWithQt() const;

    const FlatJson* m_json = nullptr;
    qsizetype m_index = -1;
};

struct FlatJsonValue::Member
{
    FlatJsonValue key; // a string; decode it with toString() when needed
    FlatJsonValue value;
};

} // namespace Inlet
