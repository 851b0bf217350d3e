#pragma once

#include "WizardPage.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class ResultPage;
}

namespace Inlet {

class Clipboard;
class CreateConnection;
class Error;
class NewConnectionOperation;
class Operation;
class SetupJourney;
class TestConnection;
struct CreatedConnection;

// Creates the connection (or shows the one chosen for reuse), then lets the user test it. Failures stay
// on this page, with the reason, expandable details and a "Try again" that needs no retyping and
// never creates a duplicate.
class ResultPage : public WizardPage
{
    Q_OBJECT

public:
    ResultPage(WizardState& state,
               Clipboard& clipboard,
               CreateConnection& createConnection,
               TestConnection& testConnection,
               SetupJourney& journey,
               QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;
    QString helpText() const override;

    bool isBusy() const { return !m_running.isNull(); }
    // The create failed and nothing is running: the user may go back, try again or cancel.
    bool hasFailed() const { return m_failed; }
    void retry();
    void testConnection();

signals:
    // The user wants to correct the credentials after a failure.
    void editCredentialsRequested();
    void failedChanged(bool failed);

protected:
    void build() override;

private:
    void create();
    void finishCreate(const NewConnectionOperation& operation);
    void showCreated(const CreatedConnection& connection, const QString& message);
    void showFailure(const QString& message, const Error& error);
    void setBusy(Operation* operation, const QString& message);
    void setFailed(bool failed);

    const QScopedPointer<Ui::ResultPage> m_ui;
    Clipboard& m_clipboard;
    CreateConnection& m_createConnection;
    TestConnection& m_testConnection;
    SetupJourney& m_journey;
    QPointer<Operation> m_running;
    bool m_done = false;
    bool m_failed = false;
    // The failure's own sentence, kept so a later finding can replace what follows it.
    QString m_failureSentence;
};

} // namespace Inlet
