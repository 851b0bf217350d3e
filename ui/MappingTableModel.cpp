#include "MappingTableModel.h"

#include "ExploreTableModels.h"

#include <QComboBox>
#include <QFont>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace Inlet {

void MappingTableModel::setMapping(const QList<ExploreColumn>& columns,
                                   const XdmSchema& schema,
                                   const QList<MappingRule>& rules)
{
    beginResetModel();
    m_columns = columns;
    m_schema = schema;
    m_rows.clear();
    QList<bool> shown(rules.size(), false);
    for (const ExploreColumn& column : columns) {
        bool read = false;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const MappingRule& rule = rules.at(i);
            if (rule.sourceType == MappingRule::SourceType::Attribute && rule.source == column.name) {
                m_rows.append({column, rule, false, QString()});
                shown[i] = true;
                read = true;
            }
        }
        if (!read)
            m_rows.append(
                {column, MappingRule{MappingRule::SourceType::Attribute, column.name, QString()}, false, QString()});
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!shown.at(i))
            m_rows.append({std::nullopt, rules.at(i), false, QString()});
    }
    endResetModel();
}

QList<MappingRule> MappingTableModel::rules() const
{
    QList<MappingRule> rules;
    for (const Row& row : m_rows) {
        if (!row.rule.destination.isEmpty())
            rules << row.rule;
    }
    return rules;
}

std::optional<ExploreColumn> MappingTableModel::column(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).column;
}

int MappingTableModel::rowOf(const QString& source) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).rule.source == source)
            return int(i);
    }
    return -1;
}

void MappingTableModel::setIncompatible(const QList<MappingRule>& rules)
{
    for (Row& row : m_rows)
        row.incompatible = !row.rule.destination.isEmpty() && rules.contains(row.rule);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
}

QList<MappingProblem> MappingTableModel::setProblems(const QList<MappingProblem>& problems)
{
    for (Row& row : m_rows)
        row.problem.clear();
    QList<MappingProblem> unplaced;
    for (const MappingProblem& problem : problems) {
        // Its rule exactly, else the rule writing its field, else the one reading its column.
        const auto find = [this](const auto& matches) -> Row* {
            for (Row& row : m_rows) {
                if (!row.rule.destination.isEmpty() && matches(row.rule))
                    return &row;
            }
            return nullptr;
        };
        Row* row = find([&problem](const MappingRule& rule) {
            return rule.source == problem.source && rule.destination == problem.destination;
        });
        if (!row && !problem.destination.isEmpty())
            row = find([&problem](const MappingRule& rule) { return rule.destination == problem.destination; });
        if (!row && !problem.source.isEmpty())
            row = find([&problem](const MappingRule& rule) { return rule.source == problem.source; });
        if (!row) {
            unplaced << problem;
            continue;
        }
        if (!row->problem.isEmpty())
            row->problem += QLatin1Char('\n');
        row->problem += problem.message;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    return unplaced;
}

void MappingTableModel::clearProblems()
{
    setProblems({});
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingTableModel::checkText(const Row& row) const
{
    if (!row.problem.isEmpty())
        return row.problem;
    if (row.rule.destination.isEmpty())
        return QString();
    const SchemaField* field = m_schema.field(row.rule.destination);
    if (!field)
        return tr("Not a field of this schema");
    if (row.incompatible && row.column)
        return tr("A %1 column cannot fill a %2 field").arg(SchemaTableModel::xdmText(*row.column), field->valueType());
    return QString();
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const MappingRule& rule = row.rule;
    const SchemaField* field = rule.destination.isEmpty() ? nullptr : m_schema.field(rule.destination);
    switch (index.column()) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return rule.source;
        break;
    case SourceTypeColumn:
        if (role == Qt::DisplayRole) {
            if (row.column)
                return SchemaTableModel::xdmText(*row.column);
            if (rule.sourceType == MappingRule::SourceType::Expression)
                return tr("expression");
            if (rule.sourceType == MappingRule::SourceType::Static)
                return tr("constant");
            return tr("column path");
        }
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return rule.destination.isEmpty() ? tr("(not mapped)") : rule.destination;
        if (role == Qt::EditRole || role == PathRole)
            return rule.destination;
        if (role == Qt::ToolTipRole && field)
            return field->title.isEmpty() ? field->path : tr("%1: %2").arg(field->path, field->title);
        if (role == Qt::FontRole && rule.destination.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case FieldTypeColumn:
        if (role == Qt::DisplayRole && field)
            return field->valueType();
        break;
    case CheckColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return checkText(row);
        if (role == Qt::ForegroundRole && m_errorColour.isValid() && !checkText(row).isEmpty())
            return m_errorColour;
        break;
    default:
        break;
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != FieldColumn || (role != Qt::EditRole && role != PathRole))
        return false;
    Row& row = m_rows[index.row()];
    const QString path = value.toString();
    if (row.rule.destination == path)
        return true;
    row.rule.destination = path;
    // Data Prep's verdict was on the old rule; the review marks the new one afresh.
    row.problem.clear();
    row.incompatible = false;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case SourceTypeColumn:
        return tr("Source type");
    case FieldColumn:
        return tr("Schema field");
    case FieldTypeColumn:
        return tr("Field type");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

QWidget*
FieldPickerDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const MappingTableModel*>(index.model());
    if (!model || index.column() != MappingTableModel::FieldColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldPickerComboBox"));
    combo->setAccessibleName(
        tr("Schema field for %1").arg(index.siblingAtColumn(MappingTableModel::SourceColumn).data().toString()));
    combo->addItem(tr("(not mapped)"), QString());
    const std::optional<ExploreColumn> column = model->column(index.row());
    const bool objectSource = column && column->xdmType == QLatin1String("object");
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    for (const SchemaField& field : model->schema().fields) {
        // Indented as the schema nests them; the whole path, so the closed box says where it goes.
        combo->addItem(QString(field.depth * 4, QLatin1Char(' ')) + field.path, field.path);
        const int item = combo->count() - 1;
        combo->setItemData(item,
                           field.title.isEmpty() ? field.valueType()
                                                 : tr("%1 (%2)").arg(field.title, field.valueType()),
                           Qt::ToolTipRole);
        if (!field.isLeaf() && !objectSource && items)
            items->item(item)->setEnabled(false); // a heading: its leaves are what a column fills
    }
    // Each field the user moves to is kept at once, so the review below follows; Enter or leaving closes.
    auto* self = const_cast<FieldPickerDelegate*>(this);
    connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

void FieldPickerDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    // Showing the value is not choosing it (and the view does not know the editor yet).
    const QSignalBlocker quiet(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(MappingTableModel::PathRole).toString())));
}

void FieldPickerDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    model->setData(index, combo->currentData().toString(), MappingTableModel::PathRole);
}

} // namespace Inlet
