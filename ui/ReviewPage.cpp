#include "ReviewPage.h"
#include "ui_ReviewPage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "WizardState.h"
#include "forms/Field.h"
#include "setup/CreateConnection.h"
#include "setup/SetupJourney.h"

#include <QFontDatabase>

namespace Inlet {

namespace {
const QString kMask = QStringLiteral("••••••••");
}

ReviewPage::ReviewPage(WizardState& state, Clipboard& clipboard, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::ReviewPage)
    , m_clipboard(clipboard)
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create connection"));
}

void ReviewPage::build()
{
    m_ui->setupUi(this);
    m_ui->requestEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    Accessibility::nameBuddiesAfterTheirLabels(this);
    connect(m_ui->copyRequestButton, &QPushButton::clicked, this, [this] {
        // Placeholders only, so this is plain text.
        m_clipboard.copy(curlCommand(), Clipboard::Content::Plain);
    });
}

ReviewPage::~ReviewPage() = default;

QString ReviewPage::helpText() const
{
    return tr("<p>Check the connection before it is created. Secret values are masked here and replaced by "
              "placeholders such as <code>{PASSWORD}</code> in the curl command, which you can copy to run or "
              "document the same request yourself.</p>"
              "<p><b>Create connection</b> sends the request to Platform. You cannot go back past this page "
              "afterwards, so a second click cannot create a duplicate.</p>");
}

void ReviewPage::addRow(const QString& setting, const QString& value)
{
    auto* item = new QTreeWidgetItem(m_ui->summaryTreeWidget, {setting, value});
    item->setToolTip(1, value);
}

void ReviewPage::initializePage()
{
    const SetupJourney& journey = state().journey();
    const ConnectionDraft& draft = journey.draft();
    const Profile& profile = journey.profile();
    const ConnectionSpec& spec = journey.source();
    m_ui->summaryTreeWidget->clear();
    addRow(tr("Source"), spec.displayName);
    addRow(tr("Connection name"), draft.name);
    addRow(tr("Description"), draft.description);
    addRow(tr("Organization"), profile.orgId);
    addRow(tr("Sandbox"), profile.sandbox);
    if (spec.authSpecs.size() > 1)
        addRow(tr("Authentication"), draft.authSpecName);
    const AuthSpec* authSpec = spec.authSpec(draft.authSpecName);
    for (const AuthParam& param : draft.params) {
        const SchemaProperty* property = authSpec ? authSpec->property(param.name) : nullptr;
        const QString label = property ? Field::fromProperty(*property).label : Field::humanise(param.name);
        addRow(label, param.secret ? kMask : Field::valueText(param.value));
    }
    addRow(tr("Remember credentials"), journey.remembersCredentials() ? tr("Yes, in the system keychain") : tr("No"));
    m_ui->summaryTreeWidget->resizeColumnToContents(0);
    m_ui->requestEdit->setPlainText(curlCommand());
}

QString ReviewPage::curlCommand() const
{
    return CreateConnection::preview(state().journey().draft(), state().journey().profile());
}

} // namespace Inlet
