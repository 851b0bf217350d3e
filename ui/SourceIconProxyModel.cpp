#include "SourceIconProxyModel.h"

#include "SelectedTintIconEngine.h"
#include "catalog/SourceListModel.h"

#include <QCoreApplication>
#include <QFile>

namespace Inlet {

namespace {

// The categories of the bundled catalog, the docs' section names, for translation.
const char* const kCategories[] = {
    QT_TRANSLATE_NOOP("Inlet::Categories", "Advertising"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Analytics"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Cloud storage"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Consent and preferences"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "CRM"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Customer success"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Databases"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "eCommerce"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Loyalty"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Marketing automation"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Payments"),
    QT_TRANSLATE_NOOP("Inlet::Categories", "Protocols"),
};

} // namespace

QString SourceIconProxyModel::categoryTitle(const QString& category)
{
    for (const char* known : kCategories) {
        if (category == QLatin1String(known))
            return QCoreApplication::translate("Inlet::Categories", known);
    }
    return category;
}

QIcon SourceIconProxyModel::categoryIcon(const QString& categoryKey)
{
    static QHash<QString, QIcon> icons; // GUI thread only; one per category
    const auto found = icons.constFind(categoryKey);
    if (found != icons.constEnd())
        return *found;
    QString path = QStringLiteral(":/icons/categories/%1.svg").arg(categoryKey);
    if (categoryKey.isEmpty() || !QFile::exists(path))
        path = QStringLiteral(":/icons/categories/other.svg");
    // Nothing is rendered here: the list paints its visible rows' icons at the size it needs.
    QIcon icon(new SelectedTintIconEngine(QIcon(path)));
    icons.insert(categoryKey, icon);
    return icon;
}

QVariant SourceIconProxyModel::data(const QModelIndex& index, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        return categoryIcon(QIdentityProxyModel::data(index, SourceListModel::CategoryKeyRole).toString());
    case Qt::DisplayRole: {
        const QString name = QIdentityProxyModel::data(index, role).toString();
        return QIdentityProxyModel::data(index, SourceListModel::BetaRole).toBool() ? tr("%1 (beta)").arg(name) : name;
    }
    case Qt::ToolTipRole:
        return tr("%1 · %2").arg(
            categoryTitle(QIdentityProxyModel::data(index, SourceListModel::CategoryRole).toString()),
            QIdentityProxyModel::data(index, SourceListModel::DescriptionRole).toString());
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace Inlet
