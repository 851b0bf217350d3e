#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"
#include "forms/FormModel.h"
#include "tst_catalog_samples.h"

#include "QtJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;
using InletTest::qtJson;

namespace {

QJsonObject fixtureObject(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../data/catalog/") + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QList<ConnectionSpec> parseItems(const QByteArray& json)
{
    const CatalogPage page = CatalogParser::parse(json);
    if (!page.errors.isEmpty()) {
        qWarning() << page.errors;
    }
    return page.specs;
}

const QString kRedshift = QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff");

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogParsesWithoutErrors()
    {
        const Catalog catalog = Catalog::bundled();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(u'\n')));
        // Every documented source with a base connection, one entry per spec id; sources without one
        // (the Data Landing Zone, webhook sources, the HTTP API inlet) are left out (DECISIONS.md).
        QCOMPARE(catalog.size(), 62);
        for (const char* id : {"6ff5654f-19d5-427d-bd3e-c0ebc802389a", "bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb"})
            QVERIFY(!catalog.contains(QLatin1String(id)));
        QVERIFY(!catalog.contains(QStringLiteral("26f526f2-58f4-4712-961d-e41bf1ccc0e8")));
        QSet<QString> ids;
        for (const ConnectionSpec& spec : catalog.specs()) {
            QVERIFY2(!ids.contains(spec.id), qPrintable(spec.id));
            ids.insert(spec.id);
            QVERIFY2(!spec.displayName.isEmpty() && spec.displayName != spec.name, qPrintable(spec.id));
            QVERIFY2(!spec.category.isEmpty(), qPrintable(spec.id));
            QVERIFY2(!spec.description.isEmpty(), qPrintable(spec.id));
            QVERIFY2(spec.documentationUrl.scheme() == QLatin1String("https"), qPrintable(spec.id));
            QCOMPARE(spec.version, QStringLiteral("1.0"));
            QVERIFY(!spec.authSpecs.isEmpty());
            for (const AuthSpec& auth : spec.authSpecs) {
                QVERIFY2(!auth.properties.isEmpty(), qPrintable(spec.id + u' ' + auth.name));
                for (const SchemaProperty& property : auth.properties) {
                    QVERIFY2(!property.title.isEmpty() && !property.description.isEmpty(),
                             qPrintable(spec.id + u' ' + property.name));
                }
            }
        }
    }

    void bundledCatalogUsesOnlyRealTopLevelKeys()
    {
        QFile file(Catalog::bundledResourcePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.keys(), QStringList{QStringLiteral("items")});
        // ConnectionSpecItemDTO's fields (flow-service-openapi.yaml); Inlet's own data lives in attributes.
        const QSet<QString> dto{QStringLiteral("id"),
                                QStringLiteral("name"),
                                QStringLiteral("providerId"),
                                QStringLiteral("version"),
                                QStringLiteral("authSpec"),
                                QStringLiteral("sourceSpec"),
                                QStringLiteral("exploreSpec"),
                                QStringLiteral("attributes"),
                                QStringLiteral("permissionsInfo")};
        for (const QJsonValue item : root.value(QLatin1String("items")).toArray()) {
            for (const QString& key : item.toObject().keys()) {
                QVERIFY2(dto.contains(key), qPrintable(key));
            }
            for (const QJsonValue auth : item.toObject().value(QLatin1String("authSpec")).toArray()) {
                for (const QString& key : auth.toObject().keys()) {
                    QVERIFY2(key == QLatin1String("name") || key == QLatin1String("type")
                                 || key == QLatin1String("spec"),
                             qPrintable(key));
                }
            }
        }
    }

    void secretsAreMarkedPassword()
    {
        static const QRegularExpression secretName(
            QStringLiteral("^(password|servicePrincipalKey|accessToken|connectionString|clientSecret|refreshToken|"
                           "s3SecretKey|s3SessionToken|secretAccessKey|sasUri|privateKeyContent|passPhrase|sasKey|"
                           "clientSecretValue|secretKey|developerToken|securityToken|jwtToken|keyFileContent|"
                           "credentials|privateKey|privateKeyPassphrase)$"));
        int secrets = 0;
        const Catalog catalog = Catalog::bundled();
        for (const ConnectionSpec& spec : catalog.specs()) {
            for (const AuthSpec& auth : spec.authSpecs) {
                for (const SchemaProperty& property : auth.properties) {
                    const bool shouldBeSecret = secretName.match(property.name).hasMatch();
                    QVERIFY2(property.secret == shouldBeSecret, qPrintable(spec.displayName + u' ' + property.name));
                    secrets += property.secret ? 1 : 0;
                }
                QCOMPARE(auth.secretPropertyNames().size(),
                         int(std::count_if(auth.properties.cbegin(),
                                           auth.properties.cend(),
                                           [](const SchemaProperty& p) { return p.secret; })));
            }
        }
        QVERIFY(secrets >= 90);
    }

    void examplesMatchTheirPatterns()
    {
        // A placeholder that the field itself would reject would teach people the wrong format.
        const Catalog catalog = Catalog::bundled();
        for (const ConnectionSpec& spec : catalog.specs()) {
            for (const AuthSpec& auth : spec.authSpecs) {
                const FormModel model(auth);
                for (const Field& field : model.fields()) {
                    for (const QVariant& example : field.property.examples) {
                        const QString problem = model.validateField(field, example);
                        QVERIFY2(problem.isEmpty(), qPrintable(spec.displayName + QStringLiteral(": ") + problem));
                    }
                    if (!field.property.pattern.isEmpty()) {
                        QVERIFY2(!field.property.patternDescription.isEmpty(), qPrintable(field.name));
                    }
                }
            }
        }
    }

    void everyBundledSpecRoundTripsThroughTheFormModel()
    {
        const Catalog catalog = Catalog::bundled();
        for (const ConnectionSpec& spec : catalog.specs()) {
            for (const AuthSpec& auth : spec.authSpecs) {
                const FormModel model(auth);
                const QVariantMap values = CatalogSamples::validValues(model);
                const QList<FieldError> errors = model.validate(values);
                QVERIFY2(errors.isEmpty(),
                         qPrintable(spec.displayName + QStringLiteral(": ") + errors.value(0).message));
                const QJsonObject params = qtJson(model.toParams(values));
                QCOMPARE(model.toParams(values).names(), auth.propertyNames()); // the schema's order
                QStringList expected = auth.propertyNames();
                expected.sort(); // QJsonObject::keys() is sorted
                QCOMPARE(params.keys(), expected);
                for (const SchemaProperty& property : auth.properties) {
                    QVERIFY2(CatalogSamples::hasSchemaType(property, params.value(property.name)),
                             qPrintable(property.name));
                }
            }
        }
    }

    void seedSourcesMatchTheirDocuments_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QStringList>("properties");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("Apache Spark on Azure HDInsights")
            << QStringLiteral("seed-spark-request.json")
            << QStringList{QStringLiteral("host"), QStringLiteral("username"), QStringLiteral("password")}
            << QStringList{QStringLiteral("host"), QStringLiteral("username"), QStringLiteral("password")};
        const QStringList adx{QStringLiteral("endpoint"),
                              QStringLiteral("database"),
                              QStringLiteral("tenant"),
                              QStringLiteral("servicePrincipalId"),
                              QStringLiteral("servicePrincipalKey")};
        QTest::newRow("Azure Data Explorer") << QStringLiteral("seed-data-explorer-request.json") << adx << adx;
        const QStringList databricks{QStringLiteral("domain"),
                                     QStringLiteral("clusterId"),
                                     QStringLiteral("accessToken"),
                                     QStringLiteral("database")};
        QTest::newRow("Databricks") << QStringLiteral("seed-databricks-request.json")
                                    << (QStringList(databricks) << QStringLiteral("catalog")) << databricks;
    }

    void seedSourcesMatchTheirDocuments()
    {
        QFETCH(QString, request);
        QFETCH(QStringList, properties);
        QFETCH(QStringList, required);
        const QJsonObject body = fixtureObject(request);
        const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
        const QJsonObject docParams = auth.value(QLatin1String("params")).toObject();

        const Catalog catalog = Catalog::bundled();
        const ConnectionSpec* spec =
            catalog.find(body.value(QLatin1String("connectionSpec")).toObject().value(QLatin1String("id")).toString());
        QVERIFY(spec);
        QCOMPARE(spec->authSpecs.size(), 1);
        const FormModel model(spec->authSpecs.constFirst());
        QCOMPARE(model.specName(), auth.value(QLatin1String("specName")).toString());
        QCOMPARE(model.authSpec().propertyNames(), properties);
        QCOMPARE(model.authSpec().requiredPropertyNames(), required);

        // Filled with valid values (optional fields left empty, as in the doc's example), the params
        // have exactly the doc's keys and JSON types.
        QVariantMap values;
        for (const Field& field : model.fields()) {
            if (field.required) {
                values.insert(field.name, CatalogSamples::validValue(model, field));
            }
        }
        QVERIFY(model.validate(values).isEmpty());
        const QJsonObject params = qtJson(model.toParams(values));
        QCOMPARE(params.keys(), docParams.keys());
        for (const QString& key : docParams.keys()) {
            QCOMPARE(params.value(key).type(), docParams.value(key).type());
        }
        // The doc's own example values pass validation where they are real values, not {PLACEHOLDERS}.
        if (request == QLatin1String("seed-databricks-request.json")) {
            QVERIFY(model.validate(docParams.toVariantMap()).isEmpty());
            QCOMPARE(qtJson(model.toParams(docParams.toVariantMap())), docParams);
        }
    }

    void typedParamsWhereExamplesSendThem()
    {
        const Catalog catalog = Catalog::bundled();
        const ConnectionSpec* phoenix = catalog.find(QStringLiteral("102706fb-a5cd-42ee-afe0-bc42f017ff43"));
        QVERIFY(phoenix);
        const FormModel phoenixForm(phoenix->authSpecs.constFirst());
        QCOMPARE(phoenixForm.field(QStringLiteral("port"))->kind, Field::Kind::Integer);
        QCOMPARE(phoenixForm.field(QStringLiteral("enableSsl"))->kind, Field::Kind::Boolean);
        QCOMPARE(phoenixForm.field(QStringLiteral("httpPath"))->label, QStringLiteral("HTTP path"));

        const ConnectionSpec* cassandra = catalog.find(QStringLiteral("a8f4d393-1a6b-43f3-931f-91a16ed857f4"));
        const FormModel cassandraForm(cassandra->authSpecs.constFirst());
        // The doc writes "port": "{PORT}" in quotes: a string of digits (DECISIONS.md).
        QCOMPARE(cassandraForm.field(QStringLiteral("port"))->kind, Field::Kind::Text);
        QCOMPARE(cassandraForm.defaultValues().value(QStringLiteral("port")), QVariant(QStringLiteral("9042")));
        QVERIFY(!cassandraForm.validateField(*cassandraForm.field(QStringLiteral("port")), QStringLiteral("90a"))
                     .isEmpty());

        const ConnectionSpec* sftp = catalog.find(QStringLiteral("b7bf2577-4520-42c9-bae9-cad01560f7bc"));
        QCOMPARE(sftp->authSpecNames(),
                 QStringList({QStringLiteral("Basic Authentication for sftp"),
                              QStringLiteral("SSH PublicKey Authentication for sftp")}));
        for (const AuthSpec& auth : sftp->authSpecs) {
            QCOMPARE(auth.property(QStringLiteral("port"))->type, SchemaProperty::Type::Integer);
            QCOMPARE(auth.property(QStringLiteral("maxConcurrentConnections"))->type, SchemaProperty::Type::Integer);
        }
        const ConnectionSpec* blob = catalog.find(QStringLiteral("4c10e202-c428-4796-9208-5f1f5732b1cf"));
        QCOMPARE(blob->authSpecNames(),
                 QStringList({QStringLiteral("ConnectionString"),
                              QStringLiteral("SAS URI Authentication"),
                              QStringLiteral("Service Principal Based Authentication")}));
        for (const AuthSpec& auth : blob->authSpecs) {
            QVERIFY(auth.property(QStringLiteral("container"))->required);
            QVERIFY(auth.property(QStringLiteral("folderPath"))->required);
        }
    }

    void liveSpecsReplaceBundledOnesById()
    {
        Catalog catalog = Catalog::bundled();
        const int bundledCount = catalog.size();
        const QList<ConnectionSpec> live = parseItems(
            j("{'items': ["
              "{'id': '3416976c-a9ca-4bba-901a-1f08f66978ff', 'name': 'amazon-redshift',"
              " 'attributes': {'connectorName': 'Amazon Redshift (live)', 'category': 'Database'},"
              " 'authSpec': [{'name': 'Live Auth', 'spec': {'properties': {'zz': {}, 'aa': {}}}}]},"
              "{'id': 'new-source', 'attributes': {'connectorName': 'Brand New'},"
              " 'authSpec': [{'name': 'A', 'spec': {'properties': {'key': {'format': 'password'}}}}]},"
              "{'id': 'a-destination', 'attributes': {'connectorName': 'Some Destination', 'isSource': false},"
              " 'authSpec': [{'name': 'A', 'spec': {}}]}"
              "]}"));
        QCOMPARE(live.size(), 2); // the destination is not parsed into a source at all

        QCOMPARE(catalog.mergeLive(live), 2);
        QCOMPARE(catalog.size(), bundledCount + 1);
        const ConnectionSpec* redshift = catalog.find(kRedshift);
        QCOMPARE(redshift->displayName, QStringLiteral("Amazon Redshift (live)"));
        QCOMPARE(redshift->authSpecs.constFirst().propertyNames(),
                 QStringList({QStringLiteral("zz"), QStringLiteral("aa")}));
        QVERIFY(catalog.isLive(kRedshift));
        QVERIFY(catalog.contains(QStringLiteral("new-source")));
        QVERIFY(!catalog.contains(QStringLiteral("a-destination")));
        // Bundled specs that the live list does not mention stay (offline fallback).
        QVERIFY(catalog.contains(QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b")));
        QVERIFY(!catalog.isLive(QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b")));
        QCOMPARE(catalog.liveSpecs().size(), 2);
        QCOMPARE(catalog.liveCount(), 2);
        QCOMPARE(catalog.indexOf(QStringLiteral("new-source")), bundledCount); // appended
        QCOMPARE(catalog.specs().at(catalog.indexOf(kRedshift)).displayName, QStringLiteral("Amazon Redshift (live)"));
        QCOMPARE(catalog.indexOf(QStringLiteral("a-destination")), -1);
    }

    void pickerIndexSortsByNameIgnoringAccentsAndCase()
    {
        Catalog catalog(parseItems(
            j("{'items': ["
              "{'id': 'etoile', 'attributes': {'connectorName': '\\u00c9toile', 'description': 'Donn\\u00e9es'},"
              " 'authSpec': [{'name': 'A', 'spec': {}}]},"
              "{'id': 'zulu', 'attributes': {'connectorName': 'zulu'}, 'authSpec': [{'name': 'A', 'spec': {}}]},"
              "{'id': 'alpha', 'attributes': {'connectorName': 'Alpha'}, 'authSpec': [{'name': 'A', 'spec': {}}]}"
              "]}")));
        QVERIFY(!catalog.hasPickerIndex());
        catalog.buildPickerIndex();
        QVERIFY(catalog.hasPickerIndex());
        QStringList sorted;
        for (int rank = 0; rank < catalog.size(); ++rank) {
            sorted << catalog.specs().at(catalog.rowAtRank(rank)).id;
            QCOMPARE(catalog.sortRank(catalog.rowAtRank(rank)), rank);
        }
        QCOMPARE(sorted, (QStringList{QStringLiteral("alpha"), QStringLiteral("etoile"), QStringLiteral("zulu")}));
        QVERIFY(catalog.searchText(catalog.indexOf(QStringLiteral("etoile"))).contains(QStringLiteral("donnees")));
        const Catalog copy = catalog;
        QVERIFY(copy.hasPickerIndex()); // shared by copies
        catalog.mergeLive({});
        QVERIFY(!catalog.hasPickerIndex()); // a merge changes the rows
        QVERIFY(copy.hasPickerIndex());
    }

    void mergeLiveLeavesOutNonSources()
    {
        Catalog catalog = Catalog::bundled();
        ConnectionSpec destination = catalog.specs().constFirst();
        destination.id = QStringLiteral("some-destination");
        destination.isSource = false;
        ConnectionSpec noAuth = destination;
        noAuth.id = QStringLiteral("no-auth");
        noAuth.isSource = true;
        noAuth.authSpecs.clear();
        QCOMPARE(catalog.mergeLive({destination, noAuth}), 0);
        QVERIFY(!catalog.contains(QStringLiteral("some-destination")));
        QVERIFY(!catalog.contains(QStringLiteral("no-auth")));
    }

    void cacheRoundTripsLiveSpecs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/connection-specs.json"));
        Catalog online = Catalog::bundled();
        online.mergeLive(
            parseItems(j("{'items': [{'id': '3416976c-a9ca-4bba-901a-1f08f66978ff',"
                         " 'attributes': {'connectorName': 'Cached Redshift'},"
                         " 'authSpec': [{'name': 'Cached', 'spec': {'properties': {'zz': {}, 'mm': {}, 'aa': {}},"
                         " 'required': ['aa']}}]}]}")));
        QString error;
        QVERIFY2(online.saveCache(path, &error), qPrintable(error));

        Catalog offline = Catalog::bundled();
        QCOMPARE(offline.find(kRedshift)->displayName, QStringLiteral("Amazon Redshift"));
        QVERIFY(offline.loadCache(path));
        QCOMPARE(offline.size(), online.size());
        const ConnectionSpec* redshift = offline.find(kRedshift);
        QCOMPARE(redshift->displayName, QStringLiteral("Cached Redshift"));
        // The cache keeps the text, so the property order survives the trip through disk.
        QCOMPARE(redshift->authSpecs.constFirst().propertyNames().join(u','), QStringLiteral("zz,mm,aa"));
        QVERIFY(offline.isLive(kRedshift));

        // The cache holds only the live specs, in the response shape.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CatalogPage cached = CatalogParser::parse(file.readAll());
        QVERIFY(cached.documentValid);
        QCOMPARE(cached.specs.size(), 1);
    }

    void corruptCacheIsDiscardedWithALogLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\x01 not json", 12);
        QTest::newRow("truncated") << QByteArray(
            "{\"items\": [{\"id\": \"3416976c-a9ca-4bba-901a-1f08f66978ff\", \"auth");
        QTest::newRow("wrong shape") << QByteArray("[1, 2, 3]");
        QTest::newRow("only bad specs") << QByteArray("{\"items\": [{\"id\": \"x\"}, 17]}");
    }

    void corruptCacheIsDiscardedWithALogLine()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("connection-specs.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Catalog catalog = Catalog::bundled();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Discarding the corrupt catalog cache")));
        QVERIFY(!catalog.loadCache(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(catalog.size(), Catalog::bundled().size());
        QVERIFY(catalog.liveSpecs().isEmpty());
    }

    void missingCacheIsQuiet()
    {
        QTemporaryDir dir;
        Catalog catalog = Catalog::bundled();
        QVERIFY(!catalog.loadCache(dir.filePath(QStringLiteral("none.json"))));
        QCOMPARE(catalog.size(), 62);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
