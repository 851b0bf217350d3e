#pragma once

#include "WizardPage.h"
#include "setup/AutoMapping.h"
#include "setup/MapColumns.h"

#include <QPointer>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class MappingPage;
}

class QTimer;

namespace Inlet {

class Error;
class MappingTableModel;
class SetupJourney;

// Mapping: every source column against the schema's fields, matched automatically (AutoMapping),
// each match editable with a field picker over the schema's tree; unmapped columns and unfilled required
// or identity fields shown; checked with Data Prep's validate before going on and shown on the preview rows.
class MappingPage : public WizardPage
{
    Q_OBJECT

public:
    MappingPage(WizardState& state, MapColumns& mapColumns, SetupJourney& journey, QWidget* parent = nullptr);
    ~MappingPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // For tests: the rows behind the table, and whether Data Prep is being asked.
    MappingTableModel* mappingModel() const { return m_model; }
    bool isBusy() const;

protected:
    void build() override;

private:
    void resetToSuggestions();
    void refreshReview();
    void check(bool continueWhenDone);
    void finishCheck(const QList<MappingRule>& rules, const Error& error, const QList<MappingProblem>& problems);
    void preview();
    void finishPreview(const Error& error, const MappingPreview& preview);
    MappingSetDraft draft() const;
    // The explored rows a preview converts; none until the journey carries them (see the report).
    QList<QStringList> previewRows() const;
    void showDetails(const QString& details);
    void cancelAll();
    void updateProgress();

    const QScopedPointer<Ui::MappingPage> m_ui;
    MapColumns& m_mapColumns;
    SetupJourney& m_journey;
    MappingTableModel* m_model;
    QPointer<MappingCheckOperation> m_checking;
    QPointer<MappingPreviewOperation> m_previewing;
    bool m_continueAfterCheck = false;
    QString m_mappedFor; // the object and schema the table was made for: the same again keeps every edit
    MappingReview m_review;
    QList<MappingRule> m_acceptedRules; // what Data Prep last accepted
    std::optional<QList<MappingRule>> m_refusedRules; // what it last refused, until something changes
    QTimer* m_checkAheadDelay; // Data Prep checks a mapping once the user has stopped changing it
};

} // namespace Inlet
