#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Inlet {

// What QJsonDocument throws away: the order of keys in every "properties" object (QJsonObject sorts
// them) and the text of each element of the root "items" array. A light, iterative scan of JSON text
// that QJsonDocument has already accepted; paths are JSON pointers ("/items/0/authSpec/0/spec/properties").
// Only the paths where connection specs keep their schemas are followed; everything else is skipped
// bracket by bracket without decoding, so deep or huge input costs no more than a linear pass.
class JsonSourceMap
{
public:
    static JsonSourceMap scan(const QByteArray& json);

    bool isValid() const { return m_valid; }
    // Keys of the object at `pointer` in document order (duplicates once); empty if unknown.
    QStringList keyOrder(const QString& pointer) const { return m_keyOrder.value(pointer); }
    // Text of root["items"][index], or empty if unknown.
    QByteArray itemText(int index) const { return m_items.value(index); }

private:
    bool m_valid = false;
    QHash<QString, QStringList> m_keyOrder;
    QHash<int, QByteArray> m_items;
};

} // namespace Inlet
