#pragma once

#include "FieldEditor.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Inlet {

class RevealButton;

// The editors of the field kinds in Field::Kind; FieldEditor::create() picks one.

// Text typed on one line. It accepts one character more than the schema's maxLength, so that
// FormModel can say "too long" instead of the input silently stopping.
class TextEditor : public FieldEditor
{
    Q_OBJECT

public:
    TextEditor(const Field& field, QWidget* parent);

    QVariant value() const override;

protected:
    void write(const QVariant& value) override;
    QLineEdit* lineEdit() const { return m_edit; }

private:
    QLineEdit* m_edit;
};

// Text that stays masked unless the person reveals it with the button beside it.
class SecretEditor : public TextEditor
{
    Q_OBJECT

public:
    SecretEditor(const Field& field, QWidget* parent);

    void addTo(QHBoxLayout* row) const override;
    bool holdsSecret() const override { return true; }

protected:
    void write(const QVariant& value) override; // masks again whenever the value is replaced

private:
    RevealButton* m_reveal;
};

// Spin boxes have no empty state: one step below the lowest allowed value reads "Not set".
class IntegerEditor : public FieldEditor
{
    Q_OBJECT

public:
    IntegerEditor(const Field& field, QWidget* parent);

    QVariant value() const override;

protected:
    void write(const QVariant& value) override;

private:
    QSpinBox* m_spin;
};

class NumberEditor : public FieldEditor
{
    Q_OBJECT

public:
    NumberEditor(const Field& field, QWidget* parent);

    QVariant value() const override;

protected:
    void write(const QVariant& value) override;

private:
    QDoubleSpinBox* m_spin;
};

class BooleanEditor : public FieldEditor
{
    Q_OBJECT

public:
    BooleanEditor(const Field& field, QWidget* parent);

    QVariant value() const override;

protected:
    void write(const QVariant& value) override;

private:
    QCheckBox* m_check;
};

// One of the schema's enum values; its first entry means "nothing chosen".
class ChoiceEditor : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceEditor(const Field& field, QWidget* parent);

    QVariant value() const override;

protected:
    void write(const QVariant& value) override;

private:
    QComboBox* m_combo;
};

} // namespace Inlet
