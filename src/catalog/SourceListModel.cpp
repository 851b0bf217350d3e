#include "SourceListModel.h"

namespace Inlet {

SourceListModel::SourceListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SourceListModel::setCatalog(Catalog catalog)
{
    if (!catalog.hasPickerIndex())
        catalog.buildPickerIndex();
    beginResetModel();
    m_catalog = std::move(catalog);
    endResetModel();
}

const ConnectionSpec* SourceListModel::specAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || index.row() >= m_catalog.size()) {
        return nullptr;
    }
    return &m_catalog.specs().at(index.row());
}

QModelIndex SourceListModel::indexOfId(const QString& id) const
{
    const int row = m_catalog.indexOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

int SourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_catalog.size();
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    const ConnectionSpec* spec = specAt(index);
    if (!spec) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return spec->displayName;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return spec->description;
    case IdRole:
        return spec->id;
    case CategoryRole:
        return spec->category;
    case DocumentationUrlRole:
        return spec->documentationUrl;
    case IconNameRole:
        return spec->iconName();
    case AuthSpecCountRole:
        return int(spec->authSpecs.size());
    case SearchTextRole:
        return m_catalog.searchText(index.row());
    case BetaRole:
        return spec->beta;
    case CategoryKeyRole:
        return spec->categoryKey();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "specId");
    names.insert(NameRole, "name");
    names.insert(CategoryRole, "category");
    names.insert(DescriptionRole, "description");
    names.insert(DocumentationUrlRole, "documentationUrl");
    names.insert(IconNameRole, "iconName");
    names.insert(AuthSpecCountRole, "authSpecCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(BetaRole, "beta");
    names.insert(CategoryKeyRole, "categoryKey");
    return names;
}

} // namespace Inlet
