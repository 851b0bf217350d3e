#include "catalog/CatalogParser.h"
#include "catalog/SourceFilterProxyModel.h"
#include "catalog/SourceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Inlet;

namespace {

QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

// A small catalog with accents, categories and descriptions to filter on.
Catalog sampleCatalog()
{
    const CatalogPage page = CatalogParser::parse(j(
        "{'items': ["
        "{'id': 'c1', 'attributes': {'connectorName': 'Zeta Files', 'category': 'Cloud storage',"
        "  'description': 'Fichiers et donn\\u00e9es'}, 'authSpec': [{'name': 'A', 'spec': {}}]},"
        "{'id': 'c2', 'attributes': {'connectorName': '\\u00c9toile DB', 'category': 'Databases',"
        "  'description': 'Relational database'}, 'authSpec': [{'name': 'A', 'spec': {}}, {'name': 'B', 'spec': {}}]},"
        "{'id': 'c3', 'attributes': {'connectorName': 'amazon Things', 'category': 'Databases',"
        "  'description': 'Warehouse', 'documentationLink': 'https://example.com/a'}, 'authSpec': [{'name': 'A', "
        "'spec': {}}]},"
        "{'id': 'c4', 'name': 'M\\u00fcller Stra\\u00dfe', 'authSpec': [{'name': 'A', 'spec': {}}]}"
        "]}"));
    Q_ASSERT(page.errors.isEmpty());
    return Catalog(page.specs);
}

QStringList shownNames(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, 0).data().toString());
    }
    return names;
}

} // namespace

class TestSourceList : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheModelTester()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(Catalog::bundled());
        QCOMPARE(model.rowCount(), 62);
        model.setCatalog(sampleCatalog());
        QCOMPARE(model.rowCount(), 4);
        model.setCatalog(Catalog());
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyPassesTheModelTester()
    {
        SourceListModel model;
        SourceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(0);
        model.setCatalog(Catalog::bundled());
        proxy.setFilterText(QStringLiteral("azure"));
        proxy.setFilterText(QStringLiteral("azure blob"));
        proxy.setFilterText(QString());
        model.setCatalog(sampleCatalog());
        proxy.setFilterText(QStringLiteral("db"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void rolesDescribeEachSource()
    {
        SourceListModel model;
        model.setCatalog(sampleCatalog());
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("\u00c9toile DB"));
        QCOMPARE(second.data(SourceListModel::NameRole), second.data(Qt::DisplayRole));
        QCOMPARE(second.data(SourceListModel::IdRole).toString(), QStringLiteral("c2"));
        QCOMPARE(second.data(SourceListModel::CategoryRole).toString(), QStringLiteral("Databases"));
        QCOMPARE(second.data(SourceListModel::DescriptionRole).toString(), QStringLiteral("Relational database"));
        QCOMPARE(second.data(Qt::ToolTipRole), second.data(SourceListModel::DescriptionRole));
        QCOMPARE(second.data(SourceListModel::IconNameRole).toString(), QStringLiteral("network-server-database"));
        QCOMPARE(second.data(SourceListModel::AuthSpecCountRole).toInt(), 2);
        QCOMPARE(model.index(2).data(SourceListModel::DocumentationUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://example.com/a")));
        QCOMPARE(model.index(0).data(SourceListModel::IconNameRole).toString(), QStringLiteral("folder-remote"));
        QCOMPARE(model.specAt(second)->id, QStringLiteral("c2"));
        QVERIFY(!model.specAt(QModelIndex()));
        QCOMPARE(model.indexOfId(QStringLiteral("c3")).row(), 2);
        QVERIFY(!model.indexOfId(QStringLiteral("nope")).isValid());
        QVERIFY(model.roleNames().contains(SourceListModel::IconNameRole));
    }

    // Each once, sorted ignoring case; a spec without a category adds none.
    void offersTheCatalogsCategories()
    {
        SourceListModel model;
        QVERIFY(model.categories().isEmpty());
        Catalog catalog = sampleCatalog();
        catalog.buildPickerIndex(); // on the worker thread, as the catalog use case does
        model.setCatalog(catalog);
        QCOMPARE(model.categories(), (QStringList{QStringLiteral("Cloud storage"), QStringLiteral("Databases")}));
        QList<ConnectionSpec> specs = sampleCatalog().specs();
        ConnectionSpec lowerCase = specs.first();
        lowerCase.id = QStringLiteral("c5");
        lowerCase.category = QStringLiteral("analytics");
        specs.append(lowerCase);
        model.setCatalog(Catalog(specs)); // without an index: the model builds one
        QCOMPARE(
            model.categories(),
            (QStringList{QStringLiteral("analytics"), QStringLiteral("Cloud storage"), QStringLiteral("Databases")}));
        model.setCatalog(Catalog());
        QVERIFY(model.categories().isEmpty());
    }

    void resettingTheCatalogResetsTheModel()
    {
        SourceListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(sampleCatalog());
        QCOMPARE(reset.count(), 1);
    }

    void filtersIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        const QString zeta = QStringLiteral("Zeta Files");
        const QString etoile = QStringLiteral("\u00c9toile DB");
        const QString amazon = QStringLiteral("amazon Things");
        const QString muller = QStringLiteral("M\u00fcller Stra\u00dfe");
        QTest::newRow("empty shows all") << QString() << QStringList{amazon, etoile, muller, zeta};
        QTest::newRow("accent-free finds accented description") << QStringLiteral("donnees") << QStringList{zeta};
        QTest::newRow("accented finds accented") << QStringLiteral("donn\u00e9es") << QStringList{zeta};
        QTest::newRow("accent-free finds accented name") << QStringLiteral("etoile") << QStringList{etoile};
        QTest::newRow("accent on the query side") << QStringLiteral("\u00e9toile") << QStringList{etoile};
        QTest::newRow("case") << QStringLiteral("AMAZON") << QStringList{amazon};
        QTest::newRow("category") << QStringLiteral("cloud storage") << QStringList{zeta};
        QTest::newRow("category shared") << QStringLiteral("databases") << QStringList{amazon, etoile};
        QTest::newRow("description") << QStringLiteral("warehouse") << QStringList{amazon};
        QTest::newRow("every word must match") << QStringLiteral("db relational") << QStringList{etoile};
        QTest::newRow("words in any order") << QStringLiteral("things amazon") << QStringList{amazon};
        QTest::newRow("umlaut") << QStringLiteral("muller") << QStringList{muller};
        QTest::newRow("sharp s folds to ss") << QStringLiteral("strasse") << QStringList{muller};
        QTest::newRow("surrounding spaces") << QStringLiteral("  zeta  ") << QStringList{zeta};
        QTest::newRow("no match") << QStringLiteral("oracle") << QStringList{};
    }

    void filtersIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        SourceListModel model;
        model.setCatalog(sampleCatalog());
        SourceFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        proxy.setFilterText(text);
        QCOMPARE(proxy.filterText(), text);
        QCOMPARE(shownNames(proxy), names);
    }

    void filteringKeepsTheCurrentRowWhileItMatches()
    {
        SourceListModel model;
        model.setCatalog(sampleCatalog());
        SourceFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const QString amazon = QStringLiteral("amazon Things");
        const QString etoile = QStringLiteral("\u00c9toile DB");
        const QString zeta = QStringLiteral("Zeta Files");
        const QPersistentModelIndex current = proxy.mapFromSource(model.indexOfId(QStringLiteral("c2")));
        QCOMPARE(current.row(), 1);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setFilterText(QStringLiteral("d"));
        QCOMPARE(shownNames(proxy), (QStringList{amazon, etoile, zeta}));
        QCOMPARE(current.data(SourceListModel::IdRole).toString(), QStringLiteral("c2"));
        proxy.setFilterText(QStringLiteral("db")); // typing on searches only the rows still shown
        QCOMPARE(shownNames(proxy), QStringList{etoile});
        QCOMPARE(current.row(), 0);
        QCOMPARE(proxy.mapToSource(current).row(), 1);
        proxy.setFilterText(QStringLiteral("dbx"));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!current.isValid());
        proxy.setFilterText(QStringLiteral("d")); // deleting searches every row again
        QCOMPARE(shownNames(proxy), (QStringList{amazon, etoile, zeta}));
        QCOMPARE(layouts.count(), 4); // one layout change per keystroke, no row-by-row signals
    }

    void foldsText()
    {
        QCOMPARE(SourceFilterProxyModel::fold(QStringLiteral("Donn\u00e9es \u00c0 \u00c7a")),
                 QStringLiteral("donnees a ca"));
        QCOMPARE(SourceFilterProxyModel::fold(QStringLiteral("e\u0301")), QStringLiteral("e")); // already decomposed
        QCOMPARE(SourceFilterProxyModel::fold(QStringLiteral("\ufb01le")), QStringLiteral("file")); // ligature
    }

    void filtersTheBundledCatalog()
    {
        SourceListModel model;
        model.setCatalog(Catalog::bundled());
        SourceFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        proxy.setFilterText(QStringLiteral("databricks"));
        QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("Databricks")});
        proxy.setFilterText(QStringLiteral("sftp"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SourceListModel::IdRole).toString(),
                 QStringLiteral("b7bf2577-4520-42c9-bae9-cad01560f7bc"));
        proxy.setFilterText(QString());
        // Sorted by display name, case-insensitively.
        const QStringList all = shownNames(proxy);
        QStringList sorted = all;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(all, sorted);
        QCOMPARE(all.constFirst(), QStringLiteral("Amazon Kinesis"));
    }
};

QTEST_GUILESS_MAIN(TestSourceList)
#include "tst_sourcelist.moc"
