#include "SourceFilterProxyModel.h"

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

QString SourceFilterProxyModel::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        folded.append(c.isSpace() ? QChar(u' ') : c);
    }
    return folded.toCaseFolded();
}

bool SourceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(SourceListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

bool SourceFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (order != 0) {
        return order < 0;
    }
    return left.row() < right.row();
}

} // namespace Inlet
