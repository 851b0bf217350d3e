#pragma once

#include "WizardPage.h"

#include <QList>
#include <QScopedPointer>
#include <QStringList>

namespace Ui {
class DataflowReviewPage;
}

namespace Inlet {

class Clipboard;
class SetupJourney;
struct DataflowPlan;
struct FlowSchedule;

// Review: the dataflow's summary and every request the wizard will send, as curl commands with
// placeholders (CreateDataflow::previewRequests), copyable. The commit page: Create is next.
class DataflowReviewPage : public WizardPage
{
    Q_OBJECT

public:
    DataflowReviewPage(WizardState& state, Clipboard& clipboard, SetupJourney& journey, QWidget* parent = nullptr);
    ~DataflowReviewPage() override;

    void initializePage() override;
    QString helpText() const override;

    // The requests shown, in the order Create sends them.
    const QStringList& requests() const { return m_requests; }
    // The schedule in words: "Every 15 minutes", "Once".
    static QString scheduleText(const FlowSchedule& schedule);

protected:
    void build() override;

private:
    void addRow(const QString& setting, const QString& value);
    void showSummary(const DataflowPlan& plan);
    void showRequests(const DataflowPlan& plan);
    void addRequest(int index, const QString& title, const QString& command);
    static QStringList requestTitles(const DataflowPlan& plan);

    const QScopedPointer<Ui::DataflowReviewPage> m_ui;
    Clipboard& m_clipboard;
    SetupJourney& m_journey;
    QStringList m_requests;
    QList<QWidget*> m_requestWidgets;
};

} // namespace Inlet
