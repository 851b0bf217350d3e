#pragma once

#include "WizardPage.h"

#include <QDateTime>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class ResultPage;
}

namespace Inlet {

class Error;
class Operation;
struct CreatedConnection;

// Creates the connection (or shows the one chosen for reuse), then lets the user test it. Failures stay
// on this page, with the reason, expandable details and a "Try again" that needs no retyping and
// never creates a duplicate.
class ResultPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(WizardState& state, QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString helpText() const override;

    bool isBusy() const { return !m_running.isNull(); }
    void retry();
    void testConnection();

signals:
    // The user wants to correct the credentials after a failure.
    void editCredentialsRequested();

protected:
    void build() override;

private:
    void create();
    void checkThenCreate();
    void showCreated(const CreatedConnection& connection, const QString& message);
    void showFailure(const QString& message, const Error& error);
    void setBusy(Operation* operation, const QString& message);
    void rememberSecrets(const QString& connectionId);

    const QScopedPointer<Ui::ResultPage> m_ui;
    QPointer<Operation> m_running;
    QDateTime m_firstAttempt;
    bool m_mustCheckBeforeCreating = false;
    bool m_done = false;
    int m_pendingSecretWrites = 0;
};

} // namespace Inlet
