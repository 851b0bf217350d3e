#include "DataflowReviewPage.h"
#include "ui_DataflowReviewPage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "setup/CreateDataflow.h"
#include "setup/SetupJourney.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Inlet {

namespace {

constexpr int kMaxRequestLines = 14; // taller requests scroll inside their box

QString localAndUtc(const QDateTime& utc)
{
    const QLocale locale;
    return DataflowReviewPage::tr("%1 your time (%2 UTC)")
        .arg(locale.toString(utc.toLocalTime(), QLocale::ShortFormat), locale.toString(utc, QLocale::ShortFormat));
}

} // namespace

DataflowReviewPage::DataflowReviewPage(WizardState& state, Clipboard& clipboard, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::DataflowReviewPage)
    , m_clipboard(clipboard)
    , m_journey(journey)
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));
}

DataflowReviewPage::~DataflowReviewPage() = default;

void DataflowReviewPage::build()
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->statusLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, [this] {
        // Placeholders only, so this is plain text.
        m_clipboard.copy(m_requests.join(QStringLiteral("\n\n")), Clipboard::Content::Plain);
        showMessage(m_ui->statusLabel,
                    tr("Copied all %n request(s), in the order they are sent.", nullptr, int(m_requests.size())),
                    false);
    });
}

QString DataflowReviewPage::helpText() const
{
    return tr("<p>Check the dataflow before it is created: where it reads, where the data goes, how many mapping "
              "rules it applies and when it runs (in your time and in UTC, as Platform receives it).</p>"
              "<p>Below are the requests <b>Create</b> sends, in order, as curl commands. Your access token is "
              "replaced by <code>{ACCESS_TOKEN}</code>, and the IDs Platform answers with by placeholders such as "
              "<code>{SOURCE_CONNECTION_ID}</code>; no secret is shown. Copy one, or all of them, to document "
              "the dataflow or to create it yourself.</p>"
              "<p><b>Create</b> sends each request once. Afterwards you can come back to this page only while "
              "nothing exists on Platform, so a second click cannot create a duplicate.</p>");
}

void DataflowReviewPage::initializePage()
{
    const DataflowPlan plan = m_journey.dataflowPlan();
    m_ui->statusLabel->setVisible(false);
    showSummary(plan);
    showRequests(plan);
}

void DataflowReviewPage::addRow(const QString& setting, const QString& value)
{
    auto* item = new QTreeWidgetItem(m_ui->summaryTreeWidget, {setting, value});
    item->setToolTip(1, value);
}

void DataflowReviewPage::showSummary(const DataflowPlan& plan)
{
    m_ui->summaryTreeWidget->clear();
    addRow(tr("Flow name"), plan.name);
    if (!plan.description.isEmpty())
        addRow(tr("Description"), plan.description);
    addRow(tr("Sandbox"), m_journey.profile().sandbox);
    addRow(tr("Source"), m_journey.source().displayName);
    const auto& reused = m_journey.reusedConnection();
    const QString connectionName = reused ? reused->name : m_journey.draft().name;
    addRow(tr("Connection"), tr("%1 (%2)").arg(connectionName, plan.baseConnectionId));
    addRow(tr("Reads"), plan.readsFiles() ? tr("File %1").arg(plan.object.path) : tr("Table %1").arg(plan.object.path));
    QString target;
    if (plan.createsDataset())
        target = tr("New dataset “%1”").arg(plan.newDatasetName);
    else if (plan.datasetName.isEmpty())
        target = tr("Existing dataset %1").arg(plan.datasetId);
    else
        target = tr("Existing dataset “%1” (%2)").arg(plan.datasetName, plan.datasetId);
    addRow(tr("Target dataset"), target);
    const auto& schema = m_journey.targetSchema();
    addRow(tr("Schema"), schema && !schema->title.isEmpty() ? schema->title : plan.schemaId);
    addRow(tr("Mapping"), tr("%n rule(s)", nullptr, int(plan.rules.size())));
    const FlowSchedule& schedule = plan.schedule;
    const bool once = schedule.frequency == FlowSchedule::Frequency::Once;
    addRow(tr("Runs"), scheduleText(schedule));
    addRow(once ? tr("At") : tr("First run"), localAndUtc(schedule.startUtc));
    if (!once)
        addRow(tr("Backfill"), schedule.backfill ? tr("Yes: the first run also reads older data") : tr("No"));
    if (!schedule.deltaColumn.isEmpty())
        addRow(tr("Delta column"), schedule.deltaColumn);
    addRow(tr("Error diagnostics"), schedule.errorDiagnostics ? tr("On") : tr("Off"));
    addRow(tr("Partial ingestion"),
           schedule.partialIngestionPercent
               ? tr("On: a run fails only above %1 % failed records").arg(*schedule.partialIngestionPercent)
               : tr("Off: one failed record fails the run"));
    m_ui->summaryTreeWidget->resizeColumnToContents(0);
}

QString DataflowReviewPage::scheduleText(const FlowSchedule& schedule)
{
    const int n = schedule.interval;
    switch (schedule.frequency) {
    case FlowSchedule::Frequency::Once:
        break;
    case FlowSchedule::Frequency::Minute:
        return tr("Every %n minute(s)", nullptr, n);
    case FlowSchedule::Frequency::Hour:
        return tr("Every %n hour(s)", nullptr, n);
    case FlowSchedule::Frequency::Day:
        return tr("Every %n day(s)", nullptr, n);
    case FlowSchedule::Frequency::Week:
        return tr("Every %n week(s)", nullptr, n);
    }
    return tr("Once");
}

QStringList DataflowReviewPage::requestTitles(const DataflowPlan& plan)
{
    // CreateDataflow's order: the dataset (when a new one), then the four objects every dataflow has.
    QStringList titles;
    if (plan.createsDataset())
        titles << tr("Create the dataset “%1”").arg(plan.newDatasetName);
    titles << tr("Create the source connection") << tr("Create the target connection") << tr("Create the mapping set")
           << tr("Create the dataflow");
    return titles;
}

void DataflowReviewPage::showRequests(const DataflowPlan& plan)
{
    qDeleteAll(m_requestWidgets); // their layout items go with them
    m_requestWidgets.clear();
    while (QLayoutItem* item = m_ui->requestsLayout->takeAt(0))
        delete item; // the stretch below the previous listing
    m_requests = CreateDataflow::previewRequests(plan, m_journey.profile());
    const QStringList titles = requestTitles(plan);
    for (int i = 0; i < m_requests.size(); ++i)
        addRequest(i, i < titles.size() ? titles.at(i) : tr("Request %1").arg(i + 1), m_requests.at(i));
    m_ui->requestsLayout->addStretch();
    // Keyboard order follows the page: Copy all, then each request's Copy and its text.
    QWidget* previous = m_ui->copyAllButton;
    for (QWidget* request : std::as_const(m_requestWidgets)) {
        for (QWidget* widget : {static_cast<QWidget*>(request->findChild<QPushButton*>()),
                                static_cast<QWidget*>(request->findChild<QPlainTextEdit*>())}) {
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

void DataflowReviewPage::addRequest(int index, const QString& title, const QString& command)
{
    const QString number = QString::number(index + 1);
    auto* request = new QWidget(m_ui->requestsContainer);
    request->setObjectName(QStringLiteral("request") + number);
    auto* layout = new QVBoxLayout(request);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(tr("%1. %2").arg(number, title), request);
    label->setObjectName(QStringLiteral("requestLabel") + number);
    label->setTextFormat(Qt::PlainText);
    auto* copy = new QPushButton(tr("Copy"), request);
    copy->setObjectName(QStringLiteral("copyRequestButton") + number);
    copy->setAccessibleName(tr("Copy request %1: %2").arg(number, title));
    header->addWidget(label, 1);
    header->addWidget(copy);
    layout->addLayout(header);

    auto* edit = new QPlainTextEdit(request);
    edit->setObjectName(QStringLiteral("requestEdit") + number);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlainText(command);
    label->setBuddy(edit);
    edit->setAccessibleName(Accessibility::spokenLabel(label->text())); // as the label reads
    const int lines = std::min(int(command.count(u'\n')) + 1, kMaxRequestLines);
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines
                         + 2 * (edit->frameWidth() + qRound(edit->document()->documentMargin()))
                         + edit->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(edit);
    connect(copy, &QPushButton::clicked, this, [this, command, title] {
        m_clipboard.copy(command, Clipboard::Content::Plain);
        showMessage(m_ui->statusLabel, tr("Copied: %1.").arg(title), false);
    });
    m_ui->requestsLayout->addWidget(request);
    m_requestWidgets << request;
}

} // namespace Inlet
