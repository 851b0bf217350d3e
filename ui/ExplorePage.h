#pragma once

#include "WizardPage.h"
#include "setup/ExploreTypes.h"

#include <QList>
#include <QPair>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class ExplorePage;
}

namespace Inlet {

class Clipboard;
class Error;
class ExploreConnection;
class ExploreTreeModel;
class Operation;
class PreviewTableModel;
class SchemaTableModel;
class SetupJourney;

// Select data: the connection's tables and files as a tree loaded level by level, the chosen table's
// or file's schema and preview rows, the format a file is read with. The described object is handed
// on through the journey. Failures say what to do; Retry repeats only what failed. Finish ends the
// wizard here, as on the result page.
class ExplorePage : public WizardPage
{
    Q_OBJECT

public:
    ExplorePage(WizardState& state,
                Clipboard& clipboard,
                ExploreConnection& explore,
                SetupJourney& journey,
                QWidget* parent = nullptr);
    ~ExplorePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;
    QString helpText() const override;

    // For tests and the benchmark: the content behind the tree view, and what is running.
    ExploreTreeModel* contentModel() const { return m_tree; }
    bool isBusy() const;
    const std::optional<ObjectDescription>& description() const { return m_description; }
    void retry();

signals:
    // A table or file with columns is chosen: Next leads to the dataflow's target.
    void objectChosen();

protected:
    void build() override;

private:
    enum class RetryTarget { None, Level, Object };

    void loadLevel(const QModelIndex& parent);
    void finishLevel(const QPersistentModelIndex& parent, const Error& error, const QList<ExploreItem>& items);
    void cancelLevel(const QModelIndex& parent);
    void cancelAll();
    void selectionChanged();
    void describe();
    void finishDescribe(const QString& path, const Error& error, const ObjectDescription& description);
    void showDescription(const ObjectDescription& description);
    void showFailure(const ExploreFailure& failure, RetryTarget target, const QPersistentModelIndex& level = {});
    void clearFailure();
    void updateProgress();
    void copyPreview();
    std::optional<FileFormat> chosenFormat() const;
    void showFormat(const std::optional<FileFormat>& format);
    void updateFormatControls();

    const QScopedPointer<Ui::ExplorePage> m_ui;
    Clipboard& m_clipboard;
    ExploreConnection& m_explore;
    SetupJourney& m_journey;
    ExploreTreeModel* m_tree;
    QSortFilterProxyModel* m_filter = nullptr; // made by build(), with the tree view
    SchemaTableModel* m_schema;
    PreviewTableModel* m_preview;
    QList<QPair<QPersistentModelIndex, QPointer<Operation>>> m_levels;
    QPointer<Operation> m_describing;
    QTimer m_describeDelay;
    ExploreItem m_current;
    std::optional<ObjectDescription> m_description;
    RetryTarget m_retryTarget = RetryTarget::None;
    QPersistentModelIndex m_failedLevel;
    QString m_exploredConnection;
};

} // namespace Inlet
