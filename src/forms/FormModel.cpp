#include "FormModel.h"

#include "core/Json.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>
#include <optional>

namespace Inlet {

namespace {

// Whole numbers below kJsonExactIntegerLimit survive a trip through a JSON double, and so do their
// neighbours: 2^53 + 1 typed would be sent as 2^53.
constexpr double kIntegerLimit = double(kJsonExactIntegerLimit);

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
        if (value.toULongLong() >= qulonglong(kJsonExactIntegerLimit)) {
            return std::nullopt;
        }
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::abs(d) >= kIntegerLimit) {
            return std::nullopt;
        }
        return qint64(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = textOf(value).toLongLong(&ok);
        if (!ok || std::abs(double(n)) >= kIntegerLimit) {
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

std::optional<QVariant> toChoice(const Field& field, const QVariant& value)
{
    const QString text = value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::Double
        ? Field::valueText(value)
        : textOf(value);
    for (int i = 0; i < field.choiceLabels.size(); ++i) {
        if (field.choiceLabels.at(i) == text) {
            return field.property.enumValues.at(i);
        }
    }
    return std::nullopt;
}

// Longest text value Inlet sends, whatever the schema allows: a pasted file or a runaway paste (10 MB)
// is a mistake, and the request body must stay far below the platform's size limits.
constexpr qsizetype kMaxTextLength = 65536;
// A DNS name has at most 253 characters (RFC 1035); a host field holds nothing longer.
constexpr qsizetype kMaxHostLength = 253;

bool isHostField(const Field& field)
{
    return field.kind == Field::Kind::Text
        && (field.name.endsWith(QLatin1String("host"), Qt::CaseInsensitive)
            || field.name.compare(QLatin1String("server"), Qt::CaseInsensitive) == 0);
}

// What makes typed or pasted text unsafe to send or to show, in the order it is reported.
enum class TextHazard { None, Control, LineBreak, Bidi, Invisible, Unreadable };

// One pass over the UTF-16 text. Line breaks and tabs are allowed only where `multiLine` (secrets: a
// pasted key may be wrapped). Zero-width joiners stay allowed: emoji and several scripts need them.
TextHazard textHazard(const QString& text, bool multiLine)
{
    TextHazard found = TextHazard::None;
    auto note = [&found](TextHazard hazard) {
        if (found == TextHazard::None || int(hazard) < int(found))
            found = hazard;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a valid pair: a character outside the BMP (emoji), fine
            continue;
        }
        if (QChar::isSurrogate(c) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF)
            note(TextHazard::Unreadable); // a broken paste or invalid UTF-8 turned into U+FFFD
        else if (c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029 || c == 0x0085) {
            if (!multiLine)
                note(TextHazard::LineBreak);
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            note(TextHazard::Control); // NUL and friends: truncate or corrupt the value downstream
        else if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                 || (c >= 0x2066 && c <= 0x2069))
            note(TextHazard::Bidi); // can make "moc.live" read as "evil.com" (Trojan Source)
        else if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E
                 || (c >= 0x2061 && c <= 0x2064))
            note(TextHazard::Invisible);
    }
    return found;
}

// "https://user:secret@host": a non-secret field would show and log the password.
bool hasEmbeddedCredentials(const QString& text)
{
    if (!text.contains(QLatin1String("://")))
        return false;
    const QUrl url(text, QUrl::TolerantMode);
    return url.isValid() && !url.userInfo().isEmpty();
}

// An absolute http(s) URL with a host, as Platform's "format": "uri" check and the sources need it.
bool isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && !url.host().isEmpty();
}

QString formatNumber(double value)
{
    if (std::floor(value) == value && std::abs(value) < kIntegerLimit) {
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
            values.insert(field.name, field.defaultValue);
        }
    }
    return values;
}

qint64 FormModel::maxFileSize(const Field& field)
{
    const qint64 limit = kindMaxLength(field);
    return field.property.contentEncoding == QLatin1String("base64") ? limit / 4 * 3 : limit;
}

FormModel::FileValue FormModel::valueFromFile(const Field& field, const QByteArray& content) const
{
    FileValue result;
    if (content.size() > maxFileSize(field)) {
        result.error =
            tr("The file for %1 is too large: %2 bytes, where at most %3 are allowed")
                .arg(field.label, QLocale().toString(content.size()), QLocale().toString(maxFileSize(field)));
        return result;
    }
    if (content.trimmed().isEmpty()) {
        result.error = tr("The file for %1 is empty").arg(field.label);
        return result;
    }
    const bool json = field.property.contentMediaType == QLatin1String("application/json");
    if (json) {
        const JsonDocument document = JsonText::parse(content);
        if (!document.isValid() || !document.root.is_object()) {
            result.error =
                tr("The file for %1 is not a JSON key file; choose the key file you downloaded").arg(field.label);
            return result;
        }
        if (field.property.contentEncoding.isEmpty()) {
            result.value = QString::fromUtf8(JsonText::write(document.root)); // the whitespace removed, as documented
            return result;
        }
    }
    if (field.property.contentEncoding == QLatin1String("base64")) {
        result.value = QString::fromLatin1(content.toBase64());
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.value = decoder.decode(content);
    if (decoder.hasError()) {
        result.value.clear();
        result.error = tr("The file for %1 is not text; choose the key file itself").arg(field.label);
    }
    return result;
}

qsizetype FormModel::kindMaxLength(const Field& field)
{
    return isHostField(field) ? kMaxHostLength : kMaxTextLength;
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
    case Field::Kind::FileSecret:
    case Field::Kind::Url:
        break;
    }

    const QString text = textOf(value);
    // The schema's own limit, when it has a smaller one, is reported below in its own words.
    const qsizetype limit = kindMaxLength(field);
    if (text.size() > limit && (!p.maxLength || *p.maxLength > limit)) {
        return tr("%1 is too long: %2 characters, where at most %3 are allowed")
            .arg(field.label, QLocale().toString(text.size()), QLocale().toString(limit));
    }
    switch (textHazard(text, field.isSecret())) {
    case TextHazard::None:
        break;
    case TextHazard::Control:
        return tr("%1 contains a control character (such as NUL); remove it or type the value again").arg(field.label);
    case TextHazard::LineBreak:
        return tr("%1 must be on one line; remove the line breaks and tabs").arg(field.label);
    case TextHazard::Bidi:
        return tr("%1 contains invisible text-direction characters (such as U+202E) that can disguise it; "
                  "type the value again")
            .arg(field.label);
    case TextHazard::Invisible:
        return tr("%1 contains an invisible character (such as a zero-width space); type the value again")
            .arg(field.label);
    case TextHazard::Unreadable:
        return tr("%1 contains characters that could not be read (a damaged paste); paste or type it again")
            .arg(field.label);
    }
    if ((field.kind == Field::Kind::Text || field.kind == Field::Kind::Url) && hasEmbeddedCredentials(text)) {
        return tr("%1 must not contain a user name or password; enter them in their own fields").arg(field.label);
    }
    if (field.kind == Field::Kind::Url && !isWebAddress(text)) {
        return field.placeholder.isEmpty()
            ? tr("%1 must be a web address starting with https://").arg(field.label)
            : tr("%1 must be a web address starting with https://, for example %2").arg(field.label, field.placeholder);
    }
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
            if (!field.placeholder.isEmpty() && !field.isSecret()) {
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

AuthParams FormModel::toParams(const QVariantMap& values) const
{
    AuthParams params;
    auto add = [&params](const Field& field, const QVariant& value) {
        params.insert(AuthParam{field.name, value, field.property.secret});
    };
    for (const Field& field : m_fields) {
        const QVariant value = values.value(field.name);
        if (isEmptyValue(value)) {
            if (field.required && field.hasDefault()) {
                add(field, field.defaultValue);
            }
            continue;
        }
        switch (field.kind) {
        case Field::Kind::Text:
        case Field::Kind::Secret:
        case Field::Kind::FileSecret:
        case Field::Kind::Url:
            add(field, textOf(value));
            break;
        case Field::Kind::Integer:
            if (const std::optional<qint64> n = toInteger(value)) {
                add(field, qlonglong(*n));
            }
            break;
        case Field::Kind::Number:
            if (const std::optional<double> d = toNumber(value)) {
                add(field, *d);
            }
            break;
        case Field::Kind::Boolean:
            if (const std::optional<bool> b = toBoolean(value)) {
                add(field, *b);
            }
            break;
        case Field::Kind::Choice:
            if (const std::optional<QVariant> choice = toChoice(field, value)) {
                add(field, *choice);
            }
            break;
        }
    }
    return params;
}

} // namespace Inlet
