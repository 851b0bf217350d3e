// Where the next page of a Flow Service listing is (platform/Paging).

#include "platform/Paging.h"

#include <QTest>

using namespace Inlet;

namespace {

Json j(const char* text)
{
    return JsonText::parse(QByteArray(text).replace('\'', '"')).root;
}

} // namespace

class TestPaging : public QObject
{
    Q_OBJECT

private slots:
    void readsPagingLinks()
    {
        const Json linked =
            j("{'items': [], '_links': {'next': {'href': '/connectionSpecs?limit=10&continuationToken=ab%2Bc%3D'}}}");
        QCOMPARE(Paging::nextHref(linked), QStringLiteral("/connectionSpecs?limit=10&continuationToken=ab%2Bc%3D"));
        QCOMPARE(Paging::continuationToken(linked), QStringLiteral("ab+c="));

        const Json top = j("{'items': [], 'continuationToken': 'top'}");
        QCOMPARE(Paging::continuationToken(top), QStringLiteral("top"));
        QVERIFY(Paging::nextHref(top).isEmpty());

        QCOMPARE(Paging::continuationToken(j("{'items': [], '_page': {'continuationToken': 'paged', 'count': 1}}")),
                 QStringLiteral("paged"));
        const Json last = j("{'items': []}");
        QVERIFY(Paging::continuationToken(last).isEmpty());
        QVERIFY(Paging::nextHref(last).isEmpty());
    }

    void ignoresLinksOfTheWrongShape()
    {
        QVERIFY(Paging::nextHref(j("{'_links': {'next': 'x'}}")).isEmpty());
        QVERIFY(Paging::nextHref(j("{'_links': {'next': {'href': 7}}}")).isEmpty());
        QVERIFY(Paging::continuationToken(j("{'_page': [], 'continuationToken': 1}")).isEmpty());
        QVERIFY(Paging::continuationToken(j("[]")).isEmpty());
        QVERIFY(Paging::continuationToken(Json()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
