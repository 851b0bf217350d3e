#pragma once

#include "WizardPage.h"
#include "platform/DataflowTypes.h"

#include <QDate>
#include <QPointer>
#include <QScopedPointer>
#include <QStringList>

namespace Ui {
class SchedulePage;
}

namespace Inlet {

class LandingZoneAccess;
class Operation;
class SetupJourney;

// Schedule: the flow's name, once / minute / hour / day / week, the interval with Adobe's minimums,
// the start in local time (sent as UTC), backfill, the delta column (from the object's date and
// timestamp columns; required for tables), error diagnostics and the partial-ingestion threshold.
// Databricks: warns when the landing-zone token expires before the next runs.
class SchedulePage : public WizardPage
{
    Q_OBJECT

public:
    SchedulePage(WizardState& state, LandingZoneAccess& landingZone, SetupJourney& journey, QWidget* parent = nullptr);
    ~SchedulePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // What the widgets say now, as the journey will get it.
    QString flowName() const;
    FlowSchedule schedule() const;
    // ScheduleRules' verdict on the current values, with why a table without dates runs only once.
    QStringList problems() const;

protected:
    void build() override;

private:
    FlowSchedule::Frequency frequency() const;
    bool readsFiles() const;
    void fillFromJourney();
    void showObject();
    void frequencyChanged();
    void updateIntervalSuffix();
    void updateStartZone();
    // Checks the values again: the problems under the form, the expiry warning, Next.
    void recheck();
    void fetchExpiry();
    void showExpiryWarning();

    const QScopedPointer<Ui::SchedulePage> m_ui;
    LandingZoneAccess& m_landingZone;
    SetupJourney& m_journey;
    QPointer<Operation> m_expiryFetch;
    QDate m_expiry;
    QString m_defaultName; // the name offered; replaced while the user has not typed another
    QString m_shownObject; // the object whose delta columns the combo offers
    FlowSchedule::Frequency m_shownFrequency = FlowSchedule::Frequency::Hour;
    QStringList m_problems;
    bool m_filled = false;
};

} // namespace Inlet
