// The JSON-Schema subset end to end: a fuzzed connection spec (its authSpec[].spec is the schema)
// becomes SchemaProperty values and a FormModel; fuzzed values then go through validate(), toParams()
// and into a ConnectionDraft whose request body must always be valid JSON carrying exactly the params,
// and whose curl preview must never contain a secret value.
//
// Input: <connection-spec JSON> [ "\n----\n" <JSON object of values> ]. Without a values part, each
// field gets every example/default of every field, as text.
#include "FuzzSupport.h"

#include "catalog/CatalogParser.h"
#include "core/Profile.h"
#include "forms/FormModel.h"
#include "platform/ConnectionDraft.h"
#include "platform/RequestPreview.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

void checkDraft(const Inlet::FormModel& form, const QVariantMap& values)
{
    const QList<Inlet::FieldError> errors = form.validate(values);
    for (const Inlet::FieldError& error : errors)
        InletFuzz::require(!error.message.isEmpty() && form.field(error.field), "error without message or field");

    Inlet::ConnectionDraft draft;
    draft.name = values.value(QStringLiteral("name")).toString();
    draft.connectionSpecId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    draft.authSpecName = form.specName();
    draft.params = form.toParams(values);
    const QJsonObject params = QJsonDocument::fromJson(Inlet::JsonText::write(draft.params.toJson())).object();
    QStringList fieldOrder;
    for (const Inlet::Field& field : form.fields()) {
        if (draft.params.contains(field.name))
            fieldOrder << field.name;
    }
    InletFuzz::require(draft.params.names() == fieldOrder, "params are not in the form's field order");

    for (int indent : {0, 2}) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(draft.toJsonText(indent), &parseError);
        InletFuzz::require(parseError.error == QJsonParseError::NoError && document.isObject(),
                           "request body is not valid JSON");
        const QJsonObject auth = document.object().value(QLatin1String("auth")).toObject();
        InletFuzz::require(auth.value(QLatin1String("params")).toObject() == params,
                           "request body params differ from the form's params");
        InletFuzz::require(auth.value(QLatin1String("specName")).toString() == draft.authSpecName,
                           "request body specName differs");
    }

    // The preview masks every secret param: it must not depend on the secret values at all (a plain
    // "does not contain" check would trip over a secret equal to some other, visible value).
    Inlet::Profile profile;
    Inlet::ConnectionDraft otherSecrets = draft;
    for (const QString& secret : draft.secretParamNames())
        otherSecrets.params.insert(secret, QStringLiteral("another secret value"));
    InletFuzz::require(Inlet::RequestPreview::createConnection(draft, profile)
                           == Inlet::RequestPreview::createConnection(otherSecrets, profile),
                       "the curl preview depends on a secret value");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = InletFuzz::bytes(data, size);
    const qsizetype split = input.indexOf("\n----\n");
    const QByteArray specPart = split < 0 ? input : input.left(split);
    const QByteArray valuesPart = split < 0 ? QByteArray() : input.mid(split + 6);

    const Inlet::CatalogPage page = Inlet::CatalogParser::parse(specPart);
    for (const Inlet::ConnectionSpec& spec : page.specs) {
        for (const Inlet::AuthSpec& auth : spec.authSpecs) {
            const Inlet::FormModel form(auth);
            if (!valuesPart.isEmpty()) {
                checkDraft(form, QJsonDocument::fromJson(valuesPart).object().toVariantMap());
                continue;
            }
            checkDraft(form, form.defaultValues());
            QVariantMap values;
            for (const Inlet::Field& field : form.fields()) {
                for (const QVariant& example : field.property.examples)
                    values.insert(field.name, Inlet::Field::valueText(example));
            }
            checkDraft(form, values);
        }
    }
    return 0;
}
