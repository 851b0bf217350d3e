#include "SourceFilterProxyModel.h"

#include "SearchText.h"
#include "SourceListModel.h"

namespace Inlet {

SourceFilterProxyModel::SourceFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

QString SourceFilterProxyModel::fold(const QString& text)
{
    return SearchText::fold(text);
}

void SourceFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    if (QAbstractItemModel* old = this->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_sources = qobject_cast<const SourceListModel*>(sourceModel);
    fillRows();
    if (m_sources) {
        // SourceListModel only resets; anything finer is taken as a reset too.
        connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
            fillRows();
            endResetModel();
        });
        for (const auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(sourceModel, changed, this, &SourceFilterProxyModel::refill);
        connect(sourceModel, &QAbstractItemModel::dataChanged, this, &SourceFilterProxyModel::refill);
    }
    endResetModel();
}

void SourceFilterProxyModel::fillRows()
{
    m_rows = matchingRows(nullptr);
    m_proxyRowOf.fill(-1, m_sources ? m_sources->rowCount() : 0);
    for (int proxyRow = 0; proxyRow < int(m_rows.size()); ++proxyRow)
        m_proxyRowOf[m_rows.at(proxyRow)] = proxyRow;
}

void SourceFilterProxyModel::refill()
{
    beginResetModel();
    fillRows();
    endResetModel();
}

void SourceFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column)
    Q_UNUSED(order)
}

void SourceFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    // Typing on only narrows: every row that matches the longer text matched the shorter one.
    const bool narrowing = text.startsWith(m_filterText);
    m_filterText = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    const QList<int> shown = m_rows;
    setRows(matchingRows(narrowing ? &shown : nullptr));
}

void SourceFilterProxyModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    const bool narrowing = m_category.isEmpty(); // from every category to one
    m_category = category;
    const QList<int> shown = m_rows;
    setRows(matchingRows(narrowing ? &shown : nullptr));
}

bool SourceFilterProxyModel::matches(int sourceRow) const
{
    if (!m_category.isEmpty() && m_sources->category(sourceRow) != m_category)
        return false;
    const QString& haystack = m_sources->searchText(sourceRow);
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QList<int> SourceFilterProxyModel::matchingRows(const QList<int>* candidates) const
{
    QList<int> rows;
    if (!m_sources)
        return rows;
    if (candidates) {
        rows.reserve(candidates->size());
        for (const int row : *candidates) {
            if (matches(row))
                rows.append(row);
        }
        return rows;
    }
    const int count = m_sources->rowCount();
    rows.reserve(count);
    for (int rank = 0; rank < count; ++rank) {
        const int row = m_sources->rowAtRank(rank);
        if ((m_words.isEmpty() && m_category.isEmpty()) || matches(row))
            rows.append(row);
    }
    return rows;
}

void SourceFilterProxyModel::setRows(QList<int> rows)
{
    // Sizes first: Qt 6.4 compares two empty lists with memcmp on a null pointer (undefined).
    if (rows.size() == m_rows.size() && (rows.isEmpty() || rows == m_rows))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceRows.append(m_rows.at(index.row()));
    for (const int row : std::as_const(m_rows))
        m_proxyRowOf[row] = -1;
    m_rows = std::move(rows);
    for (int proxyRow = 0; proxyRow < int(m_rows.size()); ++proxyRow)
        m_proxyRowOf[m_rows.at(proxyRow)] = proxyRow;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < int(before.size()); ++i) {
        const int proxyRow = m_proxyRowOf.at(sourceRows.at(i));
        after.append(proxyRow < 0 ? QModelIndex() : index(proxyRow, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex SourceFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()) || !m_sources)
        return QModelIndex();
    return m_sources->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex SourceFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_sources || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return QModelIndex();
    const int proxyRow = m_proxyRowOf.at(sourceIndex.row());
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QModelIndex SourceFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex SourceFilterProxyModel::parent(const QModelIndex& child) const
{
    Q_UNUSED(child)
    return QModelIndex();
}

bool SourceFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

int SourceFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_sources ? 0 : 1; // a list
}

} // namespace Inlet
