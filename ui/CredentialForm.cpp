#include "CredentialForm.h"

#include "Accessibility.h"

#include "core/Logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace Inlet {

struct CredentialForm::Row
{
    Field field;
    QLabel* label = nullptr;
    QWidget* container = nullptr; // input row, then (maybe) the error label, then the help text
    QVBoxLayout* containerLayout = nullptr;
    QWidget* input = nullptr;
    QToolButton* revealButton = nullptr;
};

namespace {

// Spin boxes have no empty state: one step below the lowest allowed value shows "Not set" instead.
int lowestInteger(const SchemaProperty& p)
{
    if (p.minimum && *p.minimum > double(INT_MIN + 1)) {
        return *p.minimum >= double(INT_MAX) ? INT_MAX - 1 : int(std::ceil(*p.minimum));
    }
    return INT_MIN + 1;
}

int highestInteger(const SchemaProperty& p)
{
    if (p.maximum && *p.maximum < double(INT_MAX)) {
        return std::max(lowestInteger(p), int(std::floor(*p.maximum)));
    }
    return INT_MAX;
}

} // namespace

CredentialForm::CredentialForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* selectorRow = new QHBoxLayout;
    m_authSelectorLabel = new QLabel(tr("Authentication:"), this);
    m_authSelector = new QComboBox(this);
    m_authSelector->setObjectName(QStringLiteral("authSelector"));
    m_authSelector->setAccessibleName(tr("Authentication"));
    m_authSelectorLabel->setBuddy(m_authSelector);
    selectorRow->addWidget(m_authSelectorLabel);
    selectorRow->addWidget(m_authSelector, 1);
    layout->addLayout(selectorRow);
    m_authSelectorLabel->hide();
    m_authSelector->hide();
    connect(m_authSelector, &QComboBox::currentIndexChanged, this, &CredentialForm::onAuthSelectorChanged);

    m_fieldsHost = new QWidget(this);
    m_form = new QFormLayout(m_fieldsHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(m_fieldsHost);
    layout->addStretch(1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("credentialFormError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    applyErrorPalette();
}

CredentialForm::~CredentialForm()
{
    // The inputs outlive this destructor (QWidget deletes them later); they must not call back.
    for (const Row* row : std::as_const(m_rows)) {
        disconnect(row->input, nullptr, this, nullptr);
    }
    qDeleteAll(m_rows);
}

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
    clearRows();
    for (const Field& field : m_model.fields()) {
        addRow(field);
    }
    m_touched.clear();
    m_showAllErrors = false;
    QVariantMap start = m_model.defaultValues();
    for (auto it = carried.cbegin(); it != carried.cend(); ++it) {
        start.insert(it.key(), it.value()); // same-named fields keep what was typed
    }
    setValues(start);
    qCDebug(lcUi) << "Credential form for" << m_spec.id << "auth spec" << m_model.specName() << "with" << m_rows.size()
                  << "fields";
}

void CredentialForm::clearRows()
{
    m_errorLabel->hide();
    m_errorLabel->setParent(this); // outlives the row containers it visits
    // Deleting a focused input moves the focus, which finishes its edit: it must not reach a row that is
    // going away, so the rows are forgotten and disconnected first.
    const QList<Row*> rows = std::exchange(m_rows, {});
    for (const Row* row : rows) {
        disconnect(row->input, nullptr, this, nullptr);
    }
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    qDeleteAll(rows);
}

void CredentialForm::addRow(const Field& field)
{
    auto* row = new Row;
    row->field = field;
    const QString name = field.name;

    row->container = new QWidget(m_fieldsHost);
    row->containerLayout = new QVBoxLayout(row->container);
    row->containerLayout->setContentsMargins(0, 0, 0, 0);
    auto* inputRow = new QHBoxLayout;
    row->containerLayout->addLayout(inputRow);

    switch (field.kind) {
    case Field::Kind::Text:
    case Field::Kind::Secret: {
        auto* edit = new QLineEdit(row->container);
        edit->setPlaceholderText(field.placeholder);
        if (field.property.maxLength && *field.property.maxLength < qint64(INT_MAX)) {
            edit->setMaxLength(int(*field.property.maxLength) + 1); // one more, so "too long" can be said
        }
        connect(edit, &QLineEdit::editingFinished, this, [this, name] { onEdited(name, true); });
        connect(edit, &QLineEdit::textChanged, this, [this, name] {
            if (!m_settingValues) {
                onEdited(name, false);
            }
        });
        inputRow->addWidget(edit, 1);
        row->input = edit;
        if (field.kind == Field::Kind::Secret) {
            edit->setEchoMode(QLineEdit::Password);
            row->revealButton = new QToolButton(row->container);
            row->revealButton->setCheckable(true);
            row->revealButton->setText(tr("Show"));
            row->revealButton->setAccessibleName(tr("Show %1").arg(field.label));
            row->revealButton->setToolTip(tr("Show or hide what you typed"));
            connect(row->revealButton, &QToolButton::toggled, edit, [edit, button = row->revealButton](bool shown) {
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                button->setText(shown ? tr("Hide") : tr("Show"));
            });
            inputRow->addWidget(row->revealButton);
        }
        break;
    }
    case Field::Kind::Integer: {
        auto* spin = new QSpinBox(row->container);
        spin->setRange(lowestInteger(field.property) - 1, highestInteger(field.property));
        spin->setSpecialValueText(tr("Not set"));
        spin->setValue(spin->minimum());
        if (!field.placeholder.isEmpty()) {
            spin->setToolTip(tr("For example %1").arg(field.placeholder));
        }
        connect(spin, &QSpinBox::valueChanged, this, [this, name] { onEdited(name, true); });
        inputRow->addWidget(spin, 1);
        row->input = spin;
        break;
    }
    case Field::Kind::Number: {
        auto* spin = new QDoubleSpinBox(row->container);
        spin->setDecimals(6);
        const double low = field.property.minimum.value_or(-1e15);
        spin->setRange(low - 1, field.property.maximum.value_or(1e15));
        spin->setSpecialValueText(tr("Not set"));
        spin->setValue(spin->minimum());
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name] { onEdited(name, true); });
        inputRow->addWidget(spin, 1);
        row->input = spin;
        break;
    }
    case Field::Kind::Boolean: {
        auto* check = new QCheckBox(row->container);
        connect(check, &QCheckBox::toggled, this, [this, name] { onEdited(name, true); });
        inputRow->addWidget(check, 1);
        row->input = check;
        break;
    }
    case Field::Kind::Choice: {
        auto* combo = new QComboBox(row->container);
        combo->addItem(field.required ? tr("Choose\u2026") : QString(), -1); // "nothing chosen"
        for (int i = 0; i < field.choiceLabels.size(); ++i) {
            combo->addItem(field.choiceLabels.at(i), i);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, name] { onEdited(name, true); });
        inputRow->addWidget(combo, 1);
        row->input = combo;
        break;
    }
    }
    row->input->setObjectName(name);
    row->input->setAccessibleDescription(field.help);

    if (!field.help.isEmpty()) {
        auto* help = new QLabel(field.help, row->container);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setObjectName(name + QStringLiteral("Help"));
        QFont font = help->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        help->setFont(font);
        help->setForegroundRole(QPalette::PlaceholderText);
        row->containerLayout->addWidget(help);
    }

    row->label = new QLabel(
        field.required ? tr("%1 (required)").arg(field.label) : tr("%1 (optional)").arg(field.label), m_fieldsHost);
    row->label->setBuddy(row->input);
    // Screen readers say exactly what sighted users read, "(required)" included.
    row->input->setAccessibleName(Accessibility::spokenLabel(row->label->text()));
    row->label->setWordWrap(true);
    m_form->addRow(row->label, row->container);
    m_rows.append(row);
}

CredentialForm::Row* CredentialForm::row(const QString& name) const
{
    for (Row* candidate : m_rows) {
        if (candidate->field.name == name) {
            return candidate;
        }
    }
    return nullptr;
}

QVariant CredentialForm::rowValue(const Row& row)
{
    if (auto* edit = qobject_cast<QLineEdit*>(row.input)) {
        return edit->text();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(row.input)) {
        return spin->value() == spin->minimum() ? QVariant() : QVariant(qlonglong(spin->value()));
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(row.input)) {
        return spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    }
    if (auto* check = qobject_cast<QCheckBox*>(row.input)) {
        return check->isChecked();
    }
    if (auto* combo = qobject_cast<QComboBox*>(row.input)) {
        const int choice = combo->currentData().toInt();
        return choice < 0 ? QVariant() : row.field.property.enumValues.at(choice).toVariant();
    }
    return QVariant();
}

void CredentialForm::setRowValue(Row& row, const QVariant& value)
{
    const bool empty = FormModel::isEmptyValue(value);
    if (auto* edit = qobject_cast<QLineEdit*>(row.input)) {
        edit->setText(empty ? QString() : value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(row.input)) {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        spin->setValue(empty || !ok ? spin->minimum()
                                    : int(std::clamp(n, qlonglong(spin->minimum()) + 1, qlonglong(spin->maximum()))));
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(row.input)) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        spin->setValue(empty || !ok ? spin->minimum() : qBound(spin->minimum(), d, spin->maximum()));
    } else if (auto* check = qobject_cast<QCheckBox*>(row.input)) {
        check->setChecked(!empty && value.toBool());
    } else if (auto* combo = qobject_cast<QComboBox*>(row.input)) {
        const QString text = empty ? QString() : Field::valueText(QJsonValue::fromVariant(value));
        const int choice = row.field.choiceLabels.indexOf(text);
        combo->setCurrentIndex(combo->findData(choice < 0 ? -1 : choice));
    }
}

QVariantMap CredentialForm::values() const
{
    QVariantMap map;
    for (const Row* row : m_rows) {
        map.insert(row->field.name, rowValue(*row));
    }
    return map;
}

void CredentialForm::setValues(const QVariantMap& values)
{
    m_settingValues = true;
    for (Row* row : std::as_const(m_rows)) {
        if (values.contains(row->field.name)) {
            setRowValue(*row, values.value(row->field.name));
        }
    }
    m_settingValues = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (this->row(it.key())) {
            m_carried.insert(it.key(), it.value());
        }
    }
    refresh();
}

QJsonObject CredentialForm::params() const
{
    return m_model.toParams(values());
}

void CredentialForm::clearSecrets()
{
    m_settingValues = true;
    for (Row* row : std::as_const(m_rows)) {
        if (row->field.kind == Field::Kind::Secret) {
            static_cast<QLineEdit*>(row->input)->clear();
            row->revealButton->setChecked(false);
        }
    }
    m_settingValues = false;
    for (const AuthSpec& auth : m_spec.authSpecs) {
        for (const QString& name : auth.secretPropertyNames()) {
            m_carried.remove(name);
        }
    }
    refresh();
}

bool CredentialForm::isComplete() const
{
    return !m_model.authSpec().name.isEmpty() && m_model.validate(values()).isEmpty();
}

QString CredentialForm::firstError() const
{
    const QList<FieldError> errors = m_model.validate(values());
    return errors.isEmpty() ? QString() : errors.constFirst().message;
}

bool CredentialForm::showErrors()
{
    m_showAllErrors = true;
    refresh();
    return isComplete();
}

QWidget* CredentialForm::fieldWidget(const QString& name) const
{
    const Row* found = row(name);
    return found ? found->input : nullptr;
}

void CredentialForm::onEdited(const QString& name, bool touched)
{
    if (m_settingValues) {
        return;
    }
    if (const Row* edited = row(name)) {
        m_carried.insert(name, rowValue(*edited));
    }
    if (touched) {
        m_touched.insert(name);
    }
    refresh();
}

void CredentialForm::refresh()
{
    const QList<FieldError> errors = m_model.validate(values());
    updateErrorLabel(errors);
    emit changed();
    const bool complete = !m_model.authSpec().name.isEmpty() && errors.isEmpty();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        emit completeChanged();
    }
}

void CredentialForm::updateErrorLabel(const QList<FieldError>& errors)
{
    // Errors of fields nobody has finished editing stay quiet until showErrors(): a fresh form is not wrong.
    const FieldError* shown = nullptr;
    for (const FieldError& error : errors) {
        if (m_showAllErrors || m_touched.contains(error.field)) {
            shown = &error;
            break;
        }
    }
    Row* target = shown ? row(shown->field) : nullptr;
    if (!target) {
        m_errorLabel->hide();
        return;
    }
    if (m_errorLabel->parentWidget() != target->container) {
        m_errorLabel->setParent(target->container);
        target->containerLayout->insertWidget(1, m_errorLabel); // right under the input
    }
    m_errorLabel->setText(shown->message);
    m_errorLabel->show();
}

void CredentialForm::applyErrorPalette()
{
    // A red that reads on the current background: darker on light palettes, lighter on dark ones.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, dark ? QColor(255, 128, 128) : QColor(176, 0, 32));
    m_errorLabel->setPalette(errorPalette);
}

void CredentialForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyErrorPalette();
    }
    QWidget::changeEvent(event);
}

} // namespace Inlet
