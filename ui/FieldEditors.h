#pragma once

#include "FieldEditor.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

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

// A web address ("format": "uri"): one line that takes URL characters; FormModel checks it is an
// absolute http(s) address.
class UrlEditor : public TextEditor
{
    Q_OBJECT

public:
    UrlEditor(const Field& field, QWidget* parent);
};

// A secret that is a file's content (a private key, a service-account JSON key): masked on one line
// until revealed, then shown over several lines to check or edit it, and loadable with "Load from
// file…" (Base64-encoded or made compact as the schema says; FormModel::valueFromFile). The loaded
// value is an ordinary value of the field: it goes to the request and the keychain like a typed one.
class FileSecretEditor : public FieldEditor
{
    Q_OBJECT

public:
    FileSecretEditor(const Field& field, QWidget* parent);

    void addTo(QHBoxLayout* row) const override;
    QVariant value() const override;
    bool holdsSecret() const override { return true; }

    // Loads the file at `path` as the value; false (and inputError() says why) when it does not fit.
    bool loadFile(const QString& path, const FormModel& model);
    QPushButton* loadButton() const { return m_load; }
    QToolButton* revealButton() const { return m_reveal; }
    bool isRevealed() const;

signals:
    // The person asked to load a file: the form shows the dialog (it knows the form model).
    void loadRequested();

protected:
    void write(const QVariant& value) override;
    QString inputError() const override { return m_fileError; }

private:
    void setRevealed(bool revealed);
    void setText(const QString& text);

    QWidget* m_box; // the input: holds the masked line and the revealed text
    QLineEdit* m_masked;
    QPlainTextEdit* m_plain;
    QToolButton* m_reveal;
    QPushButton* m_load;
    QString m_fileError;
    bool m_syncing = false;
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
