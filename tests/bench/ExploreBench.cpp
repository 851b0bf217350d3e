#include "ExploreBench.h"

#include "AwaitOperation.h"
#include "BenchTable.h"
#include "ExploreTreeModel.h"
#include "Samples.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPaintEvent>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

namespace Inlet::Bench {

namespace {

const QString kMetric = QStringLiteral("explore: expand a root of 10,000 tables");
constexpr int kTables = 10000;

// Notes when the view paints its first rows.
class PaintWatch : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;
    QTreeView* view = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && view && view->model()->rowCount() > 0)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

ExploreBench::ExploreBench(int repetitions)
    : m_repetitions(repetitions)
{
}

void ExploreBench::run(BenchTable& table) const
{
    SimulatorProcess simulator({QStringLiteral("--explore-root-tables"), QString::number(kTables)});
    if (!simulator.start()) {
        table.add(BenchRow::error(kMetric, simulator.errorText()));
        return;
    }
    QNetworkAccessManager network;
    PlatformSession session(&network);
    session.setProfile(simulator.profile());
    session.setSecret(QStringLiteral("bench-client-secret"));
    QString error;
    if (!awaitOperation(session.signIn(), &error)) {
        table.add(BenchRow::error(kMetric, error));
        return;
    }
    auto* create = FlowServiceClient(&session).createConnection(SeedDrafts::spark());
    QString id;
    QObject::connect(create, &Operation::finished, create, [&id, create] { id = create->result().id; });
    if (!awaitOperation(create, &error)) {
        table.add(BenchRow::error(kMetric, error));
        return;
    }

    Samples firstRows;
    Samples stalls;
    Samples whole;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        ExploreTreeModel model;
        QSortFilterProxyModel filter; // as the page has it
        filter.setSourceModel(&model);
        filter.setRecursiveFilteringEnabled(true);
        QTreeView view;
        view.setModel(&filter);
        view.setUniformRowHeights(true);
        view.setHeaderHidden(true);
        view.resize(320, 480);
        view.show();
        PaintWatch watch;
        watch.view = &view;
        view.viewport()->installEventFilter(&watch);

        // The longest the event loop went without turning, from the request to the last batch.
        QElapsedTimer sinceTick;
        double longest = 0;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });

        QElapsedTimer clock;
        double firstPaint = -1;
        bool inserted = false;
        QEventLoop loop;
        QObject::connect(&model, &ExploreTreeModel::levelInserted, &loop, [&] { inserted = true; });
        clock.start();
        sinceTick.start();
        ticker.start();
        model.setLoading({});
        ExploreOperation* operation = FlowServiceClient(&session).exploreRoot(id);
        QObject::connect(
            operation, &Operation::finished, &model, [&model, operation] { model.setItems({}, operation->result()); });
        QTimer deadline;
        deadline.setSingleShot(true);
        deadline.start(30000);
        while (!(inserted && firstPaint >= 0) && deadline.isActive()) {
            loop.processEvents(QEventLoop::AllEvents, 5);
            if (firstPaint < 0 && watch.painted)
                firstPaint = double(clock.nsecsElapsed()) / 1e6;
        }
        ticker.stop();
        if (!inserted || model.rowCount() != kTables + 1) {
            table.add(BenchRow::error(kMetric,
                                      QStringLiteral("the root did not arrive whole (%1 rows)").arg(model.rowCount())));
            return;
        }
        firstRows.add(firstPaint);
        stalls.add(longest);
        whole.add(double(clock.nsecsElapsed()) / 1e6);
    }
    table.add(BenchRow::info(
        kMetric + QStringLiteral(", time to the first rows painted, median, ms"), {}, firstRows.median()));
    table.add(BenchRow::info(kMetric + QStringLiteral(", whole level in the tree, median, ms"), {}, whole.median()));
    table.add(BenchRow::withLimit(
        kMetric + QStringLiteral(", longest GUI-thread stall, ms"), {}, stalls.percentile(100), 16));
}

} // namespace Inlet::Bench
