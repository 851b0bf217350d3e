#pragma once

#include "WizardPage.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

namespace Ui {
class SourcePage;
}

namespace Inlet {

class Operation;
class SourceFilterProxyModel;
class SourceIconProxyModel;
class SourceListModel;
struct ConnectionSpec;

// A searchable list of the catalog's sources; type to filter, arrows to move, Enter to go on.
class SourcePage : public WizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(WizardState& state, QWidget* parent = nullptr);
    ~SourcePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // Selects the source with this connection spec id or (display) name, clearing the search only if
    // it hides that source; false if there is none.
    bool selectSource(const QString& idOrName);
    const ConnectionSpec* currentSpec() const;

signals:
    // The current source stayed the same for a moment (the user is not just passing it with the arrow
    // keys): what the next page needs for it can be fetched ahead.
    void sourceSettled(const QString& connectionSpecId);

protected:
    void build() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrent();
    // The command line's source; otherwise nothing is chosen until the user chooses.
    void selectInitialSource();
    // The category choice: every category, then the catalog's, each with its icon.
    void fillCategories();
    void filterChanged();
    void refreshFromPlatform();

    const QScopedPointer<Ui::SourcePage> m_ui;
    // Created with the widgets, on the first visit.
    SourceListModel* m_model = nullptr;
    SourceFilterProxyModel* m_filter = nullptr;
    SourceIconProxyModel* m_icons = nullptr;
    QPointer<Operation> m_refresh;
    QTimer m_settle;
    bool m_initialized = false;
    bool m_initialSelectionPending = false; // shown before the catalog had arrived
};

} // namespace Inlet
