#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace Inlet {

// What the picker shows of SourceListModel's rows, with widgets' types the core does not use: the
// category's icon (resources/icons/categories/<key>.svg, a generic one for a category Inlet does not
// know), "(beta)" after a beta source's name, and the translated category before its description
// in the tooltip.
class SourceIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QIcon categoryIcon(const QString& categoryKey);
    // The category's name in the user's language ("Databases" → "Datenbanken"); unknown ones as given.
    static QString categoryTitle(const QString& category);
};

} // namespace Inlet
