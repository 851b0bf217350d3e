#pragma once

#include "WizardPage.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class ExistingConnectionsPage;
}

namespace Inlet {

class ExistingConnections;
class Operation;
class SetupJourney;

// Lists the chosen source's base connections in the sandbox, so the user can reuse one instead of
// creating a duplicate, or delete one after confirming.
class ExistingConnectionsPage : public WizardPage
{
    Q_OBJECT

public:
    ExistingConnectionsPage(WizardState& state,
                            ExistingConnections& connections,
                            SetupJourney& journey,
                            QWidget* parent = nullptr);
    ~ExistingConnectionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    QString helpText() const override;

protected:
    void build() override;

private:
    void reload();
    void updateButtons();
    void deleteSelected();
    void deleteConnection(const QString& id, const QString& name);
    QString selectedId() const;

    const QScopedPointer<Ui::ExistingConnectionsPage> m_ui;
    ExistingConnections& m_connections;
    SetupJourney& m_journey;
    QPointer<Operation> m_listing;
    QString m_listedSpecId;
};

} // namespace Inlet
