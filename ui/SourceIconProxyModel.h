#pragma once

#include <QIdentityProxyModel>

namespace Inlet {

// Turns SourceListModel's icon theme names into icons, falling back to the style's own when the
// theme has none (offscreen, Windows, macOS). The core stays free of widgets.
class SourceIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Inlet
