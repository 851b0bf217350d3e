#include "SourceFilterProxyModel.h"

#include "SourceListModel.h"

#include <utility>

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
    folded = folded.toCaseFolded();
    // Letters that Unicode does not decompose but people type without their stroke or ligature.
    static const std::pair<char16_t, const char*> kPlain[] = {
        {u'\u00df', "ss"},
        {u'\u00e6', "ae"},
        {u'\u0153', "oe"},
        {u'\u00f8', "o"},
        {u'\u0142', "l"},
        {u'\u0111', "d"},
        {u'\u0131', "i"},
        {u'\u00f0', "d"},
    };
    for (const auto& [letter, plain] : kPlain) {
        folded.replace(QChar(letter), QLatin1String(plain));
    }
    return folded;
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
