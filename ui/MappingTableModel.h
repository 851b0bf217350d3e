#pragma once

#include "platform/DataflowTypes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

namespace Inlet {

// The mapping as a table: one row per source column (a column several rules read has a row for each,
// an unmapped one a row with no field), then one per generated rule (an expression such as `uuid()`, or
// a constant). Only the field is edited; rules() is what the rows say. Problems (an incompatible type,
// Data Prep's verdict) are shown on their rule's row.
class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, SourceTypeColumn, FieldColumn, FieldTypeColumn, CheckColumn, ColumnCount };
    // The field's dotted path (empty: not mapped), on FieldColumn; what setData takes there too.
    static constexpr int PathRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setMapping(const QList<ExploreColumn>& columns, const XdmSchema& schema, const QList<MappingRule>& rules);
    QList<MappingRule> rules() const;
    const XdmSchema& schema() const { return m_schema; }
    const QList<ExploreColumn>& columns() const { return m_columns; }
    // The source column a row reads; none for a generated rule.
    std::optional<ExploreColumn> column(int row) const;
    // The first row whose source is `source` (a column name or an expression), or -1.
    int rowOf(const QString& source) const;

    // Rules the schema cannot take as they are (AutoMapping::review's incompatible rules).
    void setIncompatible(const QList<MappingRule>& rules);
    // Data Prep's verdict: each problem on the row of its rule. Returns the problems no row has.
    QList<MappingProblem> setProblems(const QList<MappingProblem>& problems);
    void clearProblems();
    void setErrorColour(const QColor& colour) { m_errorColour = colour; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::optional<ExploreColumn> column; // none: a generated rule
        MappingRule rule; // destination empty: not mapped
        bool incompatible = false;
        QString problem; // Data Prep's
    };

    QString checkText(const Row& row) const;

    QList<ExploreColumn> m_columns;
    XdmSchema m_schema;
    QList<Row> m_rows;
    QColor m_errorColour;
};

// The field cell's editor: a combo box of the schema's fields as an indented tree of paths, with
// "(not mapped)" first. Objects are headings unless the column is an object itself. A choice is kept
// as soon as it is made.
class FieldPickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace Inlet
