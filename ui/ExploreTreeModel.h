#pragma once

#include "platform/PlatformTypes.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPixmap>
#include <QTimer>

#include <memory>
#include <vector>

namespace Inlet {

// The tree of a connection's content on the Select data page, loaded level by level: a container
// (folder, schema) or the root asks for its items when it is expanded (canFetchMore/fetchMore, or
// levelWanted()), shows a spinner while they load and a warning when they failed. A level's items are
// inserted in batches, one batch per event-loop turn, so a root of 10,000 tables shows its first rows
// at once and never holds up the GUI thread.
class ExploreTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class State { NotLoaded, Loading, Loaded, Failed };
    enum Role { StateRole = Qt::UserRole + 1, PathRole };
    static constexpr int kBatchSize = 200;

    explicit ExploreTreeModel(QObject* parent = nullptr);
    ~ExploreTreeModel() override;

    // Forgets everything: the root is to be loaded again.
    void clear();

    ExploreItem item(const QModelIndex& index) const;
    bool isContainer(const QModelIndex& index) const;
    State state(const QModelIndex& parent) const;
    QString failure(const QModelIndex& parent) const;
    // Rows of `parent` still waiting to be inserted.
    int pendingCount(const QModelIndex& parent) const;

    void setLoading(const QModelIndex& parent);
    // The request was cancelled: the level can be asked for again.
    void setNotLoaded(const QModelIndex& parent);
    void setFailed(const QModelIndex& parent, const QString& message);
    void setItems(const QModelIndex& parent, const QList<ExploreItem>& items);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // `parent` (invalid: the root) needs its items: start the level's request.
    void levelWanted(const QModelIndex& parent);
    // Every item of `parent`'s level is in the model now.
    void levelInserted(const QModelIndex& parent);

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    void insertBatch();
    void advanceSpinner();

    std::unique_ptr<Node> m_root;
    QList<Node*> m_filling; // nodes with items still to insert, in order
    QList<Node*> m_loading;
    QTimer m_batchTimer;
    QTimer m_spinTimer;
    QList<QPixmap> m_spinnerFrames;
    int m_spinnerFrame = 0;
};

} // namespace Inlet
