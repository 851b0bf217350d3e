#include "FieldEditor.h"

#include "FieldEditors.h"

#include "forms/FormModel.h"

#include <QHBoxLayout>
#include <QScopedValueRollback>
#include <QWidget>

namespace Inlet {

std::unique_ptr<FieldEditor> FieldEditor::create(const Field& field, QWidget* parent)
{
    switch (field.kind) {
    case Field::Kind::Text:
        return std::make_unique<TextEditor>(field, parent);
    case Field::Kind::Secret:
        return std::make_unique<SecretEditor>(field, parent);
    case Field::Kind::FileSecret:
        return std::make_unique<FileSecretEditor>(field, parent);
    case Field::Kind::Url:
        return std::make_unique<UrlEditor>(field, parent);
    case Field::Kind::Integer:
        return std::make_unique<IntegerEditor>(field, parent);
    case Field::Kind::Number:
        return std::make_unique<NumberEditor>(field, parent);
    case Field::Kind::Boolean:
        return std::make_unique<BooleanEditor>(field, parent);
    case Field::Kind::Choice:
        return std::make_unique<ChoiceEditor>(field, parent);
    }
    Q_UNREACHABLE(); // every kind has its editor above
    return {};
}

FieldEditor::FieldEditor(const Field& field)
    : m_field(field)
{
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setInput(QWidget* input)
{
    m_input = input;
    m_input->setObjectName(m_field.name);
    m_input->setAccessibleDescription(m_field.help);
}

void FieldEditor::addTo(QHBoxLayout* row) const
{
    row->addWidget(m_input, 1);
}

void FieldEditor::setValue(const QVariant& value)
{
    const QScopedValueRollback writing(m_writing, true);
    write(value);
}

bool FieldEditor::isEmpty() const
{
    return FormModel::isEmptyValue(value());
}

void FieldEditor::validate(const FormModel& model)
{
    m_error = inputError();
    if (m_error.isEmpty())
        m_error = model.validateField(m_field, value());
    emit validated();
}

void FieldEditor::reportEdit(bool finished)
{
    if (!m_writing) {
        emit edited(finished);
    }
}

void FieldEditor::reportEditingFinished()
{
    if (!m_writing) {
        emit editingFinished();
    }
}

} // namespace Inlet
