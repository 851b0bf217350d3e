#pragma once

#include "catalog/Catalog.h"

#include <QAbstractListModel>

namespace Inlet {

// The source picker's rows: one per connection spec of a Catalog. No widgets, no QIcon: the icon is a
// theme name (IconNameRole) that the view resolves.
class SourceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole, // display name (also Qt::DisplayRole)
        CategoryRole,
        DescriptionRole, // also Qt::ToolTipRole
        DocumentationUrlRole, // QUrl
        IconNameRole,
        AuthSpecCountRole,
        SearchTextRole, // name, category and description folded for accent-insensitive matching
        BetaRole, // bool
        CategoryKeyRole, // ConnectionSpec::categoryKey(): names the category's icon
    };
    Q_ENUM(Role)

    explicit SourceListModel(QObject* parent = nullptr);

    // Cheap when the catalog has its picker index (Catalog::buildPickerIndex(), which the catalog use
    // case builds off the GUI thread): the reset then shares the catalog's data and computes nothing.
    // Without one it is built here.
    void setCatalog(Catalog catalog);
    const Catalog& catalog() const { return m_catalog; }

    // Null for an invalid index.
    const ConnectionSpec* specAt(const QModelIndex& index) const;
    QModelIndex indexOfId(const QString& id) const;

    // For SourceFilterProxyModel, without a QVariant per row: the row's folded search text and its
    // rank in alphabetical order, and the row at a rank (Catalog's picker index).
    const QString& searchText(int row) const { return m_catalog.searchText(row); }
    const QString& category(int row) const { return m_catalog.specs().at(row).category; }
    // The catalog's categories, each once, sorted (none before the first catalog).
    QStringList categories() const { return m_catalog.hasPickerIndex() ? m_catalog.categories() : QStringList(); }
    int sortRank(int row) const { return m_catalog.sortRank(row); }
    int rowAtRank(int rank) const { return m_catalog.rowAtRank(rank); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Catalog m_catalog; // with its picker index once set
};

} // namespace Inlet
