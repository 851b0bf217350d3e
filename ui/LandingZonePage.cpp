#include "LandingZonePage.h"
#include "ui_LandingZonePage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "Confirmation.h"
#include "WizardState.h"
#include "setup/LandingZoneAccess.h"

#include <QFontDatabase>
#include <QLocale>

namespace Inlet {

LandingZonePage::LandingZonePage(WizardState& state, LandingZoneAccess& landingZone, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::LandingZonePage)
    , m_landingZone(landingZone)
{
}

void LandingZonePage::build()
{
    m_ui->setupUi(this);
    m_ui->lineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->statusLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        this->state().clipboard().copy(m_line.text(), Clipboard::Content::Secret);
        showMessage(m_ui->statusLabel,
                    tr("Copied. The clipboard is cleared again in %n minute(s).",
                       nullptr,
                       this->state().clipboard().secretLifetime() / 60000),
                    false);
    });
    connect(m_ui->showTokenCheckBox, &QCheckBox::toggled, this, &LandingZonePage::showLineText);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LandingZonePage::refresh);
    connect(m_ui->confirmCheckBox, &QCheckBox::toggled, this, &LandingZonePage::completeChanged);
}

LandingZonePage::~LandingZonePage() = default;

QString LandingZonePage::helpText() const
{
    return tr("<p>Platform stages Databricks data in an Azure Blob Storage container of its own. Your cluster "
              "reaches it with a shared access signature (SAS) token given in the cluster's Spark config.</p>"
              "<ol><li>Copy the line.</li><li>In Databricks, open the cluster, choose <b>Edit</b> › <b>Advanced "
              "options</b> › <b>Spark</b>, paste the line into <b>Spark config</b> and confirm.</li>"
              "<li>Tick the box on this page and continue.</li></ol>"
              "<p>The token expires on the date shown. <b>Refresh credentials</b> issues a new token and revokes "
              "the current one at once, so every cluster using the old line must be updated.</p>");
}

void LandingZonePage::initializePage()
{
    if (!m_line.isValid() && m_fetch.isNull())
        fetch(false);
}

bool LandingZonePage::isComplete() const
{
    return m_line.isValid() && m_ui->confirmCheckBox->isChecked();
}

void LandingZonePage::fetch(bool refresh)
{
    m_ui->copyButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);
    showMessage(m_ui->statusLabel,
                refresh ? tr("Refreshing the landing-zone credentials…") : tr("Fetching the landing-zone credentials…"),
                false);
    SparkConfigOperation* operation = refresh ? m_landingZone.refresh() : m_landingZone.fetch();
    m_fetch = operation;
    connect(operation, &Operation::finished, this, [this, operation, refresh] {
        m_ui->refreshButton->setEnabled(true);
        if (operation->error()) {
            m_ui->copyButton->setEnabled(m_line.isValid());
            const QString what = refresh ? tr("The credentials were not refreshed.")
                                         : tr("The landing-zone credentials could not be fetched.");
            showMessage(m_ui->statusLabel, what + u' ' + operation->error().actionableMessage(), true);
            return;
        }
        show(operation->result());
        if (refresh) {
            // The old line stopped working: the user has to paste the new one.
            m_ui->confirmCheckBox->setChecked(false);
            showMessage(m_ui->statusLabel,
                        tr("New credentials issued; the previous token no longer works. Replace the line in your "
                           "cluster's Spark config with the one above."),
                        false);
        }
    });
}

void LandingZonePage::show(const SparkConfigLine& line)
{
    m_line = line;
    if (!m_line.isValid()) {
        showMessage(m_ui->statusLabel, m_line.error(), true);
    } else {
        m_ui->statusLabel->setVisible(false);
    }
    m_ui->copyButton->setEnabled(m_line.isValid());
    showLineText();
    showExpiry();
    emit completeChanged();
}

void LandingZonePage::showLineText()
{
    // The token is a secret: shown only on request, with its signature hidden otherwise.
    m_ui->lineEdit->setPlainText(m_ui->showTokenCheckBox->isChecked() ? m_line.text() : m_line.redactedText());
}

void LandingZonePage::showExpiry()
{
    const QDate today = QDate::currentDate();
    const QString date = QLocale().toString(m_line.expiryDate(), QLocale::LongFormat);
    switch (m_line.expiry(today)) {
    case SparkConfigLine::Expiry::Unknown:
        showMessage(m_ui->expiryLabel, tr("Platform did not say when this token expires."), false);
        break;
    case SparkConfigLine::Expiry::Valid:
        showMessage(m_ui->expiryLabel, tr("The token is valid until %1.").arg(date), false);
        break;
    case SparkConfigLine::Expiry::ExpiresSoon:
        showMessage(m_ui->expiryLabel,
                    tr("The token expires on %1, in %n day(s). Refresh it soon and update the cluster.",
                       nullptr,
                       m_line.daysLeft(today))
                        .arg(date),
                    true);
        break;
    case SparkConfigLine::Expiry::Expired:
        showMessage(m_ui->expiryLabel,
                    tr("The token expired on %1. Refresh the credentials, then update the cluster.").arg(date),
                    true);
        break;
    }
}

void LandingZonePage::refresh()
{
    if (!m_fetch.isNull())
        return;
    if (!m_line.isValid()) {
        // The first fetch failed: nothing was shown, so fetch again instead of revoking a token that
        // clusters set up earlier may be using.
        fetch(false);
        return;
    }
    confirmAction(this,
                  tr("Refresh credentials"),
                  tr("Refreshing issues a new SAS token and revokes the current one at once.\n\n"
                     "Every Databricks cluster that uses the current line loses access to Platform's staging "
                     "storage, and its dataflows fail, until you paste the new line into its Spark config."),
                  tr("&Refresh and revoke the old token"),
                  [this] { fetch(true); });
}

} // namespace Inlet
