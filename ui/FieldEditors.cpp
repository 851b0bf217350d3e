#include "FieldEditors.h"

#include "RevealButton.h"

#include "forms/FormModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace Inlet {

namespace {

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

TextEditor::TextEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_edit(new QLineEdit(parent))
{
    setInput(m_edit);
    m_edit->setPlaceholderText(field.placeholder);
    // QLineEdit cuts anything longer than 32,767 characters without a word; the form model refuses
    // an overlong value with a message instead, so the input holds whatever was typed or pasted.
    m_edit->setMaxLength(std::numeric_limits<int>::max());
    connect(m_edit, &QLineEdit::textChanged, this, [this] { reportEdit(false); });
    connect(m_edit, &QLineEdit::editingFinished, this, &TextEditor::reportEditingFinished);
}

QVariant TextEditor::value() const
{
    return m_edit->text();
}

void TextEditor::write(const QVariant& value)
{
    m_edit->setText(FormModel::isEmptyValue(value) ? QString() : value.toString());
}

SecretEditor::SecretEditor(const Field& field, QWidget* parent)
    : TextEditor(field, parent)
    , m_reveal(new RevealButton(lineEdit(), parent))
{
    m_reveal->setAccessibleName(tr("Show %1").arg(field.label));
}

void SecretEditor::addTo(QHBoxLayout* row) const
{
    TextEditor::addTo(row);
    row->addWidget(m_reveal);
}

void SecretEditor::write(const QVariant& value)
{
    m_reveal->setChecked(false);
    TextEditor::write(value);
}

UrlEditor::UrlEditor(const Field& field, QWidget* parent)
    : TextEditor(field, parent)
{
    lineEdit()->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
}

FileSecretEditor::FileSecretEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_box(new QWidget(parent))
    , m_masked(new QLineEdit(m_box))
    , m_plain(new QPlainTextEdit(m_box))
    , m_reveal(new QToolButton(parent))
    , m_load(new QPushButton(tr("Load from file…"), parent))
{
    auto* layout = new QVBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_masked);
    layout->addWidget(m_plain);
    setInput(m_box);
    m_box->setFocusPolicy(Qt::StrongFocus);
    m_masked->setEchoMode(QLineEdit::Password);
    m_masked->setMaxLength(std::numeric_limits<int>::max()); // FormModel refuses overlong values with a message
    m_masked->setPlaceholderText(tr("Paste the key or load its file"));
    m_masked->setAccessibleDescription(field.help);
    m_plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plain->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_plain->setTabChangesFocus(true);
    m_plain->setAccessibleDescription(field.help);
    m_plain->setMaximumHeight(m_plain->fontMetrics().lineSpacing() * 8);
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show or hide what you typed"));
    m_reveal->setAccessibleName(tr("Show %1").arg(field.label));
    m_load->setAccessibleName(tr("Load %1 from a file").arg(field.label));
    setRevealed(false);

    connect(m_masked, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_syncing)
            return;
        setText(text);
        reportEdit(false);
    });
    connect(m_masked, &QLineEdit::editingFinished, this, &FileSecretEditor::reportEditingFinished);
    connect(m_plain, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        setText(m_plain->toPlainText());
        reportEdit(false);
    });
    connect(m_reveal, &QToolButton::toggled, this, &FileSecretEditor::setRevealed);
    connect(m_load, &QPushButton::clicked, this, &FileSecretEditor::loadRequested);
}

void FileSecretEditor::addTo(QHBoxLayout* row) const
{
    FieldEditor::addTo(row);
    row->addWidget(m_reveal, 0, Qt::AlignTop);
    row->addWidget(m_load, 0, Qt::AlignTop);
}

QVariant FileSecretEditor::value() const
{
    return m_masked->text();
}

bool FileSecretEditor::isRevealed() const
{
    return m_reveal->isChecked();
}

void FileSecretEditor::setRevealed(bool revealed)
{
    const bool hadFocus = m_box->isAncestorOf(QApplication::focusWidget());
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_masked->setVisible(!revealed);
    m_plain->setVisible(revealed);
    QWidget* shown = revealed ? static_cast<QWidget*>(m_plain) : m_masked;
    m_box->setFocusProxy(shown);
    if (hadFocus)
        shown->setFocus();
}

// Both views hold the same text; the one not being edited follows without reporting an edit.
void FileSecretEditor::setText(const QString& text)
{
    const QScopedValueRollback syncing(m_syncing, true);
    m_fileError.clear();
    if (m_masked->text() != text)
        m_masked->setText(text);
    if (m_plain->toPlainText() != text)
        m_plain->setPlainText(text);
}

void FileSecretEditor::write(const QVariant& value)
{
    m_reveal->setChecked(false); // masked again whenever the value is replaced
    setText(FormModel::isEmptyValue(value) ? QString() : value.toString());
}

bool FileSecretEditor::loadFile(const QString& path, const FormModel& model)
{
    QFile file(path);
    FormModel::FileValue loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("%1 could not be read: %2").arg(path, file.errorString());
    } else if (file.size() > FormModel::maxFileSize(field())) {
        loaded = model.valueFromFile(field(), file.read(FormModel::maxFileSize(field()) + 1));
    } else {
        loaded = model.valueFromFile(field(), file.readAll());
    }
    if (!loaded.error.isEmpty()) {
        m_fileError = loaded.error; // what was there before stays; the message says why nothing changed
        validate(model);
        reportEdit(true);
        return false;
    }
    m_reveal->setChecked(false);
    setText(loaded.value);
    reportEdit(true);
    return true;
}

IntegerEditor::IntegerEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_spin(new QSpinBox(parent))
{
    setInput(m_spin);
    m_spin->setRange(lowestInteger(field.property) - 1, highestInteger(field.property));
    m_spin->setSpecialValueText(tr("Not set"));
    m_spin->setValue(m_spin->minimum());
    if (!field.placeholder.isEmpty()) {
        m_spin->setToolTip(tr("For example %1").arg(field.placeholder));
    }
    connect(m_spin, &QSpinBox::valueChanged, this, [this] { reportEdit(true); });
}

QVariant IntegerEditor::value() const
{
    return m_spin->value() == m_spin->minimum() ? QVariant() : QVariant(qlonglong(m_spin->value()));
}

void IntegerEditor::write(const QVariant& value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    const bool unset = FormModel::isEmptyValue(value) || !ok;
    m_spin->setValue(unset ? m_spin->minimum()
                           : int(std::clamp(n, qlonglong(m_spin->minimum()) + 1, qlonglong(m_spin->maximum()))));
}

NumberEditor::NumberEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_spin(new QDoubleSpinBox(parent))
{
    setInput(m_spin);
    m_spin->setDecimals(6);
    const double low = field.property.minimum.value_or(-1e15);
    m_spin->setRange(low - 1, field.property.maximum.value_or(1e15));
    m_spin->setSpecialValueText(tr("Not set"));
    m_spin->setValue(m_spin->minimum());
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { reportEdit(true); });
}

QVariant NumberEditor::value() const
{
    return m_spin->value() == m_spin->minimum() ? QVariant() : QVariant(m_spin->value());
}

void NumberEditor::write(const QVariant& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    const bool unset = FormModel::isEmptyValue(value) || !ok;
    m_spin->setValue(unset ? m_spin->minimum() : qBound(m_spin->minimum(), d, m_spin->maximum()));
}

BooleanEditor::BooleanEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_check(new QCheckBox(parent))
{
    setInput(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this] { reportEdit(true); });
}

QVariant BooleanEditor::value() const
{
    return m_check->isChecked();
}

void BooleanEditor::write(const QVariant& value)
{
    m_check->setChecked(!FormModel::isEmptyValue(value) && value.toBool());
}

ChoiceEditor::ChoiceEditor(const Field& field, QWidget* parent)
    : FieldEditor(field)
    , m_combo(new QComboBox(parent))
{
    setInput(m_combo);
    m_combo->addItem(field.required ? tr("Choose\u2026") : QString(), -1);
    for (int i = 0; i < field.choiceLabels.size(); ++i) {
        m_combo->addItem(field.choiceLabels.at(i), i);
    }
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { reportEdit(true); });
}

QVariant ChoiceEditor::value() const
{
    const int choice = m_combo->currentData().toInt();
    return choice < 0 ? QVariant() : field().property.enumValues.at(choice);
}

void ChoiceEditor::write(const QVariant& value)
{
    const QString text = FormModel::isEmptyValue(value) ? QString() : Field::valueText(value);
    const int choice = field().choiceLabels.indexOf(text);
    m_combo->setCurrentIndex(m_combo->findData(choice < 0 ? -1 : choice));
}

} // namespace Inlet
