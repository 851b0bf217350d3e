#include "SourceListModel.h"

#include "SourceFilterProxyModel.h"

namespace Inlet {

SourceListModel::SourceListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SourceListModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_searchText.clear();
    for (const ConnectionSpec& spec : m_catalog.specs()) {
        m_searchText.append(SourceFilterProxyModel::fold(
            QStringList{spec.displayName, spec.name, spec.category, spec.description}.join(u'\n')));
    }
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
    const QList<ConnectionSpec>& specs = m_catalog.specs();
    for (int row = 0; row < specs.size(); ++row) {
        if (specs.at(row).id == id) {
            return index(row);
        }
    }
    return QModelIndex();
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
        return m_searchText.value(index.row());
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
    return names;
}

} // namespace Inlet
