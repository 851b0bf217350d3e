#pragma once

#include "WizardPage.h"
#include "databricks/SparkConfigLine.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class LandingZonePage;
}

namespace Inlet {

class Clipboard;
class LandingZoneAccess;
class Operation;
class SparkConfigOperation;

// Databricks only, before its credentials: fetches the landing-zone credentials and shows the Spark
// config line to paste into the cluster, its expiry, and a refresh that first says what it revokes.
class LandingZonePage : public WizardPage
{
    Q_OBJECT

public:
    LandingZonePage(WizardState& state,
                    Clipboard& clipboard,
                    LandingZoneAccess& landingZone,
                    QWidget* parent = nullptr);
    ~LandingZonePage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString helpText() const override;

    const SparkConfigLine& line() const { return m_line; }
    // Explains that the current token is revoked and asks first; rotates the SAS only if confirmed.
    void refresh();

protected:
    void build() override;

private:
    void run(SparkConfigOperation* operation, const QString& progress);
    void finish(const SparkConfigOperation& operation);
    void show(const SparkConfigLine& line);
    void showLineText();
    void showExpiry();

    const QScopedPointer<Ui::LandingZonePage> m_ui;
    Clipboard& m_clipboard;
    LandingZoneAccess& m_landingZone;
    QPointer<Operation> m_fetch;
    SparkConfigLine m_line;
};

} // namespace Inlet
