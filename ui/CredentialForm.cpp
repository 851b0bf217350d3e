#include "CredentialForm.h"

#include "Accessibility.h"
#include "ErrorStyle.h"
#include "FieldEditor.h"
#include "FieldEditors.h"

#include "core/Logging.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Inlet {

struct CredentialForm::Row
{
    std::unique_ptr<FieldEditor> editor;
    QLabel* label = nullptr;
    QWidget* container = nullptr; // the editor's widgets, then (maybe) the error label, then the help text
    QVBoxLayout* containerLayout = nullptr;
};

// Optional fields the schema groups with "x-group": a header row that folds them away.
struct CredentialForm::Group
{
    QString name;
    QToolButton* button = nullptr;
    QStringList fields;
};

namespace {

// The label's text with '&' before the first letter not yet taken (word starts first), '&' in the
// text itself doubled; unchanged when every letter is taken.
QString withMnemonic(const QString& text, QString& taken)
{
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&&"));
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped.at(i);
            const bool wordStart = i == 0 || !escaped.at(i - 1).isLetterOrNumber();
            if (!c.isLetterOrNumber() || c.unicode() > 0x7f || (wordStartsOnly && !wordStart)
                || taken.contains(c.toLower()))
                continue;
            taken.append(c.toLower());
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    return escaped;
}

} // namespace

CredentialForm::CredentialForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* selectorRow = new QHBoxLayout;
    m_authSelectorLabel = new QLabel(tr("A&uthentication:"), this);
    m_authSelector = new QComboBox(this);
    m_authSelector->setObjectName(QStringLiteral("authSelector"));
    m_authSelector->setAccessibleName(tr("Authentication"));
    m_authSelectorLabel->setBuddy(m_authSelector);
    m_authSelectorLabel->setWordWrap(true); // as every label of the page
    selectorRow->addWidget(m_authSelectorLabel);
    selectorRow->addWidget(m_authSelector, 1);
    layout->addLayout(selectorRow);
    m_authSelectorLabel->hide();
    m_authSelector->hide();
    connect(m_authSelector, &QComboBox::currentIndexChanged, this, &CredentialForm::onAuthSelectorChanged);

    m_fieldsHost = new QWidget(this);
    m_form = new QFormLayout(m_fieldsHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows); // as the page's own rows: one label column
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(m_fieldsHost);
    layout->addStretch(1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("credentialFormError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    ErrorStyle::apply(m_errorLabel, palette());
}

CredentialForm::~CredentialForm() = default;

void CredentialForm::setConnectionSpec(const ConnectionSpec& spec)
{
    m_spec = spec;
    m_carried.clear(); // nothing typed for another source follows into this one
    {
        const QSignalBlocker blocker(m_authSelector);
        m_authSelector->clear();
        for (const AuthSpec& auth : spec.authSpecs) {
            m_authSelector->addItem(auth.name, auth.name);
        }
        m_authSelector->setCurrentIndex(spec.authSpecs.isEmpty() ? -1 : 0);
    }
    const bool several = spec.authSpecs.size() > 1;
    m_authSelectorLabel->setVisible(several);
    m_authSelector->setVisible(several);
    m_model = spec.authSpecs.isEmpty() ? FormModel() : FormModel(spec.authSpecs.constFirst());
    rebuild();
    emit authSpecChanged(m_model.specName());
}

bool CredentialForm::setCurrentAuthSpec(const QString& authSpecName)
{
    const int index = m_authSelector->findData(authSpecName);
    if (index < 0) {
        return false;
    }
    m_authSelector->setCurrentIndex(index); // onAuthSelectorChanged() does the switch
    return true;
}

void CredentialForm::onAuthSelectorChanged(int index)
{
    if (index < 0 || index >= m_spec.authSpecs.size() || m_spec.authSpecs.at(index).name == m_model.specName()) {
        return;
    }
    m_model = FormModel(m_spec.authSpecs.at(index));
    rebuild();
    emit authSpecChanged(m_model.specName());
}

void CredentialForm::rebuild()
{
    const QVariantMap carried = m_carried;
    m_errorLabel->hide();
    m_errorLabel->setParent(this); // outlives the row containers it visits
    // The editors go first: they stop listening, so a focused input that goes away cannot report an edit.
    m_rows.clear();
    m_groups.clear();
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_usedMnemonics = m_reservedMnemonics + QStringLiteral("u"); // A&uthentication
    for (const Field& field : m_model.fields()) {
        if (field.property.group.isEmpty()) {
            addRow(field);
        }
    }
    // Grouped fields after the others, each group under its header, in the order the groups appear.
    for (const Field& field : m_model.fields()) {
        const QString& groupName = field.property.group;
        if (groupName.isEmpty()) {
            continue;
        }
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&groupName](const Group& candidate) {
            return candidate.name == groupName;
        });
        if (group == m_groups.end()) {
            Group added;
            added.name = groupName;
            added.button = new QToolButton(m_fieldsHost);
            added.button->setObjectName(QStringLiteral("group:") + groupName);
            added.button->setText(withMnemonic(tr("%1 (optional)").arg(groupName), m_usedMnemonics));
            added.button->setAccessibleName(Accessibility::spokenLabel(added.button->text()));
            added.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            added.button->setAutoRaise(true);
            added.button->setCheckable(true);
            added.button->setArrowType(Qt::RightArrow);
            connect(added.button, &QToolButton::toggled, this, [this, groupName](bool expanded) {
                setGroupExpanded(groupName, expanded);
            });
            m_form->addRow(added.button);
            m_groups.push_back(added);
            group = std::prev(m_groups.end());
        }
        group->fields.append(field.name);
        addRow(field);
    }
    m_touched.clear();
    m_showAllErrors = false;
    QVariantMap start = m_model.defaultValues();
    for (auto it = carried.cbegin(); it != carried.cend(); ++it) {
        start.insert(it.key(), it.value()); // same-named fields keep what was typed
    }
    setValues(start);
    for (const Group& group : m_groups) {
        const bool holdsValue = std::any_of(group.fields.cbegin(), group.fields.cend(), [this](const QString& name) {
            return !editor(name)->isEmpty() && !m_model.field(name)->hasDefault();
        });
        setGroupExpanded(group.name, holdsValue);
    }
    setLabelColumnWidth(m_labelWidth);
    qCDebug(lcUi) << "Credential form for" << m_spec.id << "auth spec" << m_model.specName() << "with" << m_rows.size()
                  << "fields";
}

void CredentialForm::addRow(const Field& field)
{
    Row row;
    row.container = new QWidget(m_fieldsHost);
    row.containerLayout = new QVBoxLayout(row.container);
    row.containerLayout->setContentsMargins(0, 0, 0, 0);
    auto* inputRow = new QHBoxLayout;
    row.containerLayout->addLayout(inputRow);
    row.editor = FieldEditor::create(field, row.container);
    row.editor->addTo(inputRow);
    FieldEditor* editor = row.editor.get();
    connect(editor, &FieldEditor::edited, this, [this, editor](bool finished) { onEdited(*editor, finished); });
    connect(editor, &FieldEditor::editingFinished, this, [this, editor] { onEditingFinished(*editor); });
    connect(editor, &FieldEditor::validated, this, &CredentialForm::onValidated);

    if (!field.help.isEmpty()) {
        auto* help = new QLabel(field.help, row.container);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setObjectName(field.name + QStringLiteral("Help"));
        QFont font = help->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        help->setFont(font);
        help->setForegroundRole(QPalette::PlaceholderText);
        row.containerLayout->addWidget(help);
    }

    if (qobject_cast<FileSecretEditor*>(editor)) {
        connect(qobject_cast<FileSecretEditor*>(editor), &FileSecretEditor::loadRequested, this, [this, editor] {
            loadFile(*editor);
        });
    }

    auto* label = new QLabel(labelText(field), m_fieldsHost);
    label->setBuddy(editor->input());
    // Screen readers say exactly what sighted users read, "(required)" included.
    editor->input()->setAccessibleName(Accessibility::spokenLabel(label->text()));
    if (qobject_cast<FileSecretEditor*>(editor)) {
        // Its masked line and revealed text take the focus for it: they say the same.
        for (QWidget* part : editor->input()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            part->setAccessibleName(editor->input()->accessibleName());
    }
    label->setWordWrap(true);
    row.label = label;
    m_form->addRow(label, row.container);
    m_rows.push_back(std::move(row));
}

QString CredentialForm::labelText(const Field& field)
{
    const QString label = withMnemonic(field.label, m_usedMnemonics);
    return field.required ? tr("%1 (required):").arg(label) : tr("%1 (optional):").arg(label);
}

int CredentialForm::naturalLabelWidth() const
{
    int width = m_authSelectorLabel->isVisible() ? m_authSelectorLabel->sizeHint().width() : 0;
    for (const Row& row : m_rows) {
        const QFontMetrics metrics(row.label->font());
        width = std::max(width, metrics.horizontalAdvance(row.label->text().remove(u'&')) + 2 * row.label->margin());
    }
    return width;
}

void CredentialForm::setLabelColumnWidth(int width)
{
    m_labelWidth = width;
    for (const Row& row : m_rows) {
        if (width > 0) {
            row.label->setFixedWidth(width);
        } else {
            row.label->setMinimumWidth(0);
            row.label->setMaximumWidth(QWIDGETSIZE_MAX);
        }
    }
    if (width > 0) {
        m_authSelectorLabel->setFixedWidth(width);
    }
}

QToolButton* CredentialForm::groupButton(const QString& group) const
{
    for (const Group& candidate : m_groups) {
        if (candidate.name == group) {
            return candidate.button;
        }
    }
    return nullptr;
}

void CredentialForm::setGroupExpanded(const QString& group, bool expanded)
{
    for (const Group& candidate : m_groups) {
        if (candidate.name != group) {
            continue;
        }
        {
            const QSignalBlocker blocker(candidate.button);
            candidate.button->setChecked(expanded);
        }
        candidate.button->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        for (const QString& name : candidate.fields) {
            if (const Row* found = row(name)) {
                m_form->setRowVisible(found->container, expanded);
            }
        }
    }
}

void CredentialForm::expandGroupOf(const QString& fieldName)
{
    const Field* field = m_model.field(fieldName);
    if (field && !field->property.group.isEmpty()) {
        setGroupExpanded(field->property.group, true);
    }
}

void CredentialForm::loadFile(FieldEditor& editor)
{
    auto* fileEditor = qobject_cast<FileSecretEditor*>(&editor);
    if (!fileEditor) {
        return;
    }
    const bool json = editor.field().property.contentMediaType == QLatin1String("application/json");
    const QString filter =
        json ? tr("JSON key files (*.json);;All files (*)") : tr("Key files (*.p8 *.pem *.key *.ppk);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Load %1").arg(editor.field().label), QString(), filter);
    if (!path.isEmpty()) {
        fileEditor->loadFile(path, m_model);
    }
}

const CredentialForm::Row* CredentialForm::row(const QString& name) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [&name](const Row& candidate) {
        return candidate.editor->field().name == name;
    });
    return found == m_rows.cend() ? nullptr : &*found;
}

const FieldEditor* CredentialForm::editor(const QString& name) const
{
    const Row* found = row(name);
    return found ? found->editor.get() : nullptr;
}

QVariantMap CredentialForm::values() const
{
    QVariantMap map;
    for (const Row& row : m_rows) {
        map.insert(row.editor->field().name, row.editor->value());
    }
    return map;
}

void CredentialForm::setValues(const QVariantMap& values)
{
    {
        const QScopedValueRollback setting(m_settingValues, true); // one refresh for the lot, below
        for (const Row& row : m_rows) {
            const QString& name = row.editor->field().name;
            if (values.contains(name)) {
                row.editor->setValue(values.value(name));
                m_carried.insert(name, values.value(name));
            }
            row.editor->validate(m_model);
        }
    }
    refresh();
}

AuthParams CredentialForm::params() const
{
    return m_model.toParams(values());
}

void CredentialForm::clearSecrets()
{
    {
        const QScopedValueRollback setting(m_settingValues, true);
        for (const Row& row : m_rows) {
            if (row.editor->holdsSecret()) {
                row.editor->clear();
                row.editor->validate(m_model);
            }
        }
    }
    for (const AuthSpec& auth : m_spec.authSpecs) {
        for (const QString& name : auth.secretPropertyNames()) {
            m_carried.remove(name);
        }
    }
    refresh();
}

const FieldEditor* CredentialForm::firstInvalid(bool shownOnly) const
{
    for (const Row& row : m_rows) {
        const FieldEditor& editor = *row.editor;
        if (!editor.error().isEmpty() && (!shownOnly || m_showAllErrors || m_touched.contains(editor.field().name))) {
            return &editor;
        }
    }
    return nullptr;
}

bool CredentialForm::isComplete() const
{
    return !m_model.authSpec().name.isEmpty() && !firstInvalid(false);
}

QString CredentialForm::firstError() const
{
    const FieldEditor* invalid = firstInvalid(false);
    return invalid ? invalid->error() : QString();
}

bool CredentialForm::showErrors()
{
    m_showAllErrors = true;
    refresh();
    return isComplete();
}

void CredentialForm::onEdited(FieldEditor& editor, bool finished)
{
    m_carried.insert(editor.field().name, editor.value());
    if (finished) {
        m_touched.insert(editor.field().name);
    }
    editor.validate(m_model); // onValidated() refreshes
}

void CredentialForm::onEditingFinished(const FieldEditor& editor)
{
    m_touched.insert(editor.field().name); // the value was validated when it changed
    refresh();
}

void CredentialForm::onValidated()
{
    if (!m_settingValues) {
        refresh();
    }
}

void CredentialForm::refresh()
{
    updateErrorLabel();
    emit changed();
    const bool complete = isComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
}

void CredentialForm::updateErrorLabel()
{
    // Errors of fields nobody has finished editing stay quiet until showErrors(): a fresh form is not wrong.
    const FieldEditor* shown = firstInvalid(true);
    const Row* target = shown ? row(shown->field().name) : nullptr;
    if (!target) {
        m_errorLabel->hide();
        relayout();
        return;
    }
    expandGroupOf(shown->field().name); // a problem is never folded away
    if (m_errorLabel->parentWidget() != target->container) {
        m_errorLabel->setParent(target->container);
        target->containerLayout->insertWidget(1, m_errorLabel); // right under the input
    }
    m_errorLabel->setText(shown->error());
    m_errorLabel->show();
    relayout();
}

void CredentialForm::relayout()
{
    // QFormLayout keeps the row heights it computed for the old text; without this a wrapped message is
    // clipped to one line and squeezes the input above it inside the page's scroll area.
    m_form->invalidate();
    layout()->invalidate();
}

void CredentialForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        ErrorStyle::apply(m_errorLabel, palette());
    }
    QWidget::changeEvent(event);
}

} // namespace Inlet
