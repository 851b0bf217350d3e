#pragma once

#include "WizardPage.h"
#include "setup/ChooseTarget.h"

#include <QPointer>
#include <QScopedPointer>

#include <optional>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class TargetPage;
}

namespace Inlet {

class Error;
class SetupJourney;

// Target: an existing dataset (from Catalog, with its schema, searchable) or a new dataset on an
// existing XDM schema (from Schema Registry, with its fields). A dataset whose schema cannot take the
// chosen object's columns is explained, not offered silently. The choice goes to the journey.
class TargetPage : public WizardPage
{
    Q_OBJECT

public:
    TargetPage(WizardState& state, ChooseTarget& chooseTarget, SetupJourney& journey, QWidget* parent = nullptr);
    ~TargetPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // For tests: what is running, and the schema described for the current choice.
    bool isBusy() const;
    const std::optional<XdmSchema>& describedSchema() const { return m_schema; }

protected:
    void build() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class RetryTarget { None, Load, Describe };

    bool choosesNewDataset() const;
    const DatasetSummary* chosenDataset() const;
    void load();
    void finishLoad(const Error& error, const TargetOptions& options);
    void fillLists();
    void selectRemembered();
    void choiceChanged();
    void describe(const QString& schemaId);
    void finishDescribe(const Error& error, const XdmSchema& schema);
    void showChosen();
    void showFields();
    // Each fitted column as wide as its text, within its share of the view.
    void fitDatasetColumns();
    void fitFieldColumns();
    void updateFit();
    void showFailure(const QString& message, const QString& details, RetryTarget target);
    void clearFailure();
    void retry();
    void cancelAll();
    void updateProgress();

    const QScopedPointer<Ui::TargetPage> m_ui;
    ChooseTarget& m_chooseTarget;
    SetupJourney& m_journey;
    QStandardItemModel* m_datasets;
    QSortFilterProxyModel* m_datasetFilter = nullptr; // made by build(), with the views
    QStandardItemModel* m_schemas;
    QSortFilterProxyModel* m_schemaFilter = nullptr;
    QPointer<TargetOptionsOperation> m_loading;
    QPointer<SchemaOperation> m_describing;
    TargetOptions m_options;
    bool m_loaded = false;
    bool m_filling = false; // the lists are being refilled: their selection signals mean nothing
    // What the user chose in each list; kept while a search hides it.
    QString m_datasetId;
    QString m_schemaId;
    QString m_wantedSchemaId; // the schema the current choice needs described
    std::optional<XdmSchema> m_schema; // described for the current choice (invalid: a dataset without one)
    TargetFit m_fit;
    QString m_suggestedName;
    RetryTarget m_retryTarget = RetryTarget::None;
};

} // namespace Inlet
