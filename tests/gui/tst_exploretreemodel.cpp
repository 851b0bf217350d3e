// The explore tree's row icons are the style's, and each kind is made once: QStyle::standardIcon()
// builds a new icon on every call, and calling it for every row painted made scrolling a level of
// 10,000 tables mostly icon lookups.
#include "ExploreTreeModel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace Inlet;

class TestExploreTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void rowIconsAreTheStylesMadeOncePerKind()
    {
        ExploreTreeModel model;
        QSignalSpy inserted(&model, &ExploreTreeModel::levelInserted);
        model.setLoading({});
        model.setItems({},
                       {{QStringLiteral("folder"), QStringLiteral("sales"), QStringLiteral("sales")},
                        {QStringLiteral("table"), QStringLiteral("orders"), QStringLiteral("orders")},
                        {QStringLiteral("table"), QStringLiteral("customers"), QStringLiteral("customers")}});
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        const auto icon = [&](int row) { return model.index(row, 0).data(Qt::DecorationRole).value<QIcon>(); };
        // The same icon for every table, and for every call: one per kind, shared.
        QCOMPARE(icon(1).cacheKey(), icon(2).cacheKey());
        QCOMPARE(icon(1).cacheKey(), icon(1).cacheKey());
        QVERIFY(icon(0).cacheKey() != icon(1).cacheKey());
        // And they are the style's.
        const auto pixels = [](const QIcon& of) { return of.pixmap(16, 16).toImage(); };
        QCOMPARE(pixels(icon(0)), pixels(QApplication::style()->standardIcon(QStyle::SP_DirIcon)));
        QCOMPARE(pixels(icon(1)), pixels(QApplication::style()->standardIcon(QStyle::SP_FileIcon)));

        model.setFailed(model.index(0, 0), QStringLiteral("no access"));
        QCOMPARE(pixels(icon(0)), pixels(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)));
        QCOMPARE(icon(0).cacheKey(), icon(0).cacheKey());
    }
};

QTEST_MAIN(TestExploreTreeModel)
#include "tst_exploretreemodel.moc"
