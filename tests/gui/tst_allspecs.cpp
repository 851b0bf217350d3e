#include "../unit/tst_catalog_samples.h"
#include "Accessibility.h"
#include "CredentialForm.h"
#include "QtJson.h"
#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Inlet;
using InletTest::qtJson;

// Every auth spec of every bundled source, rendered offscreen and filled in through its widgets.
class TestAllSpecs : public QObject
{
    Q_OBJECT

private slots:
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
            // Named exactly as the visible label reads, "(required)"/"(optional)" included.
            QVERIFY((*label)->text().startsWith(field.label));
            QCOMPARE(input->accessibleName(), Accessibility::spokenLabel((*label)->text()));
            QCOMPARE((*label)->text(),
                     field.label + (field.required ? QStringLiteral(" (required)") : QStringLiteral(" (optional)")));

            // Fill it in the way a person would, with a value the field accepts.
            const QVariant value = CatalogSamples::validValue(model, field);
            QVERIFY2(value.isValid(), qPrintable(field.name));
            switch (field.kind) {
            case Field::Kind::Text:
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
    }
};

QTEST_MAIN(TestAllSpecs)
#include "tst_allspecs.moc"
