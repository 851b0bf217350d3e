#include "ExploreTreeModel.h"

#include "StandardIcons.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QStyle>

namespace Inlet {

namespace {

constexpr int kSpinnerFrames = 8;
constexpr int kSpinnerSize = 16;

QList<QPixmap> spinnerFrames()
{
    QList<QPixmap> frames;
    const QColor colour = QApplication::palette().color(QPalette::Text);
    for (int frame = 0; frame < kSpinnerFrames; ++frame) {
        QPixmap pixmap(kSpinnerSize, kSpinnerSize);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(kSpinnerSize / 2.0, kSpinnerSize / 2.0);
        for (int spoke = 0; spoke < kSpinnerFrames; ++spoke) {
            QColor c = colour;
            c.setAlphaF(0.15 + 0.85 * double((spoke + frame) % kSpinnerFrames) / (kSpinnerFrames - 1));
            painter.setPen(QPen(c, 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(0, -3.5), QPointF(0, -7));
            painter.rotate(360.0 / kSpinnerFrames);
        }
        frames << pixmap;
    }
    return frames;
}

} // namespace

struct ExploreTreeModel::Node
{
    ExploreItem item;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    State state = State::NotLoaded;
    QList<ExploreItem> pending;
    QString failure;
};

ExploreTreeModel::ExploreTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &ExploreTreeModel::insertBatch);
    m_spinTimer.setInterval(100);
    connect(&m_spinTimer, &QTimer::timeout, this, &ExploreTreeModel::advanceSpinner);
}

ExploreTreeModel::~ExploreTreeModel() = default;

void ExploreTreeModel::clear()
{
    beginResetModel();
    m_filling.clear();
    m_loading.clear();
    m_batchTimer.stop();
    m_spinTimer.stop();
    m_root = std::make_unique<Node>();
    endResetModel();
}

ExploreTreeModel::Node* ExploreTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ExploreTreeModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node*>(node)); // NOLINT(cppcoreguidelines-pro-type-const-cast)
}

ExploreItem ExploreTreeModel::item(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->item : ExploreItem();
}

bool ExploreTreeModel::isContainer(const QModelIndex& index) const
{
    if (!index.isValid())
        return true;
    const QString& type = nodeOf(index)->item.type;
    return type != QLatin1String("table") && type != QLatin1String("file");
}

ExploreTreeModel::State ExploreTreeModel::state(const QModelIndex& parent) const
{
    return nodeOf(parent)->state;
}

QString ExploreTreeModel::failure(const QModelIndex& parent) const
{
    return nodeOf(parent)->failure;
}

int ExploreTreeModel::pendingCount(const QModelIndex& parent) const
{
    return int(nodeOf(parent)->pending.size());
}

void ExploreTreeModel::setLoading(const QModelIndex& parent)
{
    if (m_spinnerFrames.isEmpty())
        m_spinnerFrames = spinnerFrames(); // needs the application's palette, so not before the first use
    Node* node = nodeOf(parent);
    node->state = State::Loading;
    node->failure.clear();
    if (!m_loading.contains(node))
        m_loading << node;
    if (!m_spinTimer.isActive())
        m_spinTimer.start();
    if (parent.isValid())
        emit dataChanged(parent, parent);
}

void ExploreTreeModel::setNotLoaded(const QModelIndex& parent)
{
    Node* node = nodeOf(parent);
    node->state = State::NotLoaded;
    m_loading.removeAll(node);
    if (parent.isValid())
        emit dataChanged(parent, parent);
}

void ExploreTreeModel::setFailed(const QModelIndex& parent, const QString& message)
{
    Node* node = nodeOf(parent);
    node->state = State::Failed;
    node->failure = message;
    m_loading.removeAll(node);
    if (parent.isValid())
        emit dataChanged(parent, parent);
}

void ExploreTreeModel::setItems(const QModelIndex& parent, const QList<ExploreItem>& items)
{
    Node* node = nodeOf(parent);
    m_loading.removeAll(node);
    node->state = State::Loaded;
    node->failure.clear();
    node->pending = items;
    if (parent.isValid())
        emit dataChanged(parent, parent);
    m_filling.removeAll(node);
    m_filling << node;
    // The first batch at once, so the first rows are there in the same turn; the rest follow.
    insertBatch();
}

void ExploreTreeModel::insertBatch()
{
    if (m_filling.isEmpty()) {
        m_batchTimer.stop();
        return;
    }
    Node* node = m_filling.first();
    const int first = int(node->children.size());
    const int count = int(std::min<qsizetype>(kBatchSize, node->pending.size()));
    if (count > 0) {
        const QModelIndex parent = indexOf(node);
        beginInsertRows(parent, first, first + count - 1);
        node->children.reserve(node->children.size() + std::size_t(count));
        for (int i = 0; i < count; ++i) {
            auto child = std::make_unique<Node>();
            child->item = node->pending.at(i);
            child->parent = node;
            child->row = first + i;
            node->children.push_back(std::move(child));
        }
        node->pending.remove(0, count);
        endInsertRows();
    }
    if (node->pending.isEmpty()) {
        m_filling.removeFirst();
        emit levelInserted(indexOf(node));
    }
    if (m_filling.isEmpty())
        m_batchTimer.stop();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ExploreTreeModel::advanceSpinner()
{
    if (m_loading.isEmpty()) {
        m_spinTimer.stop();
        return;
    }
    m_spinnerFrame = (m_spinnerFrame + 1) % kSpinnerFrames;
    for (const Node* node : std::as_const(m_loading)) {
        const QModelIndex index = indexOf(node);
        if (index.isValid())
            emit dataChanged(index, index, {Qt::DecorationRole});
    }
}

QModelIndex ExploreTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children.at(std::size_t(row)).get());
}

QModelIndex ExploreTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ExploreTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ExploreTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

bool ExploreTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!isContainer(parent))
        return false;
    const Node* node = nodeOf(parent);
    // Not loaded yet: show the expander, so the user can open it.
    return node->state != State::Loaded || !node->children.empty() || !node->pending.isEmpty();
}

QVariant ExploreTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->item.name;
    case PathRole:
        return node->item.path;
    case StateRole:
        return int(node->state);
    case Qt::DecorationRole:
        if (node->state == State::Loading && !m_spinnerFrames.isEmpty())
            return m_spinnerFrames.at(m_spinnerFrame);
        if (node->state == State::Failed)
            return standardIcon(QStyle::SP_MessageBoxWarning);
        return standardIcon(isContainer(index) ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::ToolTipRole:
        if (node->state == State::Loading)
            return tr("%1 (loading…)").arg(node->item.path);
        if (node->state == State::Failed)
            return node->failure;
        return node->item.path;
    case Qt::AccessibleDescriptionRole:
        if (node->state == State::Loading)
            return tr("Loading");
        if (node->state == State::Failed)
            return node->failure;
        return node->item.type;
    default:
        return {};
    }
}

bool ExploreTreeModel::canFetchMore(const QModelIndex& parent) const
{
    return isContainer(parent) && nodeOf(parent)->state == State::NotLoaded;
}

void ExploreTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        emit levelWanted(parent);
}

} // namespace Inlet
