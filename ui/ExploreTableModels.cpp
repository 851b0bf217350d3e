#include "ExploreTableModels.h"

namespace Inlet {

void SchemaTableModel::setColumns(const QList<ExploreColumn>& columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

int SchemaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int SchemaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SchemaTableModel::xdmText(const ExploreColumn& column)
{
    return column.xdmFormat.isEmpty() ? column.xdmType
                                      : QStringLiteral("%1 (%2)").arg(column.xdmType, column.xdmFormat);
}

QVariant SchemaTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ExploreColumn& column = m_columns.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return column.name;
    case SourceTypeColumn:
        return column.type;
    case XdmTypeColumn:
        return xdmText(column);
    default:
        return {};
    }
}

QVariant SchemaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Column");
    case SourceTypeColumn:
        return tr("Source type");
    case XdmTypeColumn:
        return tr("XDM type");
    default:
        return {};
    }
}

void PreviewTableModel::setPreview(const QList<ExploreColumn>& columns, const QList<QStringList>& rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

QString PreviewTableModel::fullText(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList& row = m_rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

int PreviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        const QString text = fullText(index);
        // One line, and no more than fits a wide column: painting a 2,000-character value each frame
        // would cost more than it shows.
        QString shown = text.left(kShownCharacters);
        shown.replace(QLatin1Char('\n'), QChar(0x23CE));
        return text.size() > kShownCharacters ? shown + QChar(0x2026) : shown;
    }
    if (role == Qt::ToolTipRole) {
        const QString text = fullText(index);
        if (text.size() <= kShownCharacters / 4)
            return {};
        return text.size() > kTooltipCharacters ? text.left(kTooltipCharacters) + QChar(0x2026) : text;
    }
    return {};
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const ExploreColumn& column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::ToolTipRole)
        return tr("%1: %2 in the source, %3 in XDM").arg(column.name, column.type, SchemaTableModel::xdmText(column));
    return {};
}

} // namespace Inlet
