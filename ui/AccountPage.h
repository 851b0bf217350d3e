#pragma once

#include "WizardPage.h"
#include "core/Profile.h"
#include "setup/SignIn.h"

#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class AccountPage;
}

namespace Inlet {

class Operation;
class SetupJourney;

// Org, sandbox and client credentials; signs in (IMS token plus one cheap Flow Service call) before
// the wizard goes on, so a wrong org, sandbox or secret is reported here with the server's reason.
class AccountPage : public WizardPage
{
    Q_OBJECT

public:
    AccountPage(WizardState& state, SignIn& signIn, SetupJourney& journey, QWidget* parent = nullptr);
    ~AccountPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // `inlet --flow <id>` goes from here straight to that dataflow's runs.
    int nextId() const override;
    QString helpText() const override;

    // The profile as the fields describe it now.
    Profile profile() const;
    // The first problem with what is typed, or empty.
    QString firstProblem() const;
    void clearSecret();
    // The user typed into a field (not only what a saved profile filled in).
    bool hasEdits() const { return m_edited; }

protected:
    void build() override;

private:
    void loadProfile(const QString& name);
    void preconnect();
    void loadSecret();
    void focusFirstToFill();
    void updateSecretLabel();
    void signIn(bool continueWhenDone);
    void askToConfirmAddresses(const AddressCheck& check, bool continueWhenDone);
    void finishSignIn(const SignedInOperation& operation, bool continueWhenDone);
    void onEdited();

    const QScopedPointer<Ui::AccountPage> m_ui;
    SignIn& m_signInCase;
    SetupJourney& m_journey;
    QPointer<Operation> m_signIn;
    Profile m_signedInProfile;
    QString m_signedInSecret;
    bool m_initialized = false;
    bool m_edited = false;
    bool m_secretAfterFirstFrame = false; // a saved profile's secret, read once the window is on screen
};

} // namespace Inlet
