// The one JSON path (core/Json.h over nlohmann::ordered_json) and the ordered auth params.

#include "core/AuthParams.h"
#include "core/Json.h"

#include <QTest>

#include <limits>

using namespace Inlet;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrderAndRepeatedKeys()
    {
        const JsonDocument document =
            JsonText::parse(R"({"zeta": 1, "alpha": {"b": [true, null], "a": "x"}, "zeta": 2})");
        QVERIFY2(document.isValid(), qPrintable(document.error));
        // A repeated key keeps its first place and its last value, as QJsonObject kept the value.
        QCOMPARE(JsonText::write(document.root), QByteArray(R"({"zeta":2,"alpha":{"b":[true,null],"a":"x"}})"));
        QCOMPARE(JsonText::write(document.root, 2),
                 QByteArray("{\n  \"zeta\": 2,\n  \"alpha\": {\n    \"b\": [\n      true,\n      null\n    ],\n"
                            "    \"a\": \"x\"\n  }\n}"));
    }

    void readsWithoutThrowing()
    {
        const JsonDocument document = JsonText::parse(R"({"s": "caf\u00e9", "n": 5.0, "i": -3, "b": true, "o": {}})");
        QVERIFY(document.isValid());
        const Json& root = document.root;
        QCOMPARE(jsonString(root, "s"), QStringLiteral("caf\u00e9"));
        QCOMPARE(jsonString(root, "n", QStringLiteral("fallback")), QStringLiteral("fallback"));
        QCOMPARE(jsonString(root, "missing"), QString());
        QCOMPARE(jsonString(Json::array(), "s"), QString());
        QVERIFY(jsonMember(root, "o"));
        QVERIFY(!jsonMember(root, "missing"));
        QVERIFY(!jsonMember(*jsonMember(root, "s"), "x"));
        QVERIFY(jsonBool(root, "b", false));
        QVERIFY(jsonBool(root, "s", true)); // not a boolean: the fallback
        QCOMPARE(jsonNumber(*jsonMember(root, "i")), std::optional<double>(-3.0));
        QVERIFY(!jsonNumber(*jsonMember(root, "s")));
        QVERIFY(isJsonInteger(*jsonMember(root, "n"))); // a whole double counts
        QCOMPARE(jsonToVariant(*jsonMember(root, "i")), QVariant(qlonglong(-3)));
        QCOMPARE(jsonToVariant(*jsonMember(root, "n")).typeId(), int(QMetaType::Double));
        QVERIFY(!jsonToVariant(*jsonMember(root, "o")).isValid());
    }

    void oneLimitForIntegers()
    {
        const qint64 limit = kJsonExactIntegerLimit;
        QCOMPARE(limit, qint64(9007199254740992)); // 2^53
        QVERIFY(isJsonInteger(Json(limit - 1)));
        QVERIFY(!isJsonInteger(Json(limit))); // 2^53 + 1 would read as 2^53
        QVERIFY(!isJsonInteger(Json(-limit)));
        QVERIFY(!isJsonInteger(Json(1.5)));
        QCOMPARE(jsonInt64(Json(9000000000000000000.0)), std::optional<qint64>(9000000000000000000));
        QVERIFY(!jsonInt64(Json(9223372036854775808.0)));
        QVERIFY(!jsonInt64(Json(std::numeric_limits<Json::number_unsigned_t>::max())));
    }

    void writesFormValuesAsQtDid()
    {
        // Whole doubles as integers ("5432", not "5432.0"), as QJsonDocument wrote them.
        QCOMPARE(JsonText::write(variantToJson(5432.0)), QByteArray("5432"));
        QCOMPARE(JsonText::write(variantToJson(0.5)), QByteArray("0.5"));
        QCOMPARE(JsonText::write(variantToJson(qlonglong(10000))), QByteArray("10000"));
        QCOMPARE(JsonText::write(variantToJson(true)), QByteArray("true"));
        QCOMPARE(JsonText::write(variantToJson(QStringLiteral("a\"b\\c\nd\u00e9"))),
                 QByteArray("\"a\\\"b\\\\c\\nd\xc3\xa9\""));
        QCOMPARE(JsonText::write(variantToJson(QVariant())), QByteArray("null"));
        // A lone surrogate cannot be UTF-8: written replaced, never thrown.
        const QString broken = QStringView(u"a\xd800").toString();
        QVERIFY(!JsonText::write(toJson(broken)).isEmpty());
    }

    void deepNestingIsRefusedNotRecursedInto()
    {
        // At the limit: parsed, and written back (writing recurses, so the limit bounds it).
        const int limit = JsonText::kNestingLimit;
        const QByteArray deepest = QByteArray(limit, '[') + QByteArray(limit, ']');
        const JsonDocument accepted = JsonText::parse(deepest);
        QVERIFY2(accepted.isValid(), qPrintable(accepted.error));
        QCOMPARE(JsonText::write(accepted.root), deepest);
        const QByteArray objects = QByteArray("{\"a\":").repeated(limit) + "1" + QByteArray(limit, '}');
        QVERIFY(JsonText::parse(objects).isValid());
        QVERIFY(!JsonText::parse("[" + objects + "]").isValid());

        // Far beyond it: rejected at the limit, not by a stack overflow.
        const JsonDocument refused = JsonText::parse(QByteArray(1000000, '[') + QByteArray(1000000, ']'));
        QVERIFY(!refused.isValid());
        QVERIFY(refused.error.contains(QStringLiteral("1024")));
        QCOMPARE(refused.errorOffset, qsizetype(-1)); // the library reports no position for it
        QVERIFY(refused.root.is_null());
    }

    void destroyingDeepValuesDoesNotRecurse()
    {
        // nlohmann 3.11 destroys a value with an explicit stack (basic_json::json_value::destroy), so a
        // value deeper than the parser allows, built in code, still goes away without a stack overflow.
        Json deep = Json::array();
        Json* innermost = &deep;
        for (int i = 0; i < 200000; ++i) {
            innermost->push_back(Json::array());
            innermost = &innermost->back();
        }
        deep = Json();
        QVERIFY(deep.is_null());
    }

    void authParamsKeepTheirOrder()
    {
        AuthParams params{{QStringLiteral("host"), QStringLiteral("h")},
                          {QStringLiteral("password"), QStringLiteral("p"), true},
                          {QStringLiteral("port"), qlonglong(5432)}};
        params.insert(QStringLiteral("host"), QStringLiteral("h2")); // replaced in place
        params.insert(QStringLiteral("enableSsl"), true); // appended
        params.insert(QStringLiteral("password"), QStringLiteral("p2")); // still secret
        QCOMPARE(params.names(),
                 QStringList({QStringLiteral("host"),
                              QStringLiteral("password"),
                              QStringLiteral("port"),
                              QStringLiteral("enableSsl")}));
        QCOMPARE(params.secretNames(), QSet<QString>({QStringLiteral("password")}));
        QCOMPARE(JsonText::write(params.toJson()),
                 QByteArray(R"({"host":"h2","password":"p2","port":5432,"enableSsl":true})"));
        params.remove(QStringLiteral("password"));
        QVERIFY(!params.contains(QStringLiteral("password")));
        QVERIFY(params.secretNames().isEmpty());
        QCOMPARE(params.value(QStringLiteral("port")), QVariant(qlonglong(5432)));
        QVERIFY(!params.value(QStringLiteral("missing")).isValid());

        const AuthParams read =
            AuthParams::fromJson(JsonText::parse(R"({"b": "x", "a": 1, "nested": {"no": 1}, "c": false})").root);
        QCOMPARE(read.names(), QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(AuthParams::fromJson(Json::array()).isEmpty());

        // Copies are values: changing one leaves the other alone.
        AuthParams copy = read;
        copy.insert(QStringLiteral("b"), QStringLiteral("changed"));
        copy.setSecret(QStringLiteral("a"));
        QCOMPARE(read.value(QStringLiteral("b")), QVariant(QStringLiteral("x")));
        QVERIFY(read.secretNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
