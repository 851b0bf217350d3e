#pragma once

#include "forms/Field.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QHBoxLayout;
class QWidget;

namespace Inlet {

class FormModel;

// One input of the credential form, for one kind of field (the shape of Qt Creator's
// JsonFieldPage::Field): it creates its widgets, reads, writes, clears and validates its value.
// create() is the one place that maps a Field::Kind to its editor, so a new kind is a new subclass
// and one line there. The widgets belong to the parent given to create(); the editor drives them and
// must go before them, so that a widget going away cannot report an edit to a form that is rebuilding.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<FieldEditor> create(const Field& field, QWidget* parent);
    ~FieldEditor() override;

    const Field& field() const { return m_field; }
    // The widget the field's label names and focus goes to; its objectName is the field's name.
    QWidget* input() const { return m_input; }
    // Puts the editor's widgets into its row of the form.
    virtual void addTo(QHBoxLayout* row) const;

    // The value as FormModel takes it: QString, qlonglong, double or bool; an invalid QVariant when not set.
    virtual QVariant value() const = 0;
    // Shows `value` (a value that does not fit reads as not set); emits no edited().
    void setValue(const QVariant& value);
    void clear() { setValue(QVariant()); }
    bool isEmpty() const;
    // True for values that must not outlive the wizard (CredentialForm::clearSecrets()).
    virtual bool holdsSecret() const { return false; }

    // Checks the value against `model`, once per call; error() keeps the verdict until the next check.
    void validate(const FormModel& model);
    QString error() const { return m_error; }

signals:
    // The person changed the value; `finished` unless they are still typing it.
    void edited(bool finished);
    // The person finished typing without changing the value further (Return, or focus leaving).
    void editingFinished();
    // validate() has run: error() is current.
    void validated();

protected:
    explicit FieldEditor(const Field& field);

    // Subclasses create their input widget, then name it here.
    void setInput(QWidget* input);

    virtual void write(const QVariant& value) = 0;
    // A problem the editor found itself (a file that could not be loaded); it is reported before the
    // model's verdict until the value changes.
    virtual QString inputError() const { return QString(); }
    // For subclasses' widget signals: reports a change the person made, not one setValue() made.
    void reportEdit(bool finished);
    void reportEditingFinished();

private:
    Field m_field;
    QWidget* m_input = nullptr;
    QString m_error;
    bool m_writing = false;
};

} // namespace Inlet
