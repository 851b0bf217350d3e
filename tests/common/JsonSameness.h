#pragma once

// Stricter than QJsonValue::operator==, which calls qint64 1 and double 1.0 equal and ignores the sign
// of zero: two values are the same when Qt would store, print and convert them the same way. Shared by
// tst_flatjson and the differential fuzz target fuzz_flatjson. Recursive, to Qt's nesting limit.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <cstring>

namespace InletTest {

inline bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case QJsonValue::Double: {
        const QVariant va = a.toVariant();
        const QVariant vb = b.toVariant();
        if (va.typeId() != vb.typeId()) {
            return false; // qint64 against double
        }
        if (va.typeId() == QMetaType::LongLong) {
            return va.toLongLong() == vb.toLongLong();
        }
        const double da = a.toDouble();
        const double db = b.toDouble();
        return std::memcmp(&da, &db, sizeof da) == 0;
    }
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Array: {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        if (aa.size() != ab.size()) {
            return false;
        }
        for (qsizetype i = 0; i < aa.size(); ++i) {
            if (!sameJson(aa.at(i), ab.at(i))) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        if (oa.size() != ob.size()) {
            return false;
        }
        for (auto ia = oa.begin(), ib = ob.begin(); ia != oa.end(); ++ia, ++ib) {
            if (ia.key() != ib.key() || !sameJson(ia.value(), ib.value())) {
                return false;
            }
        }
        return true;
    }
    default:
        return a == b;
    }
}

} // namespace InletTest
