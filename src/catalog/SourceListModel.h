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
    };
    Q_ENUM(Role)

    explicit SourceListModel(QObject* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    const Catalog& catalog() const { return m_catalog; }

    // Null for an invalid index.
    const ConnectionSpec* specAt(const QModelIndex& index) const;
    QModelIndex indexOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Catalog m_catalog;
    QStringList m_searchText; // per row, precomputed
};

} // namespace Inlet
