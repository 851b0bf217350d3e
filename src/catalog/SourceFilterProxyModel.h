#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Inlet {

class SourceListModel;

// Filters SourceListModel rows by a typed text over name, category and description, ignoring case
// and accents ("donnees" finds "données", "strasse" finds "Straße"); every word must match. Sorts by
// display name, accents ignored. Over a SourceListModel both read the catalog's precomputed picker
// index directly (one substring search per row and word, one integer comparison per sort step), so a
// keystroke over 10,000 sources stays well under a frame.
class SourceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SourceFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    // SearchText::fold(): case-folded, decomposed text without combining marks.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    QStringList m_words; // folded
    QCollator m_collator; // for source models other than SourceListModel
    const SourceListModel* m_sources = nullptr; // the source model, when it is one
};

} // namespace Inlet
