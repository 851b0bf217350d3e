#include "catalog/CatalogParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Inlet;

namespace {

// JSON written with single quotes, so test data needs no escaping (and stays out of moc's way).
QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray fixture(const QString& name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("../data/catalog/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

// One connection-spec item around an auth spec's property map, as text (so the order is the text's).
QByteArray itemWithProperties(const QByteArray& properties, const QByteArray& required = "[]")
{
    return j("{'id': '11111111-2222-3333-4444-555555555555', 'name': 'probe', 'attributes': {'connectorName': "
             "'Probe'},\n"
             "               'authSpec': [{'name': 'Probe Auth', 'spec': {'type': 'object', 'properties': ")
        + properties + j(", 'required': ") + required + "}}]}";
}

QByteArray page(const QList<QByteArray>& items)
{
    QByteArray json("{\"items\": [");
    for (int i = 0; i < items.size(); ++i) {
        json += (i ? "," : "") + items.at(i);
    }
    return json + "]}";
}

const QByteArray kGoodItem =
    j("{'id': '99999999-0000-0000-0000-000000000000', 'name': 'good',\n"
      "    'authSpec': [{'name': 'Good Auth', 'spec': {'type': 'object', 'properties': {'a': {'type': 'string'}}}}]}");

} // namespace

class TestCatalogParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheVerbatimRedshiftResponse()
    {
        const CatalogPage result =
            CatalogParser::parse(fixture(QStringLiteral("redshift-connectionSpecs-response.json")));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.documentValid);
        QCOMPARE(result.specs.size(), 1);
        const ConnectionSpec& spec = result.specs.constFirst();
        QCOMPARE(spec.id, QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff"));
        QCOMPARE(spec.name, QStringLiteral("amazon-redshift"));
        QCOMPARE(spec.displayName, QStringLiteral("amazon-redshift")); // no attributes: the name is all there is
        QCOMPARE(spec.version, QStringLiteral("1.0"));
        QCOMPARE(spec.authSpecs.size(), 1);
        const AuthSpec& auth = spec.authSpecs.constFirst();
        QCOMPARE(auth.name, QStringLiteral("Basic Authentication"));
        QCOMPARE(auth.type, QStringLiteral("Basic_Authentication"));
        QCOMPARE(auth.description, QStringLiteral("defines auth params"));
        // Document order, not QJsonObject's alphabetical database/password/server/username.
        QCOMPARE(auth.propertyNames(),
                 QStringList({QStringLiteral("server"),
                              QStringLiteral("username"),
                              QStringLiteral("password"),
                              QStringLiteral("database")}));
        QCOMPARE(auth.requiredPropertyNames(), auth.propertyNames());
        QCOMPARE(auth.secretPropertyNames(), QSet<QString>{QStringLiteral("password")});
        QCOMPARE(auth.property(QStringLiteral("server"))->description,
                 QStringLiteral("IP address or host name of the Amazon Redshift server"));
    }

    void parsesTheMariaDbExcerptWrappedAsAConnectionSpec()
    {
        // The excerpt ends in "]," (doc typo: invalid JSON on its own). As a member followed by another
        // member the comma is legal, so the excerpt is used byte for byte.
        const QByteArray excerpt = fixture(QStringLiteral("mariadb-authSpec-excerpt.txt"));
        QVERIFY(excerpt.trimmed().endsWith("],"));
        const QByteArray wrapped =
            "{\"items\": [{\"id\": \"3000eb99-cd47-43f3-827c-43caf170f015\", \"name\": \"maria-db\",\n" + excerpt
            + "\n\"version\": \"1.0\"}]}";
        const CatalogPage result = CatalogParser::parse(wrapped);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.specs.size(), 1);
        const AuthSpec& auth = result.specs.constFirst().authSpecs.constFirst();
        QCOMPARE(auth.name, QStringLiteral("Connection String Based Authentication"));
        QCOMPARE(auth.type, QStringLiteral("connectionStringAuth"));
        const SchemaProperty* connectionString = auth.property(QStringLiteral("connectionString"));
        QVERIFY(connectionString);
        QVERIFY(connectionString->secret);
        QVERIFY(connectionString->required);
        QCOMPARE(connectionString->pattern,
                 QStringLiteral("^(Server=)(.*)(;Port=)(.*)(;Database=)(.*)(;UID=)(.*)(;PWD=)(.*)"));
        QCOMPARE(connectionString->examples.first().toString(),
                 QStringLiteral("Server=<host>;Port=<port>;Database=<database>;UID=<user name>;PWD=<password>"));

        // As the doc prints it, the trailing comma closes the object: rejected with a message, not a crash.
        const CatalogPage broken = CatalogParser::parse("{\"items\": [{\"id\": \"x\", " + excerpt + "}]}");
        QVERIFY(!broken.documentValid);
        QVERIFY(broken.specs.isEmpty());
        QCOMPARE(broken.errors.size(), 1);
        QVERIFY2(broken.errors.constFirst().startsWith(QStringLiteral("The connection-spec list is not valid JSON: ")),
                 qPrintable(broken.errors.constFirst()));
    }

    void parsesTheOpenApiDynamicsObject()
    {
        // A single ConnectionSpecItemDTO (no "items"), with attributes, sourceSpec and permissionsInfo.
        const CatalogPage result =
            CatalogParser::parse(fixture(QStringLiteral("openapi-dynamics-connectionSpec.json")));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.specs.size(), 1);
        const ConnectionSpec& spec = result.specs.constFirst();
        QCOMPARE(spec.id, QStringLiteral("44c6e8ec-54e8-4813-a472-93c6cf29c3d7"));
        QCOMPARE(spec.category, QStringLiteral("CRM"));
        QVERIFY(spec.isSource);
        QCOMPARE(spec.documentationUrl,
                 QUrl(QStringLiteral("http://www.adobe.com/go/data-connector-Microsoft-Dynamics-en")));
        QCOMPARE(spec.iconName(), QStringLiteral("x-office-address-book"));
        const AuthSpec& auth = spec.authSpecs.constFirst();
        QCOMPARE(auth.name, QStringLiteral("Basic Authentication for Dynamics-Online"));
        // Properties in document order even though "required" lists them in another order.
        QCOMPARE(auth.propertyNames(),
                 QStringList({QStringLiteral("serviceUri"), QStringLiteral("username"), QStringLiteral("password")}));
        QCOMPARE(auth.requiredPropertyNames(), auth.propertyNames());
        QVERIFY(!spec.sourceJson.isEmpty());
    }

    void readsDisplayDataFromAttributes()
    {
        const QByteArray item = j("{'id': 'a-b', 'name': 'slug-name', 'version': 2, 'attributes': {"
                                  "'connectorName': 'Pretty Name', 'displayName': 'Other', 'category': 'Cloud Storage',"
                                  "'isSource': true, 'description': 'Files.',"
                                  "'uiAttributes': {'documentationLink': 'https://example.com/doc'}},"
                                  "'authSpec': [{'name': 'A', 'spec': {'properties': {}}}]}");
        const CatalogPage result = CatalogParser::parse(page({item}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        const ConnectionSpec& spec = result.specs.constFirst();
        QCOMPARE(spec.displayName, QStringLiteral("Pretty Name"));
        QCOMPARE(spec.category, QStringLiteral("Cloud Storage"));
        QCOMPARE(spec.description, QStringLiteral("Files."));
        QCOMPARE(spec.version, QStringLiteral("2"));
        QVERIFY(spec.isSource);
        QCOMPARE(spec.documentationUrl, QUrl(QStringLiteral("https://example.com/doc")));
        QCOMPARE(spec.iconName(), QStringLiteral("folder-remote"));

        // attributes.displayName when there is no connectorName; a non-web documentation link is ignored.
        const QByteArray other =
            j("{'id': 'c', 'name': 'n', 'attributes': {'displayName': 'Shown',"
              "'documentationLink': 'file:///etc/passwd'}, 'authSpec': [{'name': 'A', 'spec': {}}]}");
        const ConnectionSpec second = CatalogParser::parse(page({other})).specs.constFirst();
        QCOMPARE(second.displayName, QStringLiteral("Shown"));
        QVERIFY(second.documentationUrl.isEmpty());
    }

    void doubledWordInANameIsShownOnce()
    {
        // As one of Adobe's pages names Data Explorer; names, titles and defaults repeat it otherwise.
        const QByteArray item =
            j("{'id': 'adx', 'name': 'azure-data-explorer', 'attributes': {"
              "'connectorName': 'Azure Azure Data Explorer'}, 'authSpec': [{'name': 'A', 'spec': {}}]}");
        QCOMPARE(CatalogParser::parse(page({item})).specs.constFirst().displayName,
                 QStringLiteral("Azure Data Explorer"));
    }

    void keepsPropertyOrderWithEscapedAndUnicodeKeys()
    {
        const CatalogPage result = CatalogParser::parse(page({itemWithProperties(
            "{\"zeta\": {}, \"na\\u00efve\": {}, \"a/b\": {}, \"tilde~\": {}, "
            "\"Alpha\": {\"type\": \"string\", \"properties\": {\"nested\": {}}}, \"quote\\\"d\": {}}")}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.specs.constFirst().authSpecs.constFirst().propertyNames(),
                 QStringList({QStringLiteral("zeta"),
                              QString::fromUtf8("na\xc3\xafve"),
                              QStringLiteral("a/b"),
                              QStringLiteral("tilde~"),
                              QStringLiteral("Alpha"),
                              QStringLiteral("quote\"d")}));
    }

    void keepsOrderPerItemAndPerAuthSpec()
    {
        const QByteArray first = j("{'id': 'one', 'authSpec': [\n"
                                   "            {'name': 'X', 'spec': {'properties': {'c': {}, 'a': {}, 'b': {}}}},\n"
                                   "            {'name': 'Y', 'spec': {'properties': {'b': {}, 'c': {}, 'a': {}}}}]}");
        const QByteArray second =
            j("{'id': 'two', 'authSpec': [{'name': 'X', 'spec': {'properties': {'y': {}, 'x': {}}}}]}");
        const CatalogPage result = CatalogParser::parse(page({first, second}));
        QCOMPARE(result.specs.size(), 2);
        QCOMPARE(result.specs.at(0).authSpecs.at(0).propertyNames().join(u','), QStringLiteral("c,a,b"));
        QCOMPARE(result.specs.at(0).authSpecs.at(1).propertyNames().join(u','), QStringLiteral("b,c,a"));
        QCOMPARE(result.specs.at(1).authSpecs.at(0).propertyNames().join(u','), QStringLiteral("y,x"));
        // The item's own text for the cache, compact, its key order kept.
        QCOMPARE(result.specs.at(1).sourceJson,
                 QByteArray(R"({"id":"two","authSpec":[{"name":"X","spec":{"properties":{"y":{},"x":{}}}}]})"));
    }

    void repeatedKeysKeepFirstPlaceAndLastValue()
    {
        // As QJsonObject keeps it: the last value of a repeated key; the form keeps its first place.
        const QByteArray item =
            j("{'id': 'dup', 'authSpec': [{'name': 'Old', 'spec': {'properties': {'x': {}}}}],\n"
              " 'authSpec': [{'name': 'A', 'spec': {'properties': {'b': {'type': 'integer'}, 'a': {},\n"
              "   'b': {'type': 'boolean'}}, 'required': ['b']}}]}");
        const CatalogPage result = CatalogParser::parse(page({item}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        const AuthSpec& auth = result.specs.constFirst().authSpecs.constFirst();
        QCOMPARE(auth.name, QStringLiteral("A"));
        QCOMPARE(auth.propertyNames().join(u','), QStringLiteral("b,a"));
        QCOMPARE(auth.property(QStringLiteral("b"))->type, SchemaProperty::Type::Boolean);
        QCOMPARE(auth.requiredPropertyNames(), QStringList{QStringLiteral("b")});
    }

    void reportsTheParsersMessageForInvalidJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("offset");
        QTest::newRow("trailing comma") << QByteArray("{\"items\": [1,]}")
                                        << QStringLiteral("syntax error while parsing value") << 14;
        QTest::newRow("bad utf-8") << QByteArray("{\"items\": [\"\xc0\x80\"]}")
                                   << QStringLiteral("ill-formed UTF-8 byte") << 13;
        QTest::newRow("number overflow") << QByteArray("{\"items\": [1e999]}")
                                         << QStringLiteral("number overflow parsing '1e999'") << 16;
        QTest::newRow("garbage") << QByteArray("{\"items\": []} {}")
                                 << QStringLiteral("syntax error while parsing value - unexpected '{'") << 15;
        QTest::newRow("too deep") << (QByteArray(1025, '[') + QByteArray(1025, ']'))
                                  << QStringLiteral("it is nested more than 1024 levels deep") << -1;
        QTest::newRow("nul") << QByteArray("{\"items\": []}\0{}", 16) << QStringLiteral("it contains a NUL byte") << 13;
    }

    void reportsTheParsersMessageForInvalidJson()
    {
        // The message names the problem and its byte offset.
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QFETCH(int, offset);
        const CatalogPage result = CatalogParser::parse(json);
        QVERIFY(!result.documentValid);
        QCOMPARE(result.errors.size(), 1);
        const QString& message = result.errors.constFirst();
        QVERIFY2(message.startsWith(QStringLiteral("The connection-spec list is not valid JSON: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        // Where the parser gives no offset (nesting), the message names none.
        QVERIFY2(message.endsWith(offset < 0 ? problem + u'.' : QStringLiteral(" (at byte %1).").arg(offset)),
                 qPrintable(message));
    }

    // Which texts are JSON documents at all (moved here with the hand-written reader they once tested).
    void acceptsStrictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("space around") << QByteArray(" \t\r\n{ \"items\" : [ ] }\n ");
        QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf{\"items\": []}");
        QTest::newRow("literals and nesting")
            << QByteArray("{\"items\": [], \"x\": [true, false, null, {\"b\": {}}, [], [[]], \"\"]}");
        QTest::newRow("escapes") << QByteArray(
            "{\"items\": [], \"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}");
        QTest::newRow("utf-8") << QByteArray("{\"items\": [], \"s\": \"caf\xc3\xa9 \xf0\x9f\x98\x80\"}");
        QTest::newRow("numbers") << QByteArray("{\"items\": [], \"n\": [0, -0, 1.5e3, -1.25E-2, 9007199254740993, "
                                               "9223372036854775808, 4.9e-324]}");
        QTest::newRow("1024 levels") << ("{\"items\": [], \"x\": " + QByteArray(1023, '[') + QByteArray(1023, ']')
                                         + "}");
    }

    void acceptsStrictJson()
    {
        QFETCH(QByteArray, json);
        const CatalogPage result = CatalogParser::parse(json);
        QVERIFY2(result.documentValid, qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.errors.isEmpty());
    }

    void rejectsWhatIsNotStrictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf");
        QTest::newRow("second document") << QByteArray("{}{}");
        QTest::newRow("nul after") << QByteArray("{}\0", 3);
        QTest::newRow("unterminated object") << QByteArray("{\"items\": [] ");
        QTest::newRow("trailing comma, object") << QByteArray("{\"items\": [],}");
        QTest::newRow("missing colon") << QByteArray("{\"items\" []}");
        QTest::newRow("unquoted key") << QByteArray("{items: []}");
        QTest::newRow("single quotes") << QByteArray("{'items': []}");
        QTest::newRow("True") << QByteArray("{\"items\": [True]}");
        QTest::newRow("leading dot") << QByteArray("{\"items\": [.5]}");
        QTest::newRow("leading zero") << QByteArray("{\"items\": [01]}");
        QTest::newRow("plus") << QByteArray("{\"items\": [+1]}");
        QTest::newRow("NaN") << QByteArray("{\"items\": [NaN]}");
        QTest::newRow("underflow is fine, overflow is not") << QByteArray("{\"items\": [-1e400]}");
        QTest::newRow("short \\u") << QByteArray("{\"items\": [\"\\u00e\"]}");
        QTest::newRow("unknown escape") << QByteArray("{\"items\": [\"\\x\"]}");
        QTest::newRow("lone surrogate escape") << QByteArray("{\"items\": [\"a\\ud800b\"]}");
        QTest::newRow("raw control character") << QByteArray("{\"items\": [\"a\x01\"]}");
        QTest::newRow("lone continuation byte") << QByteArray("{\"items\": [\"\x80\"]}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"items\": [\"\xed\xa0\x80\"]}");
        QTest::newRow("above U+10FFFF") << QByteArray("{\"items\": [\"\xf4\x90\x80\x80\"]}");
        QTest::newRow("truncated sequence") << QByteArray("{\"items\": [\"\xe2\x82\"]}");
        QTest::newRow("0xff") << QByteArray("{\"items\": [\"\xff\"]}");
        QTest::newRow("comments") << QByteArray("{\"items\": [] /* no */}");
    }

    void rejectsWhatIsNotStrictJson()
    {
        QFETCH(QByteArray, json);
        const CatalogPage result = CatalogParser::parse(json);
        QVERIFY(!result.documentValid);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.constFirst().startsWith(QStringLiteral("The connection-spec list is not valid JSON: ")),
                 qPrintable(result.errors.constFirst()));
    }

    void manyPropertiesAndRequiredNamesStayLinear()
    {
        // 40,000 properties, all required: a quadratic lookup would take minutes.
        const int count = 40000;
        QByteArray properties("{");
        QByteArray required("[");
        for (int i = 0; i < count; ++i) {
            const QByteArray name = "\"p" + QByteArray::number(count - i) + '"';
            properties += (i ? "," : "") + name + ": {}";
            required += (i ? "," : "") + name;
        }
        QElapsedTimer timer;
        timer.start();
        const CatalogPage result = CatalogParser::parse(page({itemWithProperties(properties + '}', required + ']')}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        const AuthSpec& auth = result.specs.constFirst().authSpecs.constFirst();
        QCOMPARE(auth.properties.size(), count);
        QCOMPARE(auth.properties.constFirst().name, QStringLiteral("p%1").arg(count));
        QCOMPARE(auth.requiredPropertyNames().size(), count);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void readsSupportedKeywords()
    {
        const CatalogPage result = CatalogParser::parse(page({itemWithProperties(
            j("{\n"
              "            'port': {'type': 'integer', 'title': 'Port', 'description': 'TCP port', 'default': 9042,\n"
              "                     'minimum': 1, 'maximum': 65535, 'examples': [9042]},\n"
              "            'ratio': {'type': 'number', 'minimum': 0.5},\n"
              "            'ssl': {'type': 'boolean', 'default': true},\n"
              "            'mode': {'type': 'string', 'enum': ['a', 'b'], 'default': 'b'},\n"
              "            'key': {'type': 'string', 'format': 'password', 'minLength': 4, 'maxLength': 8,\n"
              "                    'pattern': '^[a-z]+$', 'x-patternDescription': 'lower-case letters'},\n"
              "            'nullable': {'type': ['string', 'null']},\n"
              "            'untyped': {}\n"
              "        }"),
            j("['port', 'key']"))}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        const AuthSpec& auth = result.specs.constFirst().authSpecs.constFirst();
        const SchemaProperty* port = auth.property(QStringLiteral("port"));
        QCOMPARE(port->type, SchemaProperty::Type::Integer);
        QCOMPARE(port->title, QStringLiteral("Port"));
        QCOMPARE(port->defaultValue.toInt(), 9042);
        QCOMPARE(*port->minimum, 1.0);
        QCOMPARE(*port->maximum, 65535.0);
        QVERIFY(port->required);
        QCOMPARE(auth.property(QStringLiteral("ratio"))->type, SchemaProperty::Type::Number);
        QCOMPARE(auth.property(QStringLiteral("ssl"))->type, SchemaProperty::Type::Boolean);
        QVERIFY(auth.property(QStringLiteral("ssl"))->defaultValue.toBool());
        QCOMPARE(auth.property(QStringLiteral("mode"))->enumValues.size(), 2);
        const SchemaProperty* key = auth.property(QStringLiteral("key"));
        QVERIFY(key->secret);
        QCOMPARE(*key->minLength, 4);
        QCOMPARE(*key->maxLength, 8);
        QCOMPARE(key->patternDescription, QStringLiteral("lower-case letters"));
        QCOMPARE(auth.property(QStringLiteral("nullable"))->type, SchemaProperty::Type::String);
        QCOMPARE(auth.property(QStringLiteral("untyped"))->type, SchemaProperty::Type::String);
        QVERIFY(!auth.property(QStringLiteral("untyped"))->required);
    }

    void ignoresUnknownKeywords()
    {
        const CatalogPage result = CatalogParser::parse(page({itemWithProperties(j(
            "{\n"
            "            'host': {'type': 'string', 'format': 'hostname', 'order': 3, 'airbyte_secret': true, 'const': "
            "5,\n"
            "                     'x-vendor': {'deep': [1, 2, {'x': null}]}, '$comment': 'hi', 'exclusiveMinimum': 2,\n"
            "                     'oneOf': [{'type': 'object'}]}\n"
            "        }"))}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        const SchemaProperty* host = result.specs.constFirst().authSpecs.constFirst().property(QStringLiteral("host"));
        QVERIFY(host);
        QVERIFY(!host->secret); // only "format": "password" marks a secret
        QCOMPARE(host->type, SchemaProperty::Type::String);
    }

    void rejectsMalformedSpecsWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QString>("message");

        const QString probe =
            QStringLiteral("Connection spec \u201cProbe\u201d (11111111-2222-3333-4444-555555555555), "
                           "auth spec \u201cProbe Auth\u201d: ");
        auto property = [&](const char* name, const QString& problem) {
            return probe
                + QStringLiteral("property \u201c%1\u201d: %2; it was skipped.").arg(QLatin1String(name), problem);
        };

        QTest::newRow("not an object") << QByteArray("42")
                                       << QStringLiteral("Catalog entry 1 is not a JSON object; it was skipped.");
        QTest::newRow("no id") << QByteArray(j("{'name': 'nameless-id', 'authSpec': [{'name': 'A', 'spec': {}}]}"))
                               << QStringLiteral(
                                      "Connection spec \u201cnameless-id\u201d has no \u201cid\u201d; it was skipped.");
        QTest::newRow("unsafe id")
            << QByteArray(j("{'id': '../../x', 'name': 'evil', 'authSpec': [{'name': 'A', 'spec': {}}]}"))
            << QStringLiteral("Connection spec \u201cevil\u201d (../../x): the id may only contain letters, "
                              "digits, \u201c.\u201d, \u201c_\u201d and \u201c-\u201d; the spec was skipped.");
        QTest::newRow("authSpec not a list")
            << j("{'id': 'abc', 'name': 'bare', 'authSpec': {'name': 'A'}}")
            << QStringLiteral(
                   "Connection spec \u201cbare\u201d (abc): \u201cauthSpec\u201d is not a list; the spec was "
                   "skipped.");
        QTest::newRow("auth spec without name")
            << QByteArray(j("{'id': 'abc', 'name': 'n', 'authSpec': [{'spec': {}}]}"))
            << QStringLiteral(
                   "Connection spec \u201cn\u201d (abc), auth spec 1: it has no \u201cname\u201d; it was skipped.");
        QTest::newRow("auth spec without schema")
            << QByteArray(j("{'id': 'abc', 'name': 'n', 'authSpec': [{'name': 'A'}]}"))
            << QStringLiteral(
                   "Connection spec \u201cn\u201d (abc), auth spec \u201cA\u201d: it has no \u201cspec\u201d "
                   "schema object; it was skipped.");
        QTest::newRow("schema not an object type")
            << QByteArray(j("{'id': 'abc', 'name': 'n', 'authSpec': [{'name': 'A', 'spec': {'type': 'array'}}]}"))
            << QStringLiteral(
                   "Connection spec \u201cn\u201d (abc), auth spec \u201cA\u201d: the schema\u2019s \u201ctype\u201d "
                   "must be \u201cobject\u201d; it was skipped.");
        QTest::newRow("properties not an object")
            << itemWithProperties("[]")
            << probe + QStringLiteral("\u201cproperties\u201d must be an object; it was skipped.");
        QTest::newRow("required not a list")
            << itemWithProperties(j("{'a': {}}"), j("'a'"))
            << probe + QStringLiteral("\u201crequired\u201d must be a list of property names; it was skipped.");
        QTest::newRow("required names a missing property") << itemWithProperties(j("{'a': {}}"), j("['a', 'b']"))
                                                           << probe
                + QStringLiteral("\u201crequired\u201d names \u201cb\u201d, which is not a property; it was skipped.");
        QTest::newRow("property not an object")
            << itemWithProperties(j("{'a': 'string'}")) << property("a", QStringLiteral("it is not a JSON object"));
        QTest::newRow("unsupported type")
            << itemWithProperties(j("{'a': {'type': 'object'}}"))
            << property(
                   "a",
                   QStringLiteral("type \u201cobject\u201d is not supported (string, integer, number or boolean)"));
        QTest::newRow("several types") << itemWithProperties(j("{'a': {'type': ['string', 'integer']}}"))
                                       << property("a", QStringLiteral("a list of several types is not supported"));
        QTest::newRow("bad regex")
            << itemWithProperties(j("{'a': {'type': 'string', 'pattern': '([a-z'}}"))
            << property("a",
                        QStringLiteral(
                            "the pattern does not compile (missing terminating ] for character class at position 5)"));
        QTest::newRow("pattern not text") << itemWithProperties(j("{'a': {'pattern': 5}}"))
                                          << property("a", QStringLiteral("\u201cpattern\u201d must be text"));
        QTest::newRow("title not text") << itemWithProperties(j("{'a': {'title': ['x']}}"))
                                        << property("a", QStringLiteral("\u201ctitle\u201d must be text"));
        QTest::newRow("negative minLength")
            << itemWithProperties(j("{'a': {'minLength': -1}}"))
            << property("a", QStringLiteral("\u201cminLength\u201d must be a whole number of 0 or more"));
        QTest::newRow("minLength above maxLength")
            << itemWithProperties(j("{'a': {'minLength': 5, 'maxLength': 2}}"))
            << property("a", QStringLiteral("\u201cminLength\u201d is greater than \u201cmaxLength\u201d"));
        QTest::newRow("minimum not a number") << itemWithProperties(j("{'a': {'type': 'integer', 'minimum': '1'}}"))
                                              << property("a", QStringLiteral("\u201cminimum\u201d must be a number"));
        QTest::newRow("minimum above maximum")
            << itemWithProperties(j("{'a': {'type': 'integer', 'minimum': 9, 'maximum': 1}}"))
            << property("a", QStringLiteral("\u201cminimum\u201d is greater than \u201cmaximum\u201d"));
        QTest::newRow("default of the wrong type")
            << itemWithProperties(j("{'port': {'type': 'integer', 'default': '9042'}}"))
            << property("port", QStringLiteral("the default value is not of type \u201cinteger\u201d"));
        QTest::newRow("fractional integer default")
            << itemWithProperties(j("{'port': {'type': 'integer', 'default': 1.5}}"))
            << property("port", QStringLiteral("the default value is not of type \u201cinteger\u201d"));
        QTest::newRow("default outside the enum")
            << itemWithProperties(j("{'m': {'enum': ['a'], 'default': 'b'}}"))
            << property("m", QStringLiteral("the default value is not one of the \u201cenum\u201d values"));
        QTest::newRow("empty enum") << itemWithProperties(j("{'m': {'enum': []}}"))
                                    << property("m", QStringLiteral("\u201cenum\u201d must be a non-empty list"));
        QTest::newRow("enum of the wrong type")
            << itemWithProperties(j("{'m': {'type': 'integer', 'enum': [1, '2']}}"))
            << property("m", QStringLiteral("an \u201cenum\u201d value is not of type \u201cinteger\u201d"));
        QTest::newRow("examples not a list") << itemWithProperties(j("{'a': {'examples': 'x'}}"))
                                             << property("a", QStringLiteral("\u201cexamples\u201d must be a list"));
        QTest::newRow("secret integer")
            << itemWithProperties(j("{'pin': {'type': 'integer', 'format': 'password'}}"))
            << property("pin",
                        QStringLiteral(
                            "\u201cformat\u201d: \u201cpassword\u201d needs \u201ctype\u201d: \u201cstring\u201d"));
    }

    void rejectsMalformedSpecsWithAMessage()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, message);
        // One bad spec never rejects the others.
        const CatalogPage result = CatalogParser::parse(page({item, kGoodItem}));
        QVERIFY(result.documentValid);
        QVERIFY2(result.errors.contains(message), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.specs.size(), 1);
        QCOMPARE(result.specs.constFirst().id, QStringLiteral("99999999-0000-0000-0000-000000000000"));
    }

    void ignoresSpecsThatAreNotForBaseConnections()
    {
        // A live listing holds destinations and sources without a base connection: left out, not errors.
        const CatalogPage result = CatalogParser::parse(page(
            {j("{'id': 'destination', 'attributes': {'isSource': false}, 'authSpec': [{'name': 'A', 'spec': {}}]}"),
             j("{'id': 'landing-zone', 'name': 'Data Landing Zone'}"),
             j("{'id': 'empty', 'authSpec': []}"),
             j("{'id': 'null', 'authSpec': null}"),
             kGoodItem}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.ignoredIds,
                 QStringList({QStringLiteral("destination"),
                              QStringLiteral("landing-zone"),
                              QStringLiteral("empty"),
                              QStringLiteral("null")}));
        QCOMPARE(result.specs.size(), 1);
    }

    void dropsOnlyTheBadAuthSpec()
    {
        const QByteArray item = j("{'id': 'two-ways', 'name': 'Two', 'authSpec': [\n"
                                  "            {'name': 'Good', 'spec': {'properties': {'a': {}}}},\n"
                                  "            {'name': 'Bad', 'spec': {'properties': {'a': {'pattern': '(('}}}},\n"
                                  "            {'name': 'Good', 'spec': {'properties': {'b': {}}}}]}");
        const CatalogPage result = CatalogParser::parse(page({item}));
        QCOMPARE(result.specs.size(), 1);
        QCOMPARE(result.specs.constFirst().authSpecNames(), QStringList{QStringLiteral("Good")});
        QCOMPARE(result.errors.size(), 2);
        QVERIFY(result.errors.at(0).contains(
            QStringLiteral("auth spec \u201cBad\u201d: property \u201ca\u201d: the pattern does not compile")));
        QVERIFY(result.errors.at(1).contains(QStringLiteral("the auth spec name \u201cGood\u201d appears twice")));
    }

    void rejectsDocumentsThatAreNotAResponse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The connection-spec list is not valid JSON: ");
        QTest::newRow("html") << QByteArray("<html>Gateway Timeout</html>")
                              << QStringLiteral("The connection-spec list is not valid JSON: ");
        QTest::newRow("array") << QByteArray(
            "[]") << QStringLiteral("The connection-spec list must be a JSON object with an \u201citems\u201d list.");
        QTest::newRow("items not a list")
            << QByteArray(j("{'items': {}}"))
            << QStringLiteral("The connection-spec list\u2019s \u201citems\u201d is not a list.");
        QTest::newRow("error envelope") << QByteArray(
            j("{'error_code': '403010', 'message': 'Oauth token is missing.'}"))
                                        << QStringLiteral("The connection-spec list has no \u201citems\u201d.");
    }

    void rejectsDocumentsThatAreNotAResponse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const CatalogPage result = CatalogParser::parse(json);
        QVERIFY(!result.documentValid);
        QVERIFY(result.specs.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.constFirst().startsWith(message), qPrintable(result.errors.constFirst()));
    }

    void survivesDeepNesting()
    {
        // Beyond the nesting limit: a document error, not a stack overflow.
        const QByteArray deep = "{\"items\": " + QByteArray(200000, '[') + QByteArray(200000, ']') + "}";
        CatalogPage result = CatalogParser::parse(deep);
        QVERIFY(!result.documentValid);
        QCOMPARE(result.errors.size(), 1);

        // Deep but allowed nesting inside an unknown keyword: parsed, ignored.
        const int depth = 500;
        const QByteArray nested = QByteArray("{\"x\":").repeated(depth) + "1" + QByteArray(depth, '}');
        result = CatalogParser::parse(page({itemWithProperties("{\"a\": {\"x-deep\": " + nested + "}, \"b\": {}}")}));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.specs.constFirst().authSpecs.constFirst().propertyNames().join(u','), QStringLiteral("a,b"));
    }

    void handlesHugeInput()
    {
        QList<QByteArray> items;
        for (int i = 0; i < 2000; ++i) {
            QByteArray properties("{");
            for (int p = 0; p < 25; ++p) {
                properties += (p ? "," : "") + QByteArray("\"p") + QByteArray::number(24 - p)
                    + "\": {\"type\": \"string\", \"description\": \"" + QByteArray(100, 'd') + "\"}";
            }
            properties += "}";
            items.append("{\"id\": \"id-" + QByteArray::number(i)
                         + "\", \"authSpec\": [{\"name\": \"A\", \"spec\": {\"properties\": " + properties + "}}]}");
        }
        items.append(itemWithProperties("{\"big\": {\"description\": \"" + QByteArray(8 * 1024 * 1024, 'x') + "\"}}"));
        QElapsedTimer timer;
        timer.start();
        const CatalogPage result = CatalogParser::parse(page(items));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.mid(0, 3).join(u'\n')));
        QCOMPARE(result.specs.size(), 2001);
        QCOMPARE(result.specs.at(1999).authSpecs.constFirst().propertyNames().constFirst(), QStringLiteral("p24"));
        QCOMPARE(result.specs.constLast().authSpecs.constFirst().properties.constFirst().description.size(),
                 8 * 1024 * 1024);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCatalogParser)
#include "tst_catalogparser.moc"
