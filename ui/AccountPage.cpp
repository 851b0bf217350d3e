#include "AccountPage.h"
#include "ui_AccountPage.h"

#include "Accessibility.h"
#include "Confirmation.h"
#include "InletWizard.h"
#include "WizardState.h"
#include "core/SecureMemory.h"
#include "core/WebUrl.h"
#include "setup/SetupJourney.h"
#include "setup/SignIn.h"

#include <QRegularExpression>

#include <utility>

namespace Inlet {

AccountPage::AccountPage(WizardState& state, SignIn& signIn, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::AccountPage)
    , m_signInCase(signIn)
    , m_journey(journey)
{
}

void AccountPage::build()
{
    m_ui->setupUi(this);
    connect(&state(), &WizardState::firstFrameShown, this, [this] {
        if (std::exchange(m_secretAfterFirstFrame, false))
            loadSecret();
        preconnect();
    });
    for (QLineEdit* edit : {m_ui->platformUrlLineEdit, m_ui->imsUrlLineEdit})
        connect(edit, &QLineEdit::editingFinished, this, &AccountPage::preconnect);
    m_ui->advancedWidget->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    m_ui->platformUrlLineEdit->setPlaceholderText(Profile::defaultPlatformUrl().toString());
    m_ui->imsUrlLineEdit->setPlaceholderText(Profile::defaultImsUrl().toString());
    m_ui->scopesLineEdit->setPlaceholderText(Profile::defaultScopes());
    m_ui->showSecretButton->setAccessibleName(tr("Show secret"));
    m_ui->showSecretButton->setLineEdit(m_ui->secretLineEdit);
    Accessibility::nameBuddiesAfterTheirLabels(this);

    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->advancedWidget->setVisible(open);
        m_ui->advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->accessTokenRadioButton, &QRadioButton::toggled, this, [this] {
        updateSecretLabel();
        onEdited();
    });
    connect(m_ui->profileComboBox, &QComboBox::textActivated, this, &AccountPage::loadProfile);
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] { signIn(false); });
    for (QLineEdit* edit : {m_ui->orgIdLineEdit,
                            m_ui->sandboxLineEdit,
                            m_ui->clientIdLineEdit,
                            m_ui->secretLineEdit,
                            m_ui->platformUrlLineEdit,
                            m_ui->imsUrlLineEdit,
                            m_ui->scopesLineEdit,
                            m_ui->proxyLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_edited = true;
            onEdited();
        });
    }
    // Sandbox names are lower case; typing "Prod" would only earn a gateway error later.
    connect(m_ui->sandboxLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text != text.toLower()) {
            const int cursor = m_ui->sandboxLineEdit->cursorPosition();
            m_ui->sandboxLineEdit->setText(text.toLower());
            m_ui->sandboxLineEdit->setCursorPosition(cursor);
        }
    });
}

AccountPage::~AccountPage() = default;

QString AccountPage::helpText() const
{
    return tr("<p>Inlet signs in to Adobe Experience Platform with the OAuth Server-to-Server credential of "
              "an Adobe Developer Console project that has the Experience Platform API added.</p>"
              "<ul><li><b>Organization ID</b> ends in <code>@AdobeOrg</code>.</li>"
              "<li><b>Sandbox</b> is the lower-case sandbox name, <code>prod</code> by default.</li>"
              "<li><b>Client ID</b> is the project's API key; <b>client secret</b> is its secret. You may "
              "instead paste an access token you got elsewhere; it expires after 24 hours.</li></ul>"
              "<p>The secret is kept in your system keychain, never in a file. <b>Advanced</b> changes the "
              "Platform and IMS addresses, the OAuth scopes and the proxy.</p>");
}

void AccountPage::initializePage()
{
    if (m_initialized)
        return; // keep what the user typed when they come back
    m_initialized = true;
    m_ui->profileComboBox->addItems(m_signInCase.profileNames());
    QString name = state().options().profile;
    if (name.isEmpty())
        name = m_signInCase.lastProfileName();
    if (name.isEmpty())
        name = Profile().name;
    m_ui->profileComboBox->setCurrentText(name);
    loadProfile(name);
    // After QWizard has focused the page's first control, the profile combo: typing right away must
    // fill what is missing, not rename the profile.
    QMetaObject::invokeMethod(this, &AccountPage::focusFirstToFill, Qt::QueuedConnection);
}

void AccountPage::focusFirstToFill()
{
    for (QLineEdit* edit : {m_ui->orgIdLineEdit, m_ui->sandboxLineEdit, m_ui->clientIdLineEdit}) {
        if (edit->text().trimmed().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    // A saved profile's secret arrives after the first frame; its field is where Enter signs in.
    m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
}

void AccountPage::loadProfile(const QString& name)
{
    Profile profile = m_signInCase.savedProfile(name);
    // The command line wins over the saved endpoints, e.g. to point at the local simulator.
    if (state().options().platformUrl.isValid())
        profile.platformUrl = state().options().platformUrl;
    if (state().options().imsUrl.isValid())
        profile.imsUrl = state().options().imsUrl;

    m_ui->orgIdLineEdit->setText(profile.orgId);
    m_ui->sandboxLineEdit->setText(profile.sandbox);
    m_ui->clientIdLineEdit->setText(profile.clientId);
    m_ui->accessTokenRadioButton->setChecked(profile.signIn == Profile::SignIn::AccessToken);
    m_ui->clientSecretRadioButton->setChecked(profile.signIn == Profile::SignIn::ClientCredentials);
    const auto showUnlessDefault = [](const QUrl& url, const QUrl& defaultUrl) {
        return url == defaultUrl ? QString() : url.toString();
    };
    m_ui->platformUrlLineEdit->setText(showUnlessDefault(profile.platformUrl, Profile::defaultPlatformUrl()));
    m_ui->imsUrlLineEdit->setText(showUnlessDefault(profile.imsUrl, Profile::defaultImsUrl()));
    m_ui->scopesLineEdit->setText(profile.scopes == Profile::defaultScopes() ? QString() : profile.scopes);
    m_ui->proxyLineEdit->setText(profile.proxy);
    m_ui->secretLineEdit->clear();
    updateSecretLabel();
    // Reading the keychain connects to the Secret Service over D-Bus: not before the first frame.
    const bool saved = m_signInCase.isSaved(name);
    m_secretAfterFirstFrame = saved && !state().isFirstFrameShown();
    if (saved && state().isFirstFrameShown())
        loadSecret();
    preconnect();
    onEdited();
}

void AccountPage::preconnect()
{
    // While the user types, the connections sign-in needs are opened (nothing is sent); not before
    // the first frame, like everything start-up can do without.
    if (state().isFirstFrameShown())
        m_signInCase.preconnect(profile());
}

void AccountPage::loadSecret()
{
    const Profile wanted = profile();
    SecretOperation* job = m_signInCase.savedSecret(wanted);
    connect(job, &Operation::finished, this, [this, wanted, job] {
        // The user may have switched profiles or started typing meanwhile.
        if (profile().name != wanted.name || !m_ui->secretLineEdit->text().isEmpty())
            return;
        if (!job->error()) {
            m_ui->secretLineEdit->setText(job->result());
            onEdited();
        } else if (job->error().kind() != Error::Kind::SecretNotFound) {
            showMessage(m_ui->statusLabel, job->error().actionableMessage(), true);
        }
    });
}

void AccountPage::updateSecretLabel()
{
    const bool token = m_ui->accessTokenRadioButton->isChecked();
    m_ui->secretLabel->setText(token ? tr("Access &token (required):") : tr("Client secre&t (required):"));
    m_ui->secretLineEdit->setAccessibleName(Accessibility::spokenLabel(m_ui->secretLabel->text()));
    m_ui->showSecretButton->setAccessibleName(token ? tr("Show access token") : tr("Show client secret"));
}

Profile AccountPage::profile() const
{
    Profile profile;
    profile.name = m_ui->profileComboBox->currentText().trimmed();
    if (profile.name.isEmpty())
        profile.name = Profile().name;
    profile.orgId = m_ui->orgIdLineEdit->text().trimmed();
    profile.sandbox = m_ui->sandboxLineEdit->text().trimmed();
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
    profile.signIn =
        m_ui->accessTokenRadioButton->isChecked() ? Profile::SignIn::AccessToken : Profile::SignIn::ClientCredentials;
    const QString scopes = m_ui->scopesLineEdit->text().trimmed();
    profile.scopes = scopes.isEmpty() ? Profile::defaultScopes() : scopes;
    const QString platformUrl = m_ui->platformUrlLineEdit->text().trimmed();
    profile.platformUrl = platformUrl.isEmpty() ? Profile::defaultPlatformUrl() : QUrl(platformUrl);
    const QString imsUrl = m_ui->imsUrlLineEdit->text().trimmed();
    profile.imsUrl = imsUrl.isEmpty() ? Profile::defaultImsUrl() : QUrl(imsUrl);
    profile.proxy = m_ui->proxyLineEdit->text().trimmed();
    return profile;
}

QString AccountPage::firstProblem() const
{
    const Profile current = profile();
    if (current.orgId.isEmpty())
        return tr("Enter the organization ID.");
    if (!current.orgId.endsWith(QLatin1String("@AdobeOrg")) || current.orgId.contains(u' '))
        return tr("The organization ID must look like 0123456789ABCDEF01234567@AdobeOrg.");
    static const QRegularExpression sandboxName(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!sandboxName.match(current.sandbox).hasMatch())
        return tr("The sandbox name uses lower-case letters, digits and hyphens, for example prod.");
    if (current.clientId.isEmpty())
        return tr("Enter the client ID (API key) of your Developer Console project.");
    if (m_ui->secretLineEdit->text().trimmed().isEmpty()) {
        return current.signIn == Profile::SignIn::AccessToken ? tr("Paste an access token.")
                                                              : tr("Enter the client secret.");
    }
    for (QLineEdit* edit : {m_ui->platformUrlLineEdit, m_ui->imsUrlLineEdit}) {
        if (!edit->text().trimmed().isEmpty() && webUrl(edit->text()).isEmpty())
            return tr("%1 must be a web address such as https://platform.adobe.io.").arg(edit->accessibleName());
    }
    if (!current.proxy.isEmpty() && webUrl(current.proxy).isEmpty())
        return tr("The proxy must be a web address such as http://proxy.example.com:3128, or empty.");
    // A proxy password would end up in the settings file and on screen: Inlet keeps none.
    if (!QUrl(current.proxy).userInfo().isEmpty()) {
        return tr("Remove the user name and password from the proxy address: Inlet does not store proxy "
                  "credentials. Leave the field empty to use the system proxy, which may carry them.");
    }
    return {};
}

bool AccountPage::isComplete() const
{
    return m_signIn.isNull() && firstProblem().isEmpty();
}

void AccountPage::onEdited()
{
    const QString problem = firstProblem();
    // Only complain about a field once something was typed, not on a fresh page.
    const bool typedSomething = !m_ui->orgIdLineEdit->text().isEmpty() || !m_ui->clientIdLineEdit->text().isEmpty();
    showMessage(m_ui->statusLabel, typedSomething ? problem : QString(), true);
    m_ui->signInButton->setEnabled(problem.isEmpty() && m_signIn.isNull());
    if (profile() == m_signedInProfile && m_ui->secretLineEdit->text() == m_signedInSecret
        && !m_signedInSecret.isEmpty()) {
        m_journey.signIn(m_signedInProfile);
    } else {
        m_journey.signOut();
    }
    emit completeChanged();
}

int AccountPage::nextId() const
{
    return state().options().flowId.isEmpty() ? InletWizard::SourcePageId : InletWizard::RunsPageId;
}

bool AccountPage::validatePage()
{
    if (m_journey.isSignedIn())
        return true;
    signIn(true);
    return false;
}

void AccountPage::signIn(bool continueWhenDone)
{
    if (!m_signIn.isNull() || !firstProblem().isEmpty())
        return;
    const AddressCheck check = m_signInCase.checkAddresses(profile());
    if (check.needsConfirmation()) {
        askToConfirmAddresses(check, continueWhenDone);
        return;
    }
    showMessage(m_ui->statusLabel, tr("Signing in…"), false);
    m_ui->signInButton->setEnabled(false);
    SignedInOperation* operation =
        m_signInCase.signIn(profile(), m_ui->secretLineEdit->text(), m_ui->rememberCheckBox->isChecked());
    m_signIn = operation;
    connect(operation, &Operation::finished, this, [this, operation, continueWhenDone] {
        finishSignIn(*operation, continueWhenDone);
    });
    emit completeChanged();
}

void AccountPage::askToConfirmAddresses(const AddressCheck& check, bool continueWhenDone)
{
    // The addresses are shown on the page too, not only in the question.
    m_ui->advancedButton->setChecked(true);
    const Profile& wanted = check.wanted;
    QString title;
    QString question;
    QString action;
    if (check.question == AddressCheck::Question::ChangedAddress) {
        title = tr("Send the Saved Secret to a New Address?");
        question = tr("The profile “%1” and its secret were saved for:\nIMS: %2\nPlatform: %3\n\n"
                      "This sign-in would send the secret to:\nIMS: %4\nPlatform: %5\n\n"
                      "Continue only if you trust the new address. If signing in works, the profile keeps it.")
                       .arg(wanted.name,
                            check.saved.imsUrl.toString(),
                            check.saved.platformUrl.toString(),
                            wanted.imsUrl.toString(),
                            wanted.platformUrl.toString());
        action = tr("Use the New Address");
    } else {
        title = tr("Sign In at a Non-Adobe Address?");
        question = tr("Signing in sends your secret to addresses that are not Adobe's:\nIMS: %1\nPlatform: %2\n\n"
                      "Continue only if you trust this server. You will not be asked again for this profile.")
                       .arg(wanted.imsUrl.toString(), wanted.platformUrl.toString());
        action = tr("Sign In There");
    }
    showMessage(m_ui->statusLabel, tr("Confirm the address before the secret is sent."), false);
    const QPointer<AccountPage> self(this);
    confirmAction(this, title, question, action, [self, wanted, continueWhenDone] {
        if (!self || !(self->profile() == wanted))
            return; // edited meanwhile: the next sign-in checks again
        self->m_signInCase.confirmAddresses(wanted);
        self->signIn(continueWhenDone);
    });
}

void AccountPage::finishSignIn(const SignedInOperation& operation, bool continueWhenDone)
{
    m_signIn.clear();
    if (const Error& error = operation.error()) {
        // The error quotes the server once, as who said it.
        showMessage(m_ui->statusLabel, error.actionableMessage(), true);
        m_ui->signInButton->setEnabled(true);
        emit completeChanged();
        return;
    }

    const SignedIn& signedIn = operation.result();
    m_signedInProfile = signedIn.profile;
    m_signedInSecret = m_ui->secretLineEdit->text();
    m_journey.signIn(m_signedInProfile);
    const Error& notSaved = signedIn.secretNotSaved;
    if (notSaved.kind() == Error::Kind::SettingsNotSaved) {
        showMessage(m_ui->statusLabel,
                    tr("Signed in, but the profile could not be saved: %1 Click Next to go on without saving it.")
                        .arg(notSaved.actionableMessage()),
                    true);
    } else if (notSaved) {
        showMessage(m_ui->statusLabel,
                    tr("Signed in, but the secret could not be saved: %1 You will need to enter it again next time. "
                       "Click Next to go on.")
                        .arg(notSaved.actionableMessage()),
                    true);
    } else {
        showMessage(m_ui->statusLabel,
                    tr("Signed in to %1, sandbox %2.").arg(m_signedInProfile.orgId, m_signedInProfile.sandbox),
                    false);
    }
    m_ui->signInButton->setEnabled(true);
    if (m_ui->profileComboBox->findText(m_signedInProfile.name) < 0)
        m_ui->profileComboBox->addItem(m_signedInProfile.name);
    emit completeChanged();
    // A failed save is read here, where it happened, before the user moves on.
    if (continueWhenDone && !notSaved && wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void AccountPage::clearSecret()
{
    if (isBuilt())
        m_ui->secretLineEdit->clear();
    wipe(m_signedInSecret); // the line edit let go of the buffer they shared: ours alone now
}

} // namespace Inlet
