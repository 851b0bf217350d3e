#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace Inlet {

class SourceListModel;

// The source picker's rows: the SourceListModel's sources (of one category, if chosen) whose name,
// category or description match a typed text, ignoring case and accents ("donnees" finds "données", "strasse" finds
// "Straße"; every word must match), always sorted by display name, accents ignored.
//
// A flat proxy rather than a QSortFilterProxyModel, for speed at 10,000 sources: the order is the
// catalog's precomputed rank (Catalog::buildPickerIndex()), so nothing is sorted here; a keystroke is
// one pass over the rows in rank order (over the rows still shown when the text only grew), and the
// view gets one layout change, with the current row kept when it still matches.
class SourceFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit SourceFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    // Only the sources of this category (exactly as the catalog names it); empty: every category.
    void setCategory(const QString& category);
    QString category() const { return m_category; }

    // SearchText::fold(): case-folded, decomposed text without combining marks.
    static QString fold(const QString& text);

    // Only a SourceListModel (anything else shows nothing).
    void setSourceModel(QAbstractItemModel* sourceModel) override;
    // The rows are always sorted by display name; kept for callers that ask for it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;

private:
    bool matches(int sourceRow) const;
    // All rows in rank order that match, or (narrowing) those of `candidates` that still do.
    QList<int> matchingRows(const QList<int>* candidates) const;
    void setRows(QList<int> rows); // a layout change, persistent indexes moved along
    void fillRows(); // from all source rows, for the current text
    void refill(); // a reset, after the source model changed

    QPointer<const SourceListModel> m_sources;
    QString m_filterText;
    QString m_category;
    QStringList m_words; // folded
    QList<int> m_rows; // proxy row → source row
    QList<int> m_proxyRowOf; // source row → proxy row, -1 when filtered out
};

} // namespace Inlet
