#include "FormModel.h"

#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace Inlet {

namespace {

// Whole numbers that survive a trip through a JSON double.
constexpr double kMaxSafeInteger = 9007199254740991.0;

QString textOf(const QVariant& value)
{
    return value.toString().trimmed();
}

std::optional<qint64> toInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return value.toLongLong();
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        if (value.toULongLong() > qulonglong(kMaxSafeInteger)) {
            return std::nullopt;
        }
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::abs(d) > kMaxSafeInteger) {
            return std::nullopt;
        }
        return qint64(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = textOf(value).toLongLong(&ok);
        if (!ok || std::abs(double(n)) > kMaxSafeInteger) {
            return std::nullopt;
        }
        return n;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> toNumber(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = textOf(value);
        bool ok = false;
        double d = text.toDouble(&ok); // "1.5"
        if (!ok) {
            d = QLocale().toDouble(text, &ok); // "1,5" where that is how people write it
        }
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.canConvert<double>() && value.typeId() != QMetaType::Bool) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> toBoolean(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool();
    }
    const QString text = textOf(value).toLower();
    if (text == QLatin1String("true")) {
        return true;
    }
    if (text == QLatin1String("false")) {
        return false;
    }
    return std::nullopt;
}

std::optional<QJsonValue> toChoice(const Field& field, const QVariant& value)
{
    const QString text = value.typeId() == QMetaType::Bool ? Field::valueText(QJsonValue(value.toBool()))
        : value.typeId() == QMetaType::Double              ? Field::valueText(QJsonValue(value.toDouble()))
                                                           : textOf(value);
    for (int i = 0; i < field.choiceLabels.size(); ++i) {
        if (field.choiceLabels.at(i) == text) {
            return field.property.enumValues.at(i);
        }
    }
    return std::nullopt;
}

QString formatNumber(double value)
{
    if (std::floor(value) == value && std::abs(value) <= kMaxSafeInteger) {
        return QString::number(qint64(value));
    }
    return QString::number(value, 'g', 15);
}

} // namespace

FormModel::FormModel(const AuthSpec& authSpec)
    : m_authSpec(authSpec)
{
    for (const SchemaProperty& property : authSpec.properties) {
        m_fields.append(Field::fromProperty(property));
    }
}

const Field* FormModel::field(const QString& name) const
{
    for (const Field& candidate : m_fields) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

bool FormModel::isEmptyValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    return value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty();
}

QVariantMap FormModel::defaultValues() const
{
    QVariantMap values;
    for (const Field& field : m_fields) {
        if (field.hasDefault()) {
            values.insert(field.name, field.defaultValue.toVariant());
        }
    }
    return values;
}

bool FormModel::requiredFilled(const QVariantMap& values) const
{
    for (const Field& field : m_fields) {
        if (field.required && !field.hasDefault() && isEmptyValue(values.value(field.name))) {
            return false;
        }
    }
    return true;
}

QString FormModel::validateField(const Field& field, const QVariant& value) const
{
    const SchemaProperty& p = field.property;
    if (isEmptyValue(value)) {
        if (field.required && !field.hasDefault()) {
            return tr("%1 is required").arg(field.label);
        }
        return QString(); // an empty optional field is left out; an empty required one sends its default
    }

    switch (field.kind) {
    case Field::Kind::Integer:
    case Field::Kind::Number: {
        const bool whole = field.kind == Field::Kind::Integer;
        std::optional<double> number;
        if (whole) {
            if (const std::optional<qint64> n = toInteger(value)) {
                number = double(*n);
            }
        } else {
            number = toNumber(value);
        }
        const bool inRange = number && (!p.minimum || *number >= *p.minimum) && (!p.maximum || *number <= *p.maximum);
        if (inRange) {
            return QString();
        }
        if (p.minimum && p.maximum) {
            return whole ? tr("%1 must be a whole number between %2 and %3")
                               .arg(field.label, formatNumber(*p.minimum), formatNumber(*p.maximum))
                         : tr("%1 must be a number between %2 and %3")
                               .arg(field.label, formatNumber(*p.minimum), formatNumber(*p.maximum));
        }
        if (p.minimum) {
            return whole ? tr("%1 must be a whole number of at least %2").arg(field.label, formatNumber(*p.minimum))
                         : tr("%1 must be a number of at least %2").arg(field.label, formatNumber(*p.minimum));
        }
        if (p.maximum) {
            return whole ? tr("%1 must be a whole number of at most %2").arg(field.label, formatNumber(*p.maximum))
                         : tr("%1 must be a number of at most %2").arg(field.label, formatNumber(*p.maximum));
        }
        return whole ? tr("%1 must be a whole number").arg(field.label) : tr("%1 must be a number").arg(field.label);
    }
    case Field::Kind::Boolean:
        return toBoolean(value) ? QString() : tr("%1 must be true or false").arg(field.label);
    case Field::Kind::Choice:
        return toChoice(field, value)
            ? QString()
            : tr("%1 must be one of: %2").arg(field.label, field.choiceLabels.join(QStringLiteral(", ")));
    case Field::Kind::Text:
    case Field::Kind::Secret:
        break;
    }

    const QString text = textOf(value);
    const qsizetype length = text.toUcs4().size();
    // Separate sentences for one, so the text reads right even without a translation loaded.
    if (p.maxLength && length > *p.maxLength) {
        return *p.maxLength == 1 ? tr("%1 must be at most 1 character long").arg(field.label)
                                 : tr("%1 must be at most %2 characters long").arg(field.label).arg(*p.maxLength);
    }
    if (p.minLength && length < *p.minLength) {
        return *p.minLength == 1 ? tr("%1 must be at least 1 character long").arg(field.label)
                                 : tr("%1 must be at least %2 characters long").arg(field.label).arg(*p.minLength);
    }
    if (!p.pattern.isEmpty()) {
        // JSON Schema patterns are unanchored searches (ECMA-262); the parser checked that it compiles.
        const QRegularExpression regex(p.pattern);
        if (!regex.match(text).hasMatch()) {
            if (!p.patternDescription.trimmed().isEmpty()) {
                return tr("%1 must be %2").arg(field.label, p.patternDescription.trimmed());
            }
            if (!field.placeholder.isEmpty() && field.kind != Field::Kind::Secret) {
                return tr("%1 does not have the expected format, for example %2").arg(field.label, field.placeholder);
            }
            return tr("%1 does not have the expected format").arg(field.label);
        }
    }
    return QString();
}

QList<FieldError> FormModel::validate(const QVariantMap& values) const
{
    QList<FieldError> errors;
    for (const Field& field : m_fields) {
        const QString message = validateField(field, values.value(field.name));
        if (!message.isEmpty()) {
            errors.append({field.name, message});
        }
    }
    return errors;
}

QJsonObject FormModel::toParams(const QVariantMap& values) const
{
    QJsonObject params;
    for (const Field& field : m_fields) {
        const QVariant value = values.value(field.name);
        if (isEmptyValue(value)) {
            if (field.required && field.hasDefault()) {
                params.insert(field.name, field.defaultValue);
            }
            continue;
        }
        switch (field.kind) {
        case Field::Kind::Text:
        case Field::Kind::Secret:
            params.insert(field.name, textOf(value));
            break;
        case Field::Kind::Integer:
            if (const std::optional<qint64> n = toInteger(value)) {
                params.insert(field.name, QJsonValue(*n));
            }
            break;
        case Field::Kind::Number:
            if (const std::optional<double> d = toNumber(value)) {
                params.insert(field.name, QJsonValue(*d));
            }
            break;
        case Field::Kind::Boolean:
            if (const std::optional<bool> b = toBoolean(value)) {
                params.insert(field.name, QJsonValue(*b));
            }
            break;
        case Field::Kind::Choice:
            if (const std::optional<QJsonValue> choice = toChoice(field, value)) {
                params.insert(field.name, *choice);
            }
            break;
        }
    }
    return params;
}

} // namespace Inlet
