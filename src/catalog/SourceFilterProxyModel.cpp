#include "SourceFilterProxyModel.h"

#include "SearchText.h"
#include "SourceListModel.h"

namespace Inlet {

SourceFilterProxyModel::SourceFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SourceListModel::NameRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void SourceFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_filterText) {
        return;
    }
    m_filterText = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void SourceFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_sources = qobject_cast<const SourceListModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

QString SourceFilterProxyModel::fold(const QString& text)
{
    return SearchText::fold(text);
}

bool SourceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = m_sources
        ? m_sources->searchText(sourceRow)
        : sourceModel()->index(sourceRow, 0, sourceParent).data(SourceListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

bool SourceFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_sources)
        return m_sources->sortRank(left.row()) < m_sources->sortRank(right.row());
    // Accents do not move a name to the end of the list ("Étoile" sorts with "E"), whatever the locale.
    const QString leftText = left.data(sortRole()).toString();
    const QString rightText = right.data(sortRole()).toString();
    int order = m_collator.compare(fold(leftText), fold(rightText));
    if (order == 0) {
        order = m_collator.compare(leftText, rightText);
    }
    if (order != 0) {
        return order < 0;
    }
    return left.row() < right.row();
}

} // namespace Inlet
