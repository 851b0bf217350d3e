#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Inlet {

// Filters SourceListModel rows by a typed text over name, category and description, ignoring case
// and accents ("donnees" finds "données", "strasse" finds "Straße"); every word must match. Sorts by
// display name, accents ignored.
class SourceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SourceFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    // Case-folded, decomposed (NFKD, so also ligatures and full-width forms) text without combining marks.
    static QString fold(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    QStringList m_words; // folded
    QCollator m_collator;
};

} // namespace Inlet
