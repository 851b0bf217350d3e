#include "LandingZonePage.h"
#include "ui_LandingZonePage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "Confirmation.h"
#include "WizardState.h"
#include "setup/LandingZoneAccess.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QLocale>
#include <QScrollBar>
#include <QTextDocument>

namespace Inlet {

LandingZonePage::LandingZonePage(WizardState& state,
                                 Clipboard& clipboard,
                                 LandingZoneAccess& landingZone,
                                 QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::LandingZonePage)
    , m_clipboard(clipboard)
    , m_landingZone(landingZone)
{
}

void LandingZonePage::build()
{
    m_ui->setupUi(this);
    m_ui->lineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // One line in Databricks' box, so one line here: never wrapped (at its hyphens or anywhere),
    // scrolled sideways instead, in a box one line high.
    m_ui->lineEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ui->lineEdit->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->lineEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_ui->lineEdit->setFixedHeight(
        QFontMetrics(m_ui->lineEdit->font()).lineSpacing()
        + 2 * (m_ui->lineEdit->frameWidth() + qRound(m_ui->lineEdit->document()->documentMargin()))
        + m_ui->lineEdit->horizontalScrollBar()->sizeHint().height());
    m_ui->statusLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copy(m_line.text(), Clipboard::Content::Secret);
        showMessage(m_ui->statusLabel,
                    tr("Copied. The clipboard is cleared again in %n minute(s).",
                       nullptr,
                       m_clipboard.secretLifetime() / 60000),
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
        run(m_landingZone.fetch(), tr("Fetching the landing-zone credentials…"));
}

bool LandingZonePage::isComplete() const
{
    return m_line.isValid() && m_ui->confirmCheckBox->isChecked();
}

void LandingZonePage::run(SparkConfigOperation* operation, const QString& progress)
{
    m_ui->copyButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);
    showMessage(m_ui->statusLabel, progress, false);
    m_fetch = operation;
    connect(operation, &Operation::finished, this, [this, operation] { finish(*operation); });
}

void LandingZonePage::finish(const SparkConfigOperation& operation)
{
    m_ui->refreshButton->setEnabled(true);
    if (const Error& error = operation.error()) {
        m_ui->copyButton->setEnabled(m_line.isValid());
        QString text = error.actionableMessage();
        if (!operation.outcomeMessage().isEmpty())
            text += u' ' + operation.outcomeMessage();
        else if (!m_line.isValid())
            text = tr("The landing-zone credentials could not be fetched.") + u' ' + text;
        showMessage(m_ui->statusLabel, text, true);
        return;
    }
    const SparkConfig& config = operation.result();
    const QString previous = m_line.text();
    show(config.line);
    if (!config.replacedPrevious)
        return;
    // The old line stopped working: the user has to paste the new one, and must not paste the old
    // one from the clipboard by mistake.
    m_ui->confirmCheckBox->setChecked(false);
    QStringList text;
    if (config.foundAfterFailure)
        text << tr("The refresh went through, though its answer was lost on the way.");
    text << tr("New credentials issued; the previous token no longer works.");
    if (m_clipboard.clearIfHolds(previous))
        text << tr("The old line was removed from the clipboard.");
    text << tr("Copy the new line and replace the one in your cluster's Spark config.");
    showMessage(m_ui->statusLabel, text.join(u' '), false);
    if (m_line.isValid())
        m_ui->copyButton->setFocus();
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
    if (!m_landingZone.refreshRevokes()) {
        // No line given yet: nothing is revoked, so there is nothing to ask.
        run(m_landingZone.refresh(), tr("Fetching the landing-zone credentials…"));
        return;
    }
    confirmAction(this,
                  tr("Refresh credentials"),
                  tr("Refreshing issues a new SAS token and revokes the current one at once.\n\n"
                     "Every Databricks cluster that uses the current line loses access to Platform's staging "
                     "storage, and its dataflows fail, until you paste the new line into its Spark config."),
                  tr("&Refresh and revoke the old token"),
                  [this] { run(m_landingZone.refresh(), tr("Refreshing the landing-zone credentials…")); });
}

} // namespace Inlet
