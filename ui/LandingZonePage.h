#pragma once

#include "WizardPage.h"
#include "databricks/SparkConfigLine.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class LandingZonePage;
}

namespace Inlet {

class PlatformOperation;
struct LandingZoneCredentials;

// Databricks only, before its credentials: fetches the landing-zone credentials and shows the Spark
// config line to paste into the cluster, its expiry, and a refresh that first says what it revokes.
class LandingZonePage : public WizardPage
{
    Q_OBJECT

public:
    explicit LandingZonePage(WizardState& state, QWidget* parent = nullptr);
    ~LandingZonePage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString helpText() const override;

    const SparkConfigLine& line() const { return m_line; }
    // Asks for confirmation, then rotates the SAS. Public for the Refresh button and tests.
    void refresh();
    // Overridable confirmation, so tests can answer the question without a modal dialog.
    void setConfirmRefresh(std::function<bool()> confirm) { m_confirmRefresh = std::move(confirm); }

private:
    void fetch(bool refresh);
    void show(const LandingZoneCredentials& credentials);
    void showLineText();
    void showExpiry();
    bool askToRefresh();

    const QScopedPointer<Ui::LandingZonePage> m_ui;
    QPointer<PlatformOperation> m_fetch;
    SparkConfigLine m_line;
    std::function<bool()> m_confirmRefresh;
};

} // namespace Inlet
