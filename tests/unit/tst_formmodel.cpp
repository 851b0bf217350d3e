#include "QtJson.h"

#include "catalog/CatalogParser.h"
#include "forms/FormModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Inlet;
using InletTest::qtJson;

namespace {

QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

// An auth spec from the properties object (single-quoted JSON), parsed the way the catalog is.
AuthSpec authSpec(const char* properties, const char* required = "[]")
{
    const CatalogPage page = CatalogParser::parse(
        j("{'items': [{'id': 'test', 'authSpec': [{'name': 'Test Auth', 'spec': {'type': 'object', 'properties': ")
        + j(properties) + j(", 'required': ") + j(required) + "}}]}]}");
    if (!page.errors.isEmpty() || page.specs.isEmpty()) {
        qFatal("bad test spec: %s", qPrintable(page.errors.join(u'\n')));
    }
    return page.specs.constFirst().authSpecs.constFirst();
}

const char* kServiceSpec =
    "{"
    "'host': {'type': 'string', 'description': 'The host name.', 'examples': ['db.example.com']},"
    "'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535, 'default': 9042},"
    "'tenant': {'type': 'string', 'pattern': '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',"
    "  'x-patternDescription': 'a GUID like 00000000-0000-0000-0000-000000000000'},"
    "'code': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'examples': ['ABC']},"
    "'pin': {'type': 'string', 'format': 'password', 'pattern': '^[0-9]+$'},"
    "'nickname': {'type': 'string', 'minLength': 2, 'maxLength': 5},"
    "'ratio': {'type': 'number', 'minimum': 0, 'maximum': 1},"
    "'retries': {'type': 'integer', 'minimum': 0},"
    "'timeout': {'type': 'integer'},"
    "'enableSsl': {'type': 'boolean'},"
    "'mode': {'type': 'string', 'enum': ['fast', 'safe']},"
    "'level': {'type': 'integer', 'enum': [1, 2, 3]},"
    "'servicePrincipalKey': {'type': 'string', 'format': 'password', 'title': 'Key'}"
    "}";
const char* kServiceRequired = "['host', 'port', 'tenant', 'enableSsl', 'servicePrincipalKey']";

} // namespace

class TestFormModel : public QObject
{
    Q_OBJECT

private slots:
    void humanisesPropertyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("camel") << QStringLiteral("servicePrincipalKey") << QStringLiteral("Service principal key");
        QTest::newRow("id") << QStringLiteral("clusterId") << QStringLiteral("Cluster ID");
        QTest::newRow("digit") << QStringLiteral("s3AccessKey") << QStringLiteral("S3 access key");
        QTest::newRow("sas uri") << QStringLiteral("sasUri") << QStringLiteral("SAS URI");
        QTest::newRow("http") << QStringLiteral("httpPath") << QStringLiteral("HTTP path");
        QTest::newRow("ssl") << QStringLiteral("enableSsl") << QStringLiteral("Enable SSL");
        QTest::newRow("single word") << QStringLiteral("host") << QStringLiteral("Host");
        QTest::newRow("user name") << QStringLiteral("userName") << QStringLiteral("User name");
        QTest::newRow("trailing id") << QStringLiteral("largeResultsDataSetId")
                                     << QStringLiteral("Large results data set ID");
        QTest::newRow("upper run") << QStringLiteral("HTTPPath") << QStringLiteral("HTTP path");
        QTest::newRow("url") << QStringLiteral("serviceUrl") << QStringLiteral("Service URL");
        QTest::newRow("snake") << QStringLiteral("client_secret") << QStringLiteral("Client secret");
        QTest::newRow("kebab") << QStringLiteral("api-key") << QStringLiteral("API key");
        QTest::newRow("acronym first") << QStringLiteral("sslMode") << QStringLiteral("SSL mode");
        QTest::newRow("unknown acronym") << QStringLiteral("MFACode") << QStringLiteral("MFA code");
        QTest::newRow("digits inside") << QStringLiteral("base64Key") << QStringLiteral("Base64 key");
    }

    void humanisesPropertyNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        QCOMPARE(Field::humanise(name), label);
    }

    void fieldsKeepDocumentOrderAndDescribeThemselves()
    {
        const FormModel model(authSpec(kServiceSpec, kServiceRequired));
        QStringList names;
        for (const Field& field : model.fields()) {
            names.append(field.name);
        }
        // The schema's order, with required fields where the document put them (not moved first).
        QCOMPARE(names,
                 QStringList({QStringLiteral("host"),
                              QStringLiteral("port"),
                              QStringLiteral("tenant"),
                              QStringLiteral("code"),
                              QStringLiteral("pin"),
                              QStringLiteral("nickname"),
                              QStringLiteral("ratio"),
                              QStringLiteral("retries"),
                              QStringLiteral("timeout"),
                              QStringLiteral("enableSsl"),
                              QStringLiteral("mode"),
                              QStringLiteral("level"),
                              QStringLiteral("servicePrincipalKey")}));
        const Field* host = model.field(QStringLiteral("host"));
        QCOMPARE(host->label, QStringLiteral("Host"));
        QCOMPARE(host->help, QStringLiteral("The host name."));
        QCOMPARE(host->placeholder, QStringLiteral("db.example.com"));
        QCOMPARE(host->kind, Field::Kind::Text);
        QVERIFY(host->required);
        QCOMPARE(model.field(QStringLiteral("port"))->kind, Field::Kind::Integer);
        QCOMPARE(model.field(QStringLiteral("port"))->defaultValue.toInt(), 9042);
        QCOMPARE(model.field(QStringLiteral("pin"))->kind, Field::Kind::Secret);
        QCOMPARE(model.field(QStringLiteral("ratio"))->kind, Field::Kind::Number);
        QCOMPARE(model.field(QStringLiteral("enableSsl"))->kind, Field::Kind::Boolean);
        QCOMPARE(model.field(QStringLiteral("mode"))->kind, Field::Kind::Choice);
        QCOMPARE(model.field(QStringLiteral("level"))->choiceLabels,
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(model.field(QStringLiteral("servicePrincipalKey"))->label, QStringLiteral("Key")); // title wins
        QVERIFY(!model.field(QStringLiteral("code"))->required);
        QCOMPARE(model.secretFieldNames(),
                 QSet<QString>({QStringLiteral("pin"), QStringLiteral("servicePrincipalKey")}));
        QCOMPARE(model.specName(), QStringLiteral("Test Auth"));
        QCOMPARE(model.defaultValues(), QVariantMap({{QStringLiteral("port"), 9042}}));
    }

    void validatesWithMessagesPeopleUnderstand_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        const QString portRange = QStringLiteral("Port must be a whole number between 1 and 65535");
        QTest::newRow("required text empty") << "host" << QVariant(QString()) << QStringLiteral("Host is required");
        QTest::newRow("required text blank")
            << "host" << QVariant(QStringLiteral("   ")) << QStringLiteral("Host is required");
        QTest::newRow("required text missing") << "host" << QVariant() << QStringLiteral("Host is required");
        QTest::newRow("text ok") << "host" << QVariant(QStringLiteral(" db ")) << QString();
        QTest::newRow("port letters") << "port" << QVariant(QStringLiteral("abc")) << portRange;
        QTest::newRow("port zero") << "port" << QVariant(0) << portRange;
        QTest::newRow("port too big") << "port" << QVariant(QStringLiteral("70000")) << portRange;
        QTest::newRow("port fraction") << "port" << QVariant(QStringLiteral("22.5")) << portRange;
        QTest::newRow("port fractional double") << "port" << QVariant(22.5) << portRange;
        QTest::newRow("port as text ok") << "port" << QVariant(QStringLiteral(" 5432 ")) << QString();
        QTest::newRow("port as number ok") << "port" << QVariant(qlonglong(443)) << QString();
        QTest::newRow("port empty uses its default") << "port" << QVariant(QString()) << QString();
        QTest::newRow("tenant not a guid")
            << "tenant" << QVariant(QStringLiteral("contoso"))
            << QStringLiteral("Tenant must be a GUID like 00000000-0000-0000-0000-000000000000");
        QTest::newRow("tenant guid") << "tenant" << QVariant(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"))
                                     << QString();
        QTest::newRow("pattern without description")
            << "code" << QVariant(QStringLiteral("abcd"))
            << QStringLiteral("Code does not have the expected format, for example ABC");
        QTest::newRow("secret pattern never echoes an example")
            << "pin" << QVariant(QStringLiteral("12a")) << QStringLiteral("Pin does not have the expected format");
        QTest::newRow("optional empty") << "code" << QVariant(QString()) << QString();
        QTest::newRow("too short") << "nickname" << QVariant(QStringLiteral("a"))
                                   << QStringLiteral("Nickname must be at least 2 characters long");
        QTest::newRow("too long") << "nickname" << QVariant(QStringLiteral("abcdef"))
                                  << QStringLiteral("Nickname must be at most 5 characters long");
        QTest::newRow("length counts characters, not bytes")
            << "nickname" << QVariant(QStringLiteral("\u00e9\u00e9\u00e9")) << QString();
        QTest::newRow("number out of range")
            << "ratio" << QVariant(QStringLiteral("1.5")) << QStringLiteral("Ratio must be a number between 0 and 1");
        QTest::newRow("number ok") << "ratio" << QVariant(QStringLiteral("0.25")) << QString();
        QTest::newRow("minimum only") << "retries" << QVariant(-1)
                                      << QStringLiteral("Retries must be a whole number of at least 0");
        QTest::newRow("no bounds") << "timeout" << QVariant(QStringLiteral("soon"))
                                   << QStringLiteral("Timeout must be a whole number");
        QTest::newRow("boolean text") << "enableSsl" << QVariant(QStringLiteral("maybe"))
                                      << QStringLiteral("Enable SSL must be true or false");
        QTest::newRow("boolean false is a value") << "enableSsl" << QVariant(false) << QString();
        QTest::newRow("choice unknown") << "mode" << QVariant(QStringLiteral("slow"))
                                        << QStringLiteral("Mode must be one of: fast, safe");
        QTest::newRow("choice ok") << "mode" << QVariant(QStringLiteral("safe")) << QString();
        QTest::newRow("numeric choice") << "level" << QVariant(qlonglong(2)) << QString();
        QTest::newRow("secret required") << "servicePrincipalKey" << QVariant(QString())
                                         << QStringLiteral("Key is required");
    }

    void validatesWithMessagesPeopleUnderstand()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        const FormModel model(authSpec(kServiceSpec, kServiceRequired));
        QCOMPARE(model.validateField(*model.field(field), value), message);
    }

    void validateListsProblemsInFieldOrder()
    {
        const FormModel model(authSpec(kServiceSpec, kServiceRequired));
        const QList<FieldError> errors = model.validate({{QStringLiteral("tenant"), QStringLiteral("x")},
                                                         {QStringLiteral("enableSsl"), true},
                                                         {QStringLiteral("servicePrincipalKey"), QStringLiteral("k")}});
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0), (FieldError{QStringLiteral("host"), QStringLiteral("Host is required")}));
        QCOMPARE(errors.at(1).field, QStringLiteral("tenant"));
    }

    void buildsTypedTrimmedParams()
    {
        const FormModel model(authSpec(kServiceSpec, kServiceRequired));
        const QVariantMap values{
            {QStringLiteral("host"), QStringLiteral("  db.example.com\n")},
            {QStringLiteral("port"), QStringLiteral(" 5432 ")},
            {QStringLiteral("tenant"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
            {QStringLiteral("code"), QString()}, // optional and empty: left out
            {QStringLiteral("pin"), QStringLiteral("   ")}, // blank counts as empty
            {QStringLiteral("ratio"), QStringLiteral("0.5")},
            {QStringLiteral("retries"), qlonglong(3)},
            {QStringLiteral("enableSsl"), QStringLiteral("true")},
            {QStringLiteral("mode"), QStringLiteral("fast")},
            {QStringLiteral("level"), QStringLiteral("3")},
            {QStringLiteral("servicePrincipalKey"), QStringLiteral(" s3cret ")},
        };
        QVERIFY(model.validate(values).isEmpty());
        const AuthParams ordered = model.toParams(values);
        // In field order (the schema's), the secret marked.
        QStringList fieldOrder;
        for (const Field& field : model.fields()) {
            if (ordered.contains(field.name))
                fieldOrder.append(field.name);
        }
        QCOMPARE(ordered.names(), fieldOrder);
        QCOMPARE(ordered.secretNames(), QSet<QString>({QStringLiteral("servicePrincipalKey")}));
        const QJsonObject params = qtJson(ordered);
        QCOMPARE(params.keys(),
                 QStringList({QStringLiteral("enableSsl"),
                              QStringLiteral("host"),
                              QStringLiteral("level"),
                              QStringLiteral("mode"),
                              QStringLiteral("port"),
                              QStringLiteral("ratio"),
                              QStringLiteral("retries"),
                              QStringLiteral("servicePrincipalKey"),
                              QStringLiteral("tenant")}));
        QCOMPARE(params.value(QLatin1String("host")), QJsonValue(QStringLiteral("db.example.com")));
        QVERIFY(params.value(QLatin1String("port")).isDouble());
        QCOMPARE(params.value(QLatin1String("port")).toInteger(), 5432);
        QCOMPARE(params.value(QLatin1String("ratio")).toDouble(), 0.5);
        QCOMPARE(params.value(QLatin1String("retries")).toInteger(), 3);
        QCOMPARE(params.value(QLatin1String("enableSsl")), QJsonValue(true));
        QCOMPARE(params.value(QLatin1String("mode")), QJsonValue(QStringLiteral("fast")));
        QVERIFY(params.value(QLatin1String("level")).isDouble()); // the enum's own JSON type
        QCOMPARE(params.value(QLatin1String("level")).toInteger(), 3);
        QCOMPARE(params.value(QLatin1String("servicePrincipalKey")), QJsonValue(QStringLiteral("s3cret")));
    }

    void requiredDefaultIsSentWhenLeftEmpty()
    {
        const FormModel model(authSpec(kServiceSpec, kServiceRequired));
        const QJsonObject params = qtJson(model.toParams({{QStringLiteral("port"), QString()}}));
        QCOMPARE(params.value(QLatin1String("port")).toInteger(), 9042);
        QVERIFY(params.value(QLatin1String("port")).isDouble());
        // An optional field with a default that was cleared is left out, as cleared.
        const FormModel optional(authSpec("{'role': {'type': 'string', 'default': 'public'}}"));
        QVERIFY(optional.toParams({{QStringLiteral("role"), QString()}}).isEmpty());
        QCOMPARE(qtJson(optional.toParams({{QStringLiteral("role"), QStringLiteral("public")}}))
                     .value(QLatin1String("role")),
                 QJsonValue(QStringLiteral("public")));
    }

    void patternsAreSearchedNotAnchored()
    {
        // JSON Schema patterns match anywhere unless they anchor themselves (ECMA-262 semantics).
        const FormModel model(authSpec("{'a': {'type': 'string', 'pattern': 'b+'}}"));
        QVERIFY(model.validateField(model.fields().constFirst(), QStringLiteral("abbbc")).isEmpty());
        QVERIFY(!model.validateField(model.fields().constFirst(), QStringLiteral("ac")).isEmpty());
    }

    void catastrophicPatternDoesNotHang()
    {
        // Nested quantifiers backtrack exponentially on a near-miss; PCRE2's match limit ends it.
        const FormModel model(authSpec("{'a': {'type': 'string', 'pattern': '^(a+)+$'},"
                                       " 'b': {'type': 'string', 'pattern': '^(\\\\w+\\\\s?)*$'}}"));
        QElapsedTimer timer;
        timer.start();
        const QString nearMiss = QString(64, u'a') + u'!';
        QVERIFY(!model.validateField(model.fields().at(0), nearMiss).isEmpty());
        QVERIFY(!model.validateField(model.fields().at(1), QString(5000, u'x') + u'!').isEmpty());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFormModel)
#include "tst_formmodel.moc"
