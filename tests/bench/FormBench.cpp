#include "FormBench.h"

#include "BenchTable.h"
#include "Samples.h"

#include "CredentialForm.h"
#include "catalog/Catalog.h"
#include "forms/FormModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QVBoxLayout>

namespace Inlet::Bench {

FormBench::FormBench(int runs)
    : m_runs(runs)
{
}

void FormBench::run(BenchTable& table) const
{
    const Catalog catalog = Catalog::bundled();
    // The largest auth spec, moved first so setConnectionSpec() builds it; the first spec in catalog
    // order wins a tie.
    ConnectionSpec largest;
    int largestIndex = -1;
    int fields = -1;
    for (const ConnectionSpec& spec : catalog.specs()) {
        for (int i = 0; i < spec.authSpecs.size(); ++i) {
            if (spec.authSpecs.at(i).properties.size() > fields) {
                fields = int(spec.authSpecs.at(i).properties.size());
                largest = spec;
                largestIndex = i;
            }
        }
    }
    if (largestIndex < 0 || catalog.size() < 2) {
        table.add(BenchRow::error(QStringLiteral("form build"), QStringLiteral("the bundled catalog is empty")));
        return;
    }
    largest.authSpecs.move(largestIndex, 0);
    const AuthSpec& authSpec = largest.authSpecs.first();
    const ConnectionSpec& other = catalog.specs().at(catalog.specs().first().id == largest.id ? 1 : 0);

    Samples modelMs;
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const FormModel model(authSpec);
        modelMs.add(double(timer.nsecsElapsed()) / 1e6);
        if (model.fields().size() != fields) {
            table.add(BenchRow::error(QStringLiteral("form build"), QStringLiteral("FormModel lost fields")));
            return;
        }
    }

    // A form that already exists in a shown window, as on the Credentials page, switching sources.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* form = new CredentialForm(&window);
    layout->addWidget(form);
    window.resize(640, 480);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        table.add(BenchRow::error(QStringLiteral("form build"), QStringLiteral("the form's window was never shown")));
        return;
    }
    Samples buildMs;
    Samples paintedMs;
    for (int run = 0; run < m_runs; ++run) {
        form->setConnectionSpec(other); // untimed: a different source before
        QCoreApplication::sendPostedEvents();
        QElapsedTimer timer;
        timer.start();
        form->setConnectionSpec(largest);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        buildMs.add(double(timer.nsecsElapsed()) / 1e6);
        window.repaint();
        paintedMs.add(double(timer.nsecsElapsed()) / 1e6);
        if (!form->findChild<QWidget*>(authSpec.properties.last().name)) {
            table.add(BenchRow::error(QStringLiteral("form build"), QStringLiteral("the form lacks a field")));
            return;
        }
    }
    const QString what = QStringLiteral("\"%1\" of %2, %3 fields").arg(authSpec.name, largest.displayName).arg(fields);
    table.add(BenchRow::info(QStringLiteral("form model (FormModel) of %1, ms").arg(what), {}, modelMs.median()));
    table.add(
        BenchRow::withLimit(QStringLiteral("form build (FormModel + CredentialForm, laid out) of %1, ms").arg(what),
                            {},
                            buildMs.median(),
                            10));
    table.add(BenchRow::info(QStringLiteral("form build + first paint, ms"), {}, paintedMs.median()));
}

} // namespace Inlet::Bench
