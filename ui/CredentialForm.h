#pragma once

#include "catalog/ConnectionSpec.h"
#include "forms/FormModel.h"

#include <QSet>
#include <QVariantMap>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Inlet {

class FieldEditor;

// The credential inputs of one source, generated from its auth spec (FormModel). A source with several
// auth specs gets a selector ("Authentication"); switching keeps the values of same-named fields.
// Completeness is computed here rather than with QWizard's "*" fields, so a prefilled default counts.
// Each field is a FieldEditor; a change validates the edited field once, and the verdicts are kept.
class CredentialForm : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialForm(QWidget* parent = nullptr);
    ~CredentialForm() override;

    // Rebuilds the form for `spec`'s first auth spec; values typed for another source are dropped.
    void setConnectionSpec(const ConnectionSpec& spec);
    ConnectionSpec connectionSpec() const { return m_spec; }

    AuthSpec currentAuthSpec() const { return m_model.authSpec(); }
    QString currentAuthSpecName() const { return m_model.specName(); }
    // Switches to the named auth spec; returns false if the source has no such auth spec.
    bool setCurrentAuthSpec(const QString& authSpecName);
    const FormModel& formModel() const { return m_model; }

    // What is typed now, keyed by param name (text as QString, integers as qlonglong, numbers as
    // double, booleans as bool, unset as an invalid QVariant). setValues() restores such a map;
    // names that are not fields of the current auth spec are ignored.
    QVariantMap values() const;
    void setValues(const QVariantMap& values);
    // `auth.params` for the request (FormModel::toParams of values()).
    AuthParams params() const;
    QSet<QString> secretFieldNames() const { return m_model.secretFieldNames(); }
    void clearSecrets();

    // Every required field has a value and every value is valid (from the kept verdicts: no validation).
    bool isComplete() const;
    // The first problem in field order (empty when complete).
    QString firstError() const;
    // Shows the first problem under its field, even for fields not edited yet; returns isComplete().
    bool showErrors();

    // The editor of the named field of the current auth spec, or null.
    const FieldEditor* editor(const QString& name) const;
    QComboBox* authSelector() const { return m_authSelector; }

    // Alt+letters the form's labels must not take (the page's own labels and buttons, the wizard's).
    // Applies from the next rebuild; setConnectionSpec() rebuilds.
    void setReservedMnemonics(const QString& letters) { m_reservedMnemonics = letters.toLower(); }
    // The width the labels want on one line, and the width they get (longer ones wrap), so that a page
    // can align this label column with its own.
    int naturalLabelWidth() const;
    void setLabelColumnWidth(int width);

    // The fold-away group of optional fields named by the schema's "x-group", or null.
    QToolButton* groupButton(const QString& group) const;
    // Shows or hides that group's rows; a group holding a value or a problem to show is opened.
    void setGroupExpanded(const QString& group, bool expanded);

signals:
    void changed();
    void completeChanged();
    void authSpecChanged(const QString& authSpecName);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row;
    struct Group;

    void rebuild();
    void addRow(const Field& field);
    QString labelText(const Field& field);
    void loadFile(FieldEditor& editor);
    void expandGroupOf(const QString& fieldName);
    const Row* row(const QString& name) const;
    void onEdited(FieldEditor& editor, bool finished);
    void onEditingFinished(const FieldEditor& editor);
    void onValidated();
    void onAuthSelectorChanged(int index);
    void refresh();
    const FieldEditor* firstInvalid(bool shownOnly) const;
    void updateErrorLabel();
    void relayout();

    ConnectionSpec m_spec;
    FormModel m_model;
    QVariantMap m_carried; // values typed under any auth spec of this source, for switching back and forth
    QComboBox* m_authSelector = nullptr;
    QLabel* m_authSelectorLabel = nullptr;
    QWidget* m_fieldsHost = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_errorLabel = nullptr; // one label, moved under the first invalid field
    std::vector<Row> m_rows; // a member, so its editors go before QWidget deletes the widgets they drive
    std::vector<Group> m_groups;
    QString m_reservedMnemonics;
    QString m_usedMnemonics; // by the labels of the current form
    int m_labelWidth = 0; // 0: as the labels want
    QSet<QString> m_touched; // fields the user edited: their errors show while typing
    bool m_showAllErrors = false;
    bool m_lastComplete = false;
    bool m_settingValues = false;
};

} // namespace Inlet
