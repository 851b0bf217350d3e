#include "SchedulePage.h"
#include "ui_SchedulePage.h"

#include "Accessibility.h"
#include "setup/AutoMapping.h"
#include "setup/LandingZoneAccess.h"
#include "setup/ScheduleRules.h"
#include "setup/SetupJourney.h"
#include "setup/WatchRuns.h"

#include <QLocale>
#include <QSignalBlocker>

#include <cstdlib>

namespace Inlet {

namespace {

constexpr qint64 kStartStepSeconds = 5 * 60;

// Now, rounded up to the next five minutes: a start the user can read at a glance, still ahead.
QDateTime defaultStart()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch((now + kStartStepSeconds - 1) / kStartStepSeconds * kStartStepSeconds);
}

QString utcOffsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QLatin1Char(offsetSeconds < 0 ? '-' : '+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SchedulePage::SchedulePage(WizardState& state, LandingZoneAccess& landingZone, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::SchedulePage)
    , m_landingZone(landingZone)
    , m_journey(journey)
{
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::build()
{
    m_ui->setupUi(this);
    using Frequency = FlowSchedule::Frequency;
    m_ui->frequencyComboBox->addItem(tr("Once"), int(Frequency::Once));
    m_ui->frequencyComboBox->addItem(tr("Minute"), int(Frequency::Minute));
    m_ui->frequencyComboBox->addItem(tr("Hour"), int(Frequency::Hour));
    m_ui->frequencyComboBox->addItem(tr("Day"), int(Frequency::Day));
    m_ui->frequencyComboBox->addItem(tr("Week"), int(Frequency::Week));
    m_ui->frequencyComboBox->setCurrentIndex(m_ui->frequencyComboBox->findData(int(m_shownFrequency)));
    m_ui->deltaComboBox->setPlaceholderText(tr("Choose a date or timestamp column"));
    m_ui->problemsLabel->setVisible(false);
    m_ui->expiryLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &SchedulePage::recheck);
    connect(m_ui->frequencyComboBox, &QComboBox::currentIndexChanged, this, &SchedulePage::frequencyChanged);
    // The spin box takes any interval from 1: one below Adobe's minimum is explained under the form and
    // holds Next back, rather than being raised silently. (A spin box that corrects values below its
    // minimum would do so whenever the wizard updates its buttons, even in the middle of typing "20".)
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, &SchedulePage::recheck);
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, &SchedulePage::updateIntervalSuffix);
    connect(m_ui->startDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateStartZone();
        recheck();
    });
    connect(m_ui->backfillCheckBox, &QCheckBox::toggled, this, &SchedulePage::recheck);
    connect(m_ui->deltaComboBox, &QComboBox::currentIndexChanged, this, &SchedulePage::recheck);
    connect(m_ui->partialCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->partialLabel->setEnabled(on);
        m_ui->partialSpinBox->setEnabled(on);
        recheck();
    });
    connect(m_ui->partialSpinBox, &QSpinBox::valueChanged, this, &SchedulePage::recheck);
}

QString SchedulePage::helpText() const
{
    return tr("<p>Name the dataflow; the objects Inlet creates for it are named after it. Choose <b>Once</b> "
              "to read the source a single time, or how often the dataflow runs: Platform runs it at most every "
              "15 minutes, and every hour, day or week at most once per interval.</p>"
              "<p>The start is in your local time; Platform receives it in UTC. With <b>backfill</b>, the first "
              "run also reads what the source held before the start.</p>"
              "<p>A scheduled table source needs a <b>delta column</b>, a date or timestamp column that each run "
              "compares with its time window to read only new rows. A table without one can only be read once.</p>"
              "<p><b>Error diagnostics</b> keep the reason each rejected record failed. With <b>partial "
              "ingestion</b>, a run succeeds while the share of failed records stays at or below the threshold; "
              "without it, one failed record fails the run.</p>"
              "<p>For Databricks, Inlet checks that the landing-zone token in your cluster's Spark config is "
              "still valid for the first runs.</p>");
}

void SchedulePage::initializePage()
{
    showObject();
    if (!m_filled) {
        fillFromJourney();
        m_filled = true;
        m_ui->nameLineEdit->setFocus();
        m_ui->nameLineEdit->selectAll();
    }
    if (m_journey.isDatabricks()) {
        fetchExpiry();
    } else {
        m_expiry = QDate();
        m_ui->expiryLabel->setVisible(false);
    }
    recheck();
}

bool SchedulePage::isComplete() const
{
    return isBuilt() && m_filled && m_problems.isEmpty();
}

bool SchedulePage::validatePage()
{
    // Time passed since the values were checked: a start may have slipped into the past.
    recheck();
    if (!m_problems.isEmpty())
        return false;
    m_journey.scheduleFlow(flowName(), m_ui->descriptionLineEdit->text().trimmed(), schedule());
    return true;
}

QString SchedulePage::flowName() const
{
    return m_ui->nameLineEdit->text().trimmed();
}

FlowSchedule::Frequency SchedulePage::frequency() const
{
    return FlowSchedule::Frequency(m_ui->frequencyComboBox->currentData().toInt());
}

bool SchedulePage::readsFiles() const
{
    const auto& object = m_journey.chosenObject();
    return object && object->type == QLatin1String("file");
}

FlowSchedule SchedulePage::schedule() const
{
    FlowSchedule schedule;
    schedule.frequency = frequency();
    const bool once = schedule.frequency == FlowSchedule::Frequency::Once;
    schedule.interval = once ? 1 : m_ui->intervalSpinBox->value();
    schedule.startUtc = ScheduleRules::toUtc(m_ui->startDateTimeEdit->dateTime());
    schedule.backfill = !once && m_ui->backfillCheckBox->isChecked();
    // Incremental loads only: a single run reads everything.
    if (!once && !readsFiles())
        schedule.deltaColumn = m_ui->deltaComboBox->currentText();
    schedule.errorDiagnostics = m_ui->errorDiagnosticsCheckBox->isChecked();
    if (m_ui->partialCheckBox->isChecked())
        schedule.partialIngestionPercent = m_ui->partialSpinBox->value();
    return schedule;
}

QStringList SchedulePage::problems() const
{
    QStringList problems;
    if (flowName().isEmpty())
        problems << tr("Give the dataflow a name.");
    DataflowPlan plan = m_journey.dataflowPlan();
    plan.name = flowName();
    plan.schedule = schedule();
    problems << ScheduleRules::problems(plan, QDateTime::currentDateTimeUtc());
    if (!readsFiles() && plan.schedule.frequency != FlowSchedule::Frequency::Once && m_ui->deltaComboBox->count() == 0)
        problems << tr("%1 has no date or timestamp column, so no run could tell its new rows from those already "
                       "read: it can only be read once. Choose Once.")
                        .arg(plan.object.name);
    return problems;
}

void SchedulePage::fillFromJourney()
{
    const DataflowPlan plan = m_journey.dataflowPlan();
    FlowSchedule schedule = plan.schedule;
    if (plan.name.isEmpty()) {
        // Nothing decided yet: a table without dates can only be read once; anything else hourly.
        schedule = FlowSchedule();
        if (!readsFiles() && m_ui->deltaComboBox->count() == 0)
            schedule.frequency = FlowSchedule::Frequency::Once;
        schedule.startUtc = defaultStart();
    } else {
        m_ui->nameLineEdit->setText(plan.name);
        m_ui->descriptionLineEdit->setText(plan.description);
    }
    m_ui->frequencyComboBox->setCurrentIndex(m_ui->frequencyComboBox->findData(int(schedule.frequency)));
    frequencyChanged();
    m_ui->intervalSpinBox->setValue(schedule.interval);
    m_ui->startDateTimeEdit->setDateTime(schedule.startUtc.isValid() ? schedule.startUtc.toLocalTime()
                                                                     : defaultStart());
    updateStartZone();
    m_ui->backfillCheckBox->setChecked(schedule.backfill);
    const int delta = m_ui->deltaComboBox->findText(schedule.deltaColumn);
    if (delta >= 0)
        m_ui->deltaComboBox->setCurrentIndex(delta);
    m_ui->errorDiagnosticsCheckBox->setChecked(schedule.errorDiagnostics);
    m_ui->partialCheckBox->setChecked(schedule.partialIngestionPercent.has_value());
    if (schedule.partialIngestionPercent)
        m_ui->partialSpinBox->setValue(*schedule.partialIngestionPercent);
}

void SchedulePage::showObject()
{
    const auto& object = m_journey.chosenObject();
    const bool files = readsFiles();
    m_ui->deltaLabel->setVisible(!files);
    m_ui->deltaComboBox->setVisible(!files);

    // The name offered follows the object until the user types one of their own.
    const QString offered = object ? tr("%1 from %2").arg(object->name, m_journey.source().displayName) : QString();
    const QString typed = m_ui->nameLineEdit->text();
    if (typed.trimmed().isEmpty() || typed == m_defaultName)
        m_ui->nameLineEdit->setText(offered);
    m_defaultName = offered;

    const QString key = object ? object->connectionId + u'\n' + object->path : QString();
    if (key == m_shownObject)
        return;
    m_shownObject = key;
    const QString chosen = m_ui->deltaComboBox->currentText();
    const QStringList candidates = object ? AutoMapping::deltaColumnCandidates(object->columns) : QStringList();
    const QSignalBlocker blocker(m_ui->deltaComboBox);
    m_ui->deltaComboBox->clear();
    m_ui->deltaComboBox->addItems(candidates);
    m_ui->deltaComboBox->setPlaceholderText(candidates.isEmpty() ? tr("No date or timestamp column")
                                                                 : tr("Choose a date or timestamp column"));
    // One candidate is the only choice there is; among several, the user decides which one grows.
    int index = m_ui->deltaComboBox->findText(chosen);
    if (index < 0 && candidates.size() == 1)
        index = 0;
    m_ui->deltaComboBox->setCurrentIndex(index);
    m_ui->deltaComboBox->setEnabled(!candidates.isEmpty() && frequency() != FlowSchedule::Frequency::Once);
}

void SchedulePage::frequencyChanged()
{
    const FlowSchedule::Frequency now = frequency();
    // Another unit starts from its minimum when the interval was at the old one or is below the new one
    // ("1 hour" becomes "15 minutes"); an interval the user chose otherwise stays.
    const int value = m_ui->intervalSpinBox->value();
    const int minimum = FlowSchedule::minimumInterval(now);
    if (value == FlowSchedule::minimumInterval(m_shownFrequency) || value < minimum)
        m_ui->intervalSpinBox->setValue(minimum);
    m_shownFrequency = now;
    const bool once = now == FlowSchedule::Frequency::Once;
    m_ui->intervalLabel->setEnabled(!once);
    m_ui->intervalSpinBox->setEnabled(!once);
    m_ui->backfillCheckBox->setEnabled(!once);
    m_ui->deltaLabel->setEnabled(!once);
    m_ui->deltaComboBox->setEnabled(!once && m_ui->deltaComboBox->count() > 0);
    updateIntervalSuffix();
    recheck();
}

void SchedulePage::updateIntervalSuffix()
{
    const int n = m_ui->intervalSpinBox->value();
    QString unit;
    switch (frequency()) {
    case FlowSchedule::Frequency::Once:
        break;
    case FlowSchedule::Frequency::Minute:
        unit = tr("minute(s)", "the interval's unit, after the number", n);
        break;
    case FlowSchedule::Frequency::Hour:
        unit = tr("hour(s)", "the interval's unit, after the number", n);
        break;
    case FlowSchedule::Frequency::Day:
        unit = tr("day(s)", "the interval's unit, after the number", n);
        break;
    case FlowSchedule::Frequency::Week:
        unit = tr("week(s)", "the interval's unit, after the number", n);
        break;
    }
    const QString suffix = unit.isEmpty() ? QString() : u' ' + unit;
    // Setting a suffix rewrites the edit's text, so only when it changes.
    if (suffix != m_ui->intervalSpinBox->suffix())
        m_ui->intervalSpinBox->setSuffix(suffix);
}

void SchedulePage::updateStartZone()
{
    const QDateTime local = m_ui->startDateTimeEdit->dateTime();
    const QString offset = QStringLiteral("UTC") + utcOffsetText(local.offsetFromUtc());
    // A zone with a name of its own ("CET") is named; one known only by its offset ("+0530") is not twice.
    const QString abbreviation = local.timeZoneAbbreviation();
    const bool named = !abbreviation.isEmpty() && abbreviation.at(0).isLetter()
        && !abbreviation.startsWith(QLatin1String("UTC")) && !abbreviation.startsWith(QLatin1String("GMT"));
    m_ui->startZoneLabel->setText(tr("Local time (%1); %2 UTC")
                                      .arg(named ? tr("%1, %2").arg(abbreviation, offset) : offset,
                                           QLocale().toString(ScheduleRules::toUtc(local), QLocale::ShortFormat)));
}

void SchedulePage::recheck()
{
    m_problems = problems();
    showMessage(m_ui->problemsLabel, m_problems.join(u'\n'), true);
    showExpiryWarning();
    emit completeChanged();
}

void SchedulePage::fetchExpiry()
{
    if (!m_expiryFetch.isNull())
        return;
    // The current credentials, as Platform has them; nothing is refreshed or revoked.
    SparkConfigOperation* operation = m_landingZone.fetch();
    m_expiryFetch = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (const Error& error = operation->error()) {
            m_expiry = QDate();
            showMessage(
                m_ui->expiryLabel,
                tr("Inlet could not check when the landing-zone token expires. %1").arg(error.actionableMessage()),
                false);
            return;
        }
        m_expiry = operation->result().line.expiryDate();
        showExpiryWarning();
    });
}

void SchedulePage::showExpiryWarning()
{
    if (!m_journey.isDatabricks() || !m_expiry.isValid())
        return; // nothing known (yet), or the note why not stays
    // A warning, not a problem: the user may refresh the token before the runs start.
    showMessage(
        m_ui->expiryLabel, WatchRuns::expiryWarning(m_expiry, schedule(), QDateTime::currentDateTimeUtc()), true);
}

} // namespace Inlet
