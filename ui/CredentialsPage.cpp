#include "CredentialsPage.h"
#include "ui_CredentialsPage.h"

#include "Accessibility.h"
#include "CredentialForm.h"
#include "WizardState.h"
#include "forms/Field.h"
#include "forms/FormModel.h"
#include "setup/CreateConnection.h"
#include "setup/SetupJourney.h"
#include "setup/UnfinishedConnections.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QWizard>

#include <limits>

namespace Inlet {

namespace {
// What Platform's UI lists comfortably; nothing longer is a name a person chose on purpose.
constexpr qint64 kMaxNameLength = 256;
constexpr qint64 kMaxDescriptionLength = 1024;
} // namespace

CredentialsPage::CredentialsPage(WizardState& state,
                                 CreateConnection& createConnection,
                                 SetupJourney& journey,
                                 UnfinishedConnections& unfinished,
                                 QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::CredentialsPage)
    , m_createConnection(createConnection)
    , m_journey(journey)
    , m_unfinished(unfinished)
{
    m_keepTimer.setSingleShot(true);
    m_keepTimer.setInterval(300);
    connect(&m_keepTimer, &QTimer::timeout, this, &CredentialsPage::keepUnfinished);
}

void CredentialsPage::build()
{
    m_ui->setupUi(this);
    m_ui->keychainLabel->setVisible(false);
    m_ui->connectionErrorLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    // The scroll area only frames the generated fields: Tab goes straight to them, and a screen reader
    // that meets the area hears what it holds.
    m_ui->formScrollArea->setFocusPolicy(Qt::NoFocus);
    m_ui->formScrollArea->setAccessibleName(tr("Source credentials"));
    connect(m_ui->credentialForm, &CredentialForm::completeChanged, this, &CredentialsPage::completeChanged);
    connect(m_ui->credentialForm, &CredentialForm::authSpecChanged, this, &CredentialsPage::orderTabs);
    connect(m_ui->credentialForm, &CredentialForm::changed, &m_keepTimer, qOverload<>(&QTimer::start));
    connect(m_ui->credentialForm, &CredentialForm::authSpecChanged, this, &CredentialsPage::alignLabelColumns);
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->descriptionLineEdit}) {
        // Never cut what was typed or pasted (QLineEdit's default stops at 32,767 characters without
        // a word); connectionProblem() refuses what is too long and says the limit.
        edit->setMaxLength(std::numeric_limits<int>::max());
        connect(edit, &QLineEdit::textChanged, this, [this] {
            showMessage(m_ui->connectionErrorLabel, connectionProblem(), true);
            emit completeChanged();
            m_keepTimer.start();
        });
    }
}

CredentialsPage::~CredentialsPage() = default;

QList<QWidget*> CredentialsPage::formInputs() const
{
    // The form's inputs in its own focus order, whatever the page's order around them.
    QWidget* form = m_ui->credentialForm;
    QList<QWidget*> inputs;
    for (QWidget* widget = form->nextInFocusChain(); widget && widget != form; widget = widget->nextInFocusChain()) {
        if (form->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            inputs.append(widget);
    }
    return inputs;
}

void CredentialsPage::orderTabs()
{
    // The form makes its inputs after the page's own widgets exist, so Tab would reach them last.
    // Put them, in their own order, between the description and "Remember credentials".
    const QList<QWidget*> inputs = formInputs();
    QWidget* previous = m_ui->descriptionLineEdit;
    for (QWidget* input : std::as_const(inputs)) {
        QWidget::setTabOrder(previous, input);
        previous = input;
    }
    QWidget::setTabOrder(previous, m_ui->rememberCheckBox);
}

CredentialForm* CredentialsPage::form() const
{
    return m_ui->credentialForm;
}

QString CredentialsPage::helpText() const
{
    return tr("<p>These are the credentials Platform uses to reach %1. The fields come from the source's "
              "credential table; hover over a field for its description.</p>"
              "<p>Secret fields are hidden while you type; the eye button shows them. With <b>Remember "
              "credentials in the system keychain</b>, Inlet keeps the secrets in your keychain (never in a "
              "file) under the new connection's ID.</p>")
        .arg(m_journey.source().displayName.toHtmlEscaped());
}

void CredentialsPage::initializePage()
{
    const ConnectionSpec& spec = m_journey.source();
    setTitle(tr("Credentials for %1").arg(spec.displayName));
    setSubTitle(tr("Platform uses these to reach %1. Secrets stay masked and go only to Platform and your keychain.")
                    .arg(spec.displayName));
    if (m_formSpecId != spec.id) {
        // Another source: its own form, and values typed for the previous one are dropped.
        m_formSpecId = spec.id;
        m_ui->credentialForm->setReservedMnemonics(reservedMnemonics());
        m_ui->credentialForm->setConnectionSpec(spec);
        // No article before the name ("A Apache Spark…"), and both shown from their start, not
        // scrolled to their end as setText() leaves a long one.
        m_ui->nameLineEdit->setText(tr("%1 connection").arg(spec.displayName));
        m_ui->descriptionLineEdit->setText(tr("Base connection to %1, created with Inlet").arg(spec.displayName));
        m_ui->nameLineEdit->setCursorPosition(0);
        m_ui->descriptionLineEdit->setCursorPosition(0);
        restoreUnfinished();
    }
    probeKeychain();
    // After QWizard has focused the page's first control (the prefilled name): typing goes where
    // something is still missing.
    QMetaObject::invokeMethod(this, &CredentialsPage::focusFirstToFill, Qt::QueuedConnection);
}

void CredentialsPage::focusFirstToFill()
{
    const QList<QWidget*> inputs = formInputs();
    for (QWidget* input : inputs) {
        const auto* edit = qobject_cast<QLineEdit*>(input);
        if (edit && edit->isVisible() && edit->isEnabled() && edit->text().isEmpty()) {
            input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void CredentialsPage::restoreUnfinished()
{
    // What was typed for this source before Inlet was closed, crashed or was killed; never a secret.
    const UnfinishedConnection kept = m_unfinished.restore();
    if (kept.sourceId != m_formSpecId)
        return;
    CredentialForm& form = *m_ui->credentialForm;
    if (!kept.authSpecName.isEmpty())
        form.setCurrentAuthSpec(kept.authSpecName);
    form.setValues(kept.values);
    if (!kept.name.isEmpty())
        m_ui->nameLineEdit->setText(kept.name);
    m_ui->descriptionLineEdit->setText(kept.description);
    m_keepTimer.stop(); // nothing new to keep
}

void CredentialsPage::keepUnfinished()
{
    const CredentialForm& form = *m_ui->credentialForm;
    UnfinishedConnection unfinished;
    unfinished.profile = m_journey.profile().name;
    unfinished.sourceId = m_formSpecId;
    unfinished.authSpecName = form.currentAuthSpecName();
    unfinished.name = m_ui->nameLineEdit->text();
    unfinished.description = m_ui->descriptionLineEdit->text();
    unfinished.values = form.values();
    if (const Error error = m_unfinished.keep(unfinished, form.secretFieldNames())) {
        showMessage(
            m_ui->keychainLabel,
            tr("What you typed could not be kept in case Inlet closes unexpectedly: %1").arg(error.actionableMessage()),
            true);
    }
}

QString CredentialsPage::reservedMnemonics() const
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&])"));
    QStringList texts;
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->buddy() && !m_ui->credentialForm->isAncestorOf(label))
            texts << label->text();
    }
    for (const QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (!m_ui->credentialForm->isAncestorOf(button))
            texts << button->text();
    }
    if (wizard()) {
        for (QWizard::WizardButton which : {QWizard::BackButton,
                                            QWizard::NextButton,
                                            QWizard::CommitButton,
                                            QWizard::FinishButton,
                                            QWizard::CancelButton,
                                            QWizard::HelpButton})
            texts << wizard()->buttonText(which);
    }
    QString letters;
    for (const QString& text : std::as_const(texts)) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch())
            letters += match.captured(1).toLower();
    }
    return letters;
}

void CredentialsPage::alignLabelColumns()
{
    if (!isBuilt())
        return;
    QList<QLabel*> ownLabels{m_ui->nameLabel, m_ui->descriptionLabel};
    int natural = m_ui->credentialForm->naturalLabelWidth();
    for (QLabel* label : std::as_const(ownLabels)) {
        label->setWordWrap(true);
        natural = std::max(natural, label->fontMetrics().horizontalAdvance(label->text().remove(u'&')));
    }
    // Never more than a third of the page, so a long generated label wraps instead of squeezing the inputs.
    const int columnWidth = std::min(natural + 1, std::max(width() / 3, fontMetrics().averageCharWidth() * 16));
    for (QLabel* label : std::as_const(ownLabels))
        label->setFixedWidth(columnWidth);
    m_ui->credentialForm->setLabelColumnWidth(columnWidth);
}

void CredentialsPage::resizeEvent(QResizeEvent* event)
{
    WizardPage::resizeEvent(event);
    alignLabelColumns();
}

void CredentialsPage::probeKeychain()
{
    if (m_keychainProbed)
        return;
    m_keychainProbed = true;
    SecretOperation* probe = m_createConnection.checkKeychain();
    connect(probe, &Operation::finished, this, [this, probe] {
        if (!probe->error())
            return;
        // Nothing typed is lost: the user can go on without saving.
        m_ui->rememberCheckBox->setChecked(false);
        m_ui->rememberCheckBox->setEnabled(false);
        showMessage(m_ui->keychainLabel,
                    probe->error().actionableMessage() + u' '
                        + tr("You can still create the connection; the credentials just will not be remembered."),
                    true);
    });
}

QString CredentialsPage::connectionProblem() const
{
    // The same checks as every credential field (control, bidi and invisible characters, length), so
    // the name shown in Platform's UI cannot be disguised either. Labels as the Review page says them.
    const auto check = [this](QLineEdit* edit, const char* label, bool required, qint64 maxLength) {
        Field field;
        field.name = edit->objectName();
        field.label = QCoreApplication::translate("Inlet::ReviewPage", label);
        field.kind = Field::Kind::Text;
        field.required = required;
        field.property.maxLength = maxLength;
        return m_ui->credentialForm->formModel().validateField(field, edit->text().trimmed());
    };
    const QString nameProblem =
        check(m_ui->nameLineEdit, QT_TRANSLATE_NOOP("Inlet::ReviewPage", "Connection name"), true, kMaxNameLength);
    return nameProblem.isEmpty() ? check(m_ui->descriptionLineEdit,
                                         QT_TRANSLATE_NOOP("Inlet::ReviewPage", "Description"),
                                         false,
                                         kMaxDescriptionLength)
                                 : nameProblem;
}

bool CredentialsPage::isComplete() const
{
    return connectionProblem().isEmpty() && m_ui->credentialForm->isComplete();
}

bool CredentialsPage::validatePage()
{
    if (!m_ui->credentialForm->showErrors())
        return false;
    const CredentialForm& form = *m_ui->credentialForm;
    ConnectionDraft draft;
    draft.name = m_ui->nameLineEdit->text().trimmed();
    draft.description = m_ui->descriptionLineEdit->text().trimmed();
    draft.connectionSpecId = m_journey.source().id;
    if (!m_journey.source().version.isEmpty())
        draft.connectionSpecVersion = m_journey.source().version;
    draft.authSpecName = form.currentAuthSpecName();
    draft.params = form.params();
    m_journey.enterCredentials(draft, m_ui->rememberCheckBox->isChecked());
    return true;
}

void CredentialsPage::clearSecrets()
{
    if (isBuilt())
        m_ui->credentialForm->clearSecrets();
}

} // namespace Inlet
