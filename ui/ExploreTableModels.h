#pragma once

#include "platform/PlatformTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Inlet {

// The schema of the chosen table or file: column name, type in the source, XDM type (and format).
class SchemaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SourceTypeColumn, XdmTypeColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setColumns(const QList<ExploreColumn>& columns);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString xdmText(const ExploreColumn& column);

private:
    QList<ExploreColumn> m_columns;
};

// Preview rows as a grid. Hundreds of columns and long values cost nothing extra: cells show at most
// kShownCharacters (the view elides what does not fit), the tooltip and copy have the whole value.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kShownCharacters = 200;
    static constexpr int kTooltipCharacters = 4000;

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const QList<ExploreColumn>& columns, const QList<QStringList>& rows);
    QString fullText(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExploreColumn> m_columns;
    QList<QStringList> m_rows;
};

} // namespace Inlet
