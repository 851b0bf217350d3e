#include "../unit/tst_catalog_samples.h"
#include "Accessibility.h"
#include "CredentialForm.h"
#include "FieldEditors.h"
#include "QtJson.h"
#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Inlet;
using InletTest::qtJson;

namespace {

// The auth.params keys and JSON types of each documented POST /connections example, by spec id and
// auth.specName (tests/data/catalog/doc-request-params.json, taken from the pages DECISIONS.md cites).
QJsonObject docRequestParams()
{
    QFile file(QFINDTESTDATA("../data/catalog/doc-request-params.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString jsonTypeName(const QJsonValue& value)
{
    if (value.isBool())
        return QStringLiteral("boolean");
    if (value.isDouble())
        return value.toDouble() == double(value.toInteger()) ? QStringLiteral("integer") : QStringLiteral("number");
    return value.isString() ? QStringLiteral("string") : QStringLiteral("other");
}

} // namespace

// Every auth spec of every bundled source, rendered offscreen and filled in through its widgets.
class TestAllSpecs : public QObject
{
    Q_OBJECT

private slots:
    void everyAuthSpecHasItsDocRequest()
    {
        const QJsonObject doc = docRequestParams();
        QVERIFY(!doc.isEmpty());
        const Catalog catalog = Catalog::bundled();
        int authSpecs = 0;
        for (const ConnectionSpec& spec : catalog.specs()) {
            const QJsonObject documented = doc.value(spec.id).toObject();
            QStringList names = spec.authSpecNames();
            names.sort();
            QCOMPARE(documented.keys(), names);
            authSpecs += int(names.size());
        }
        QCOMPARE(doc.size() - 1, catalog.size()); // every documented spec is bundled ("_comment" aside)
        QCOMPARE(authSpecs, 82);
    }

    void everyBundledSpecRendersAndRoundTrips_data()
    {
        QTest::addColumn<QString>("specId");
        QTest::addColumn<QString>("authSpecName");
        const Catalog catalog = Catalog::bundled();
        QVERIFY(catalog.errors().isEmpty());
        for (const ConnectionSpec& spec : catalog.specs()) {
            for (const AuthSpec& auth : spec.authSpecs) {
                QTest::addRow("%s / %s", qPrintable(spec.displayName), qPrintable(auth.name)) << spec.id << auth.name;
            }
        }
    }

    void everyBundledSpecRendersAndRoundTrips()
    {
        QFETCH(QString, specId);
        QFETCH(QString, authSpecName);
        const Catalog catalog = Catalog::bundled();
        const ConnectionSpec& spec = *catalog.find(specId);
        CredentialForm form;
        form.setConnectionSpec(spec);
        QVERIFY(form.setCurrentAuthSpec(authSpecName));
        QCOMPARE(form.currentAuthSpecName(), authSpecName);
        QCOMPARE(form.authSelector()->isHidden(), spec.authSpecs.size() == 1);
        form.resize(640, 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        for (const SchemaProperty& property : spec.authSpec(authSpecName)->properties) {
            if (!property.group.isEmpty()) {
                QVERIFY(form.groupButton(property.group));
                if (!form.groupButton(property.group)->isChecked())
                    form.groupButton(property.group)->click(); // folded away until opened
                QVERIFY(form.groupButton(property.group)->isChecked());
            }
        }

        const FormModel& model = form.formModel();
        QCOMPARE(model.fields().size(), spec.authSpec(authSpecName)->properties.size());
        const QList<QLabel*> labels = form.findChildren<QLabel*>();
        for (const Field& field : model.fields()) {
            QWidget* input = form.findChild<QWidget*>(field.name);
            QVERIFY2(input, qPrintable(field.name));
            QVERIFY2(input->isVisible(), qPrintable(field.name));
            const auto label =
                std::find_if(labels.cbegin(), labels.cend(), [&](QLabel* l) { return l->buddy() == input; });
            QVERIFY2(label != labels.cend(), qPrintable(field.name));
            // Named exactly as the visible label reads, "(required)"/"(optional)" included; the label
            // ends with a colon and has a mnemonic.
            QCOMPARE(input->accessibleName(), Accessibility::spokenLabel((*label)->text()));
            QCOMPARE(Accessibility::spokenLabel((*label)->text()),
                     field.label + (field.required ? QStringLiteral(" (required)") : QStringLiteral(" (optional)")));
            QVERIFY((*label)->text().endsWith(u':'));
            QVERIFY2((*label)->text().contains(QRegularExpression(QStringLiteral("(?<!&)&[^&]"))),
                     qPrintable((*label)->text()));

            // Fill it in the way a person would, with a value the field accepts.
            const QVariant value = CatalogSamples::validValue(model, field);
            QVERIFY2(value.isValid(), qPrintable(field.name));
            switch (field.kind) {
            case Field::Kind::FileSecret: {
                auto* edit = input->findChild<QLineEdit*>();
                QVERIFY2(edit, qPrintable(field.name));
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
                const auto* editor = qobject_cast<const FileSecretEditor*>(form.editor(field.name));
                QVERIFY(editor && editor->loadButton()->isVisible());
                QCOMPARE(editor->revealButton()->accessibleName(), QStringLiteral("Show ") + field.label);
                edit->setFocus();
                edit->insert(value.toString()); // pasted
                break;
            }
            case Field::Kind::Text:
            case Field::Kind::Url:
            case Field::Kind::Secret: {
                auto* edit = qobject_cast<QLineEdit*>(input);
                QVERIFY2(edit, qPrintable(field.name));
                QCOMPARE(edit->echoMode(), field.kind == Field::Kind::Secret ? QLineEdit::Password : QLineEdit::Normal);
                if (field.kind == Field::Kind::Secret) {
                    const QList<QToolButton*> buttons = input->parentWidget()->findChildren<QToolButton*>();
                    QCOMPARE(buttons.size(), 1);
                    QCOMPARE(buttons.constFirst()->accessibleName(), QStringLiteral("Show ") + field.label);
                }
                edit->clear();
                const QString text = value.toString();
                const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
                if (ascii) {
                    QTest::keyClicks(edit, text);
                } else {
                    edit->insert(text); // QTest cannot type "…"; people paste such values anyway
                }
                break;
            }
            case Field::Kind::Integer: {
                auto* spin = qobject_cast<QSpinBox*>(input);
                QVERIFY2(spin, qPrintable(field.name));
                spin->setValue(value.toInt());
                break;
            }
            case Field::Kind::Number: {
                auto* spin = qobject_cast<QDoubleSpinBox*>(input);
                QVERIFY2(spin, qPrintable(field.name));
                spin->setValue(value.toDouble());
                break;
            }
            case Field::Kind::Boolean: {
                auto* check = qobject_cast<QCheckBox*>(input);
                QVERIFY2(check, qPrintable(field.name));
                check->setChecked(value.toBool());
                break;
            }
            case Field::Kind::Choice: {
                auto* combo = qobject_cast<QComboBox*>(input);
                QVERIFY2(combo, qPrintable(field.name));
                combo->setCurrentIndex(combo->findText(value.toString()));
                break;
            }
            }
        }
        QVERIFY2(form.isComplete(), qPrintable(form.firstError()));
        QVERIFY(form.firstError().isEmpty());

        // auth.params has exactly the spec's properties, with the schema's JSON types.
        const QJsonObject params = qtJson(form.params());
        QStringList expected = form.currentAuthSpec().propertyNames();
        expected.sort();
        QCOMPARE(params.keys(), expected);
        for (const SchemaProperty& property : form.currentAuthSpec().properties) {
            const QJsonValue value = params.value(property.name);
            QVERIFY2(CatalogSamples::hasSchemaType(property, value), qPrintable(property.name));
            if (property.type == SchemaProperty::Type::String)
                QVERIFY2(!value.toString().isEmpty(), qPrintable(property.name));
        }
        QCOMPARE(form.secretFieldNames(), form.currentAuthSpec().secretPropertyNames());
        QVERIFY(!form.grab().isNull());

        // The documented example values are valid, and the body has the doc's request example's keys
        // with its JSON types.
        for (const Field& field : model.fields()) {
            for (const QVariant& example : field.property.examples)
                QVERIFY2(model.validateField(field, example).isEmpty(),
                         qPrintable(model.validateField(field, example)));
        }
        const QJsonObject documented = docRequestParams().value(specId).toObject().value(authSpecName).toObject();
        QVERIFY(!documented.isEmpty());
        for (auto it = documented.constBegin(); it != documented.constEnd(); ++it) {
            QVERIFY2(params.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(jsonTypeName(params.value(it.key())), it.value().toString());
        }
        // Filled in only where required, the body sends nothing the doc's example does not.
        QVariantMap requiredOnly;
        for (const Field& field : model.fields()) {
            if (field.required)
                requiredOnly.insert(field.name, CatalogSamples::validValue(model, field));
        }
        QVERIFY2(model.validate(requiredOnly).isEmpty(), qPrintable(model.validate(requiredOnly).value(0).message));
        const QJsonObject minimal = qtJson(model.toParams(requiredOnly));
        for (const QString& key : minimal.keys())
            QVERIFY2(documented.contains(key), qPrintable(key));
    }
};

QTEST_MAIN(TestAllSpecs)
#include "tst_allspecs.moc"
