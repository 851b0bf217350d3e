#include "catalog/FlatJson.h"
#include "catalog/FlatJsonValue.h"

#include "JsonSameness.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Inlet;
using InletTest::sameJson;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../data/catalog/") + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QJsonValue qtValue(const QByteArray& text, QJsonParseError* error = nullptr)
{
    const QJsonDocument document = QJsonDocument::fromJson(text, error);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

// The first element of a one-element array, read by FlatJson.
QJsonValue flatFirst(const QByteArray& text)
{
    const FlatJson json = FlatJson::fromJson(text);
    return json.root().elements().value(0).toJsonValue();
}

} // namespace

class TestFlatJson : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrderAndText()
    {
        const QByteArray text = "{\"zeta\": 1, \"alpha\": {\"b\": [true, null], \"a\": \"x\"}, \"mid\": false}";
        const FlatJson json = FlatJson::fromJson(text);
        QVERIFY(json.isValid());
        QStringList keys;
        for (const FlatJsonValue::Member& member : json.root().members()) {
            keys.append(member.key.toString());
        }
        QCOMPARE(keys, QStringList({QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
        const FlatJsonValue alpha = json.root().value(QLatin1String("alpha"));
        QCOMPARE(alpha.members().constFirst().key.toString(), QStringLiteral("b"));
        QCOMPARE(alpha.text(), QByteArrayView("{\"b\": [true, null], \"a\": \"x\"}"));
        QCOMPARE(alpha.value(QLatin1String("a")).text(), QByteArrayView("\"x\""));
        QCOMPARE(alpha.value(QLatin1String("b")).size(), 2);
        QCOMPARE(json.root().text(), QByteArrayView(text));
        QVERIFY(json.root().value(QLatin1String("missing")).isUndefined());
        QVERIFY(alpha.value(QLatin1String("b")).value(QLatin1String("a")).isUndefined()); // not an object
        QVERIFY(sameJson(json.root().toJsonValue(), qtValue(text)));
    }

    void lastDuplicateKeyWinsAsInQt()
    {
        const QByteArray text = "{\"a\": 1, \"b\": {\"x\": 1}, \"a\": 2, \"\\u0061\": 3, \"b\": {\"y\": 2}}";
        const FlatJson json = FlatJson::fromJson(text);
        QCOMPARE(json.root().members().size(), 5); // all of them, in order
        QCOMPARE(json.root().value(QLatin1String("a")).toDouble(), 3.0); // "\u0061" is "a"
        QVERIFY(json.root().value(QLatin1String("b")).contains(QLatin1String("y")));
        QVERIFY(sameJson(json.root().toJsonValue(), qtValue(text)));
        QCOMPARE(qtValue(text).toObject().value(QLatin1String("a")).toInt(), 3); // what Qt 6.4 does
    }

    void decodesStringsLikeQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("[\"caf\\u00e9 ok\"]") << QStringLiteral("caf\u00e9 ok");
        QTest::newRow("utf-8") << QByteArray("[\"caf\xc3\xa9 \xf0\x9f\x98\x80\"]")
                               << QStringLiteral("caf\u00e9 \U0001F600");
        QTest::newRow("pair") << QByteArray("[\"\\ud83d\\ude00\"]") << QStringLiteral("\U0001F600");
        QTest::newRow("lone high surrogate") << QByteArray("[\"a\\ud800b\"]")
                                             << QStringView(u"a\xd800"
                                                            u"b")
                                                    .toString();
        QTest::newRow("lone low surrogate") << QByteArray("[\"\\udc00\"]") << QString(QChar(0xdc00));
        QTest::newRow("short escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]")
                                       << QStringLiteral("\"\\/\b\f\n\r\t");
        QTest::newRow("unknown escape is the byte") << QByteArray("[\"\\x\\q\"]") << QStringLiteral("xq");
        QTest::newRow("escaped lead byte is Latin-1") << QByteArray("[\"\\\xc3x\"]") << QStringLiteral("\u00c3x");
        QTest::newRow("raw control characters") << QByteArray("[\"a\x01\tb\"]") << QStringLiteral("a\x01\tb");
        QTest::newRow("escaped nul") << QByteArray("[\"a\\u0000b\"]") << QStringView(u"a\0b", 3).toString();
        QTest::newRow("non-character") << QByteArray("[\"\xef\xbf\xbe\"]") << QString(QChar(0xfffe));
        // Qt drops a leading byte-order mark of an escape-free string (fromUtf8) and keeps one after
        // an escape (decoded by hand).
        QTest::newRow("leading bom, plain") << QByteArray("[\"\xef\xbb\xbf"
                                                          "a\"]")
                                            << QStringLiteral("a");
        QTest::newRow("bom after escape") << QByteArray("[\"\\n\xef\xbb\xbf"
                                                        "a\"]")
                                          << QStringLiteral("\n\ufeffa");
    }

    void decodesStringsLikeQt()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QJsonValue flat = flatFirst(text);
        QCOMPARE(flat.toString(), expected);
        QCOMPARE(qtValue(text).toArray().first().toString(), expected);
    }

    void findsEscapedKeys()
    {
        const FlatJson json = FlatJson::fromJson("{\"\\u0074ype\": \"string\", \"t\\\"\": 1}");
        QCOMPARE(json.root().value(QLatin1String("type")).toString(), QStringLiteral("string"));
        QVERIFY(json.root().contains(QLatin1String("t\"")));
        // A raw byte-order mark at the start of a key is part of the key for Qt, though fromUtf8 drops it.
        const QByteArray bomKeys = "{\"\xef\xbb\xbfk\": 1, \"k\": 2}";
        const FlatJson bom = FlatJson::fromJson(bomKeys);
        QCOMPARE(bom.root().value(QLatin1String("k")).toDouble(), 2.0);
        QVERIFY(sameJson(bom.root().toJsonValue(), qtValue(bomKeys)));
        QCOMPARE(bom.root().toJsonValue().toObject().size(), 2);
        const QByteArray nested = "[[{\"\xef\xbb\xbfk\": 1, \"k\": 2}]]";
        const FlatJson inner = FlatJson::fromJson(nested);
        QVERIFY(sameJson(inner.root().elements().constFirst().toJsonValue(), qtValue(nested).toArray().first()));
    }

    void readsNumbersLikeQt_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("integer");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << QByteArray("42") << true << true << 42.0;
        QTest::newRow("negative zero is integer 0") << QByteArray("-0") << true << true << 0.0;
        QTest::newRow("-0.0") << QByteArray("-0.0") << true << true << 0.0;
        QTest::newRow("whole with fraction") << QByteArray("5.000") << true << true << 5.0;
        QTest::newRow("exponent, whole") << QByteArray("1.5e3") << true << true << 1500.0;
        QTest::newRow("fraction") << QByteArray("1.25") << true << false << 1.25;
        QTest::newRow("beyond 2^53 stays exact")
            << QByteArray("9007199254740993") << true << true << 9007199254740992.0;
        QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << true << true << 9223372036854775807.0;
        QTest::newRow("beyond qint64 is double")
            << QByteArray("9223372036854775808") << true << false << 9223372036854775808.0;
        QTest::newRow("Qt: leading dot") << QByteArray(".5") << true << false << 0.5;
        QTest::newRow("Qt: -.5") << QByteArray("-.5") << true << false << -0.5;
        QTest::newRow("Qt: trailing dot") << QByteArray("1.") << true << true << 1.0;
        QTest::newRow("Qt: 1.e5") << QByteArray("1.e5") << true << true << 100000.0;
        QTest::newRow("denormal") << QByteArray("4.9e-324") << true << false << 4.9e-324;
        QTest::newRow("overflow") << QByteArray("1e400") << false << false << 0.0;
        QTest::newRow("negative overflow") << QByteArray("-1e400") << false << false << 0.0;
        QTest::newRow("underflow") << QByteArray("2e-324") << false << false << 0.0;
        QTest::newRow("bare exponent") << QByteArray("1e") << false << false << 0.0;
        QTest::newRow("sign only") << QByteArray("-") << false << false << 0.0;
        QTest::newRow("plus") << QByteArray("+1") << false << false << 0.0;
        QTest::newRow("leading zero") << QByteArray("01") << false << false << 0.0;
        QTest::newRow("two dots") << QByteArray("1.2.3") << false << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << false << false << 0.0;
        QTest::newRow("NaN") << QByteArray("NaN") << false << false << 0.0;
    }

    void readsNumbersLikeQt()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, valid);
        QFETCH(bool, integer);
        QFETCH(double, value);
        const QByteArray text = '[' + number + ']';
        QJsonParseError qtError;
        const QJsonValue qt = qtValue(text, &qtError);
        QCOMPARE(qtError.error == QJsonParseError::NoError, valid); // the table describes Qt 6.4
        const FlatJson json = FlatJson::fromJson(text);
        QCOMPARE(json.isValid(), valid);
        if (!valid) {
            return;
        }
        const QJsonValue flat = json.root().elements().constFirst().toJsonValue();
        QCOMPARE(flat.toDouble(), value);
        QCOMPARE(flat.toVariant().typeId() == QMetaType::LongLong, integer);
        QVERIFY(sameJson(flat, qt.toArray().first()));
        QCOMPARE(json.root().elements().constFirst().toDouble(), value);
    }

    void acceptsWhatQtAccepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("space around") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ");
        QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("literals") << QByteArray("[true,false,null]");
        QTest::newRow("nested") << QByteArray("{\"a\":[{\"b\":{}},[],[[]],\"\"]}");
        QTest::newRow("redshift") << fixture(QStringLiteral("redshift-connectionSpecs-response.json"));
        QTest::newRow("dynamics") << fixture(QStringLiteral("openapi-dynamics-connectionSpec.json"));
    }

    void acceptsWhatQtAccepts()
    {
        QFETCH(QByteArray, text);
        QJsonParseError qtError;
        const QJsonValue qt = qtValue(text, &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
        QJsonParseError error;
        const FlatJson json = FlatJson::fromJson(text, &error);
        QVERIFY(json.isValid());
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(sameJson(json.root().toJsonValue(), qt));
    }

    void rejectsWhatQtRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error"); // Qt's code for the same text
        QTest::newRow("empty") << QByteArray() << int(QJsonParseError::IllegalValue);
        QTest::newRow("space only") << QByteArray("  ") << int(QJsonParseError::IllegalValue);
        QTest::newRow("top-level number") << QByteArray("1") << int(QJsonParseError::IllegalValue);
        QTest::newRow("top-level string") << QByteArray("\"x\"") << int(QJsonParseError::IllegalValue);
        QTest::newRow("top-level null") << QByteArray("null") << int(QJsonParseError::IllegalValue);
        QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf") << int(QJsonParseError::IllegalValue);
        QTest::newRow("garbage after") << QByteArray("{} x") << int(QJsonParseError::GarbageAtEnd);
        QTest::newRow("second document") << QByteArray("{}{}") << int(QJsonParseError::GarbageAtEnd);
        QTest::newRow("vertical tab after") << QByteArray("{}\v") << int(QJsonParseError::GarbageAtEnd);
        QTest::newRow("nul after") << QByteArray("{}\0", 3) << int(QJsonParseError::GarbageAtEnd);
        QTest::newRow("unterminated object") << QByteArray("{\"a\":true ") << int(QJsonParseError::UnterminatedObject);
        QTest::newRow("literal at the end") << QByteArray("{\"a\":true") << int(QJsonParseError::IllegalValue);
        QTest::newRow("unterminated array") << QByteArray("[1 ") << int(QJsonParseError::UnterminatedArray);
        QTest::newRow("number at the end") << QByteArray("[1") << int(QJsonParseError::TerminationByNumber);
        QTest::newRow("trailing comma, array") << QByteArray("[1,]") << int(QJsonParseError::MissingObject);
        QTest::newRow("trailing comma, object") << QByteArray("{\"a\":1,}") << int(QJsonParseError::MissingObject);
        QTest::newRow("comma first, object") << QByteArray("{,}") << int(QJsonParseError::UnterminatedObject);
        QTest::newRow("comma first, array") << QByteArray("[,1]") << int(QJsonParseError::IllegalValue);
        QTest::newRow("missing comma") << QByteArray("[1 2]") << int(QJsonParseError::MissingValueSeparator);
        // Found by fuzz_flatjson: Qt's code for a stray byte after an element depends on what follows it.
        QTest::newRow("stray byte at the end") << QByteArray("[ -0,0, 1.5b") << int(QJsonParseError::UnterminatedArray);
        QTest::newRow("stray byte, then space") << QByteArray("[1b \n") << int(QJsonParseError::UnterminatedArray);
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << int(QJsonParseError::MissingNameSeparator);
        QTest::newRow("missing value") << QByteArray("{\"a\":}") << int(QJsonParseError::MissingObject);
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << int(QJsonParseError::UnterminatedObject);
        QTest::newRow("single quotes") << QByteArray("['a']") << int(QJsonParseError::IllegalNumber);
        QTest::newRow("nul") << QByteArray("[nul]") << int(QJsonParseError::IllegalValue);
        QTest::newRow("tru") << QByteArray("[tru]") << int(QJsonParseError::IllegalValue);
        QTest::newRow("True") << QByteArray("[True]") << int(QJsonParseError::IllegalNumber);
        QTest::newRow("unterminated string") << QByteArray("[\"abc]") << int(QJsonParseError::UnterminatedString);
        QTest::newRow("comma at the end") << QByteArray("[1,") << int(QJsonParseError::UnterminatedArray);
        QTest::newRow("colon at the end") << QByteArray("{\"a\": ") << int(QJsonParseError::UnterminatedObject);
        QTest::newRow("string at the end") << QByteArray("[\"abc\"") << int(QJsonParseError::UnterminatedString);
        QTest::newRow("short \\u") << QByteArray("[\"\\u00e\"]") << int(QJsonParseError::IllegalEscapeSequence);
        QTest::newRow("bad hex") << QByteArray("[\"\\u00g0\"]") << int(QJsonParseError::IllegalEscapeSequence);
        QTest::newRow("escape at end") << QByteArray("[\"\\") << int(QJsonParseError::UnterminatedString);
        QTest::newRow("second escape at end") << QByteArray("[\"\\t\\") << int(QJsonParseError::IllegalEscapeSequence);
        QTest::newRow("escaped multi-byte char")
            << QByteArray("[\"\\\xc3\xa9\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("lone continuation byte") << QByteArray("[\"\x80\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("overlong") << QByteArray("[\"\xc0\x80\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("overlong 3-byte") << QByteArray("[\"\xe0\x80\x80\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("utf-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]")
                                        << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("truncated sequence") << QByteArray("[\"\xe2\x82\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("0xff") << QByteArray("[\"\xff\"]") << int(QJsonParseError::IllegalUTF8String);
        QTest::newRow("too deep") << (QByteArray(1025, '[') + QByteArray(1025, ']'))
                                  << int(QJsonParseError::DeepNesting);
    }

    void rejectsWhatQtRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        QJsonParseError qtError;
        QJsonDocument::fromJson(text, &qtError);
        QCOMPARE(int(qtError.error), error); // the table describes Qt 6.4
        QJsonParseError flatError;
        const FlatJson json = FlatJson::fromJson(text, &flatError);
        QVERIFY(!json.isValid());
        QVERIFY(json.root().isUndefined());
        QCOMPARE(int(flatError.error), error);
    }

    void limitsNestingWithoutRecursion()
    {
        const QByteArray deepest = QByteArray(FlatJson::kNestingLimit, '[') + QByteArray(FlatJson::kNestingLimit, ']');
        const FlatJson json = FlatJson::fromJson(deepest);
        QVERIFY(json.isValid());
        QVERIFY(sameJson(json.root().toJsonValue(), qtValue(deepest)));
        const QByteArray objects =
            QByteArray("{\"a\":").repeated(FlatJson::kNestingLimit) + "1" + QByteArray(FlatJson::kNestingLimit, '}');
        QVERIFY(FlatJson::fromJson(objects).isValid());
        const QByteArray tooDeep = "{\"a\":" + objects + "}";
        QVERIFY(!FlatJson::fromJson(tooDeep).isValid());
        // Far beyond the limit: rejected at the limit, not by a stack overflow.
        QVERIFY(!FlatJson::fromJson(QByteArray(1000000, '[') + QByteArray(1000000, ']')).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFlatJson)
#include "tst_flatjson.moc"
