#include "SourceIconProxyModel.h"

#include "catalog/SourceListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Inlet {

QVariant SourceIconProxyModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QString name = QIdentityProxyModel::data(index, SourceListModel::IconNameRole).toString();
    const QStyle::StandardPixmap fallback =
        name == QLatin1String("network-server-database") ? QStyle::SP_DriveHDIcon : QStyle::SP_DriveNetIcon;
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace Inlet
