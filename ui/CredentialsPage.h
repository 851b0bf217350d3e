#pragma once

#include "WizardPage.h"

#include <QScopedPointer>
#include <QTimer>

namespace Ui {
class CredentialsPage;
}

namespace Inlet {

class CreateConnection;
class CredentialForm;
class SetupJourney;
class UnfinishedConnections;

// The source's credential form (generated from its auth spec), the connection's name and description,
// and whether to remember the secrets in the system keychain.
class CredentialsPage : public WizardPage
{
    Q_OBJECT

public:
    CredentialsPage(WizardState& state,
                    CreateConnection& createConnection,
                    SetupJourney& journey,
                    UnfinishedConnections& unfinished,
                    QWidget* parent = nullptr);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    CredentialForm* form() const;
    // What is wrong with the connection's name or description, or empty.
    QString connectionProblem() const;
    void clearSecrets();

protected:
    void build() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void probeKeychain();
    void orderTabs();
    void focusFirstToFill();
    QList<QWidget*> formInputs() const;
    void restoreUnfinished();
    void keepUnfinished();
    // One label column for the name/description rows and the generated form: the same width, and
    // labels longer than it wrap, all of them alike.
    void alignLabelColumns();
    QString reservedMnemonics() const;

    const QScopedPointer<Ui::CredentialsPage> m_ui;
    CreateConnection& m_createConnection;
    SetupJourney& m_journey;
    UnfinishedConnections& m_unfinished;
    QTimer m_keepTimer; // what is typed goes to disk shortly after each change
    QString m_formSpecId;
    bool m_keychainProbed = false;
};

} // namespace Inlet
