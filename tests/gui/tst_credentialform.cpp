#include "Accessibility.h"
#include "CredentialForm.h"
#include "FieldEditor.h"
#include "FieldEditors.h"
#include "QtJson.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <vector>

using namespace Inlet;
using InletTest::qtJson;

namespace {

const QString kSpark = QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6");
const QString kDataExplorer = QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3");
const QString kDatabricks = QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b");
const QString kCassandra = QStringLiteral("a8f4d393-1a6b-43f3-931f-91a16ed857f4");
const QString kPhoenix = QStringLiteral("102706fb-a5cd-42ee-afe0-bc42f017ff43");
const QString kSftp = QStringLiteral("b7bf2577-4520-42c9-bae9-cad01560f7bc");
const QString kGuid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");

// The luminance contrast of two colours (WCAG 2), to check the error text reads on the background.
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

class TestCredentialForm : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::bundled();
    ConnectionSpec spec(const QString& id) const { return *m_catalog.find(id); }

    // The field's line edit; a key field's (FileSecretEditor) is its masked line.
    QLineEdit* edit(CredentialForm& form, const char* name) const
    {
        if (auto* lineEdit = form.findChild<QLineEdit*>(QLatin1String(name)))
            return lineEdit;
        auto* input = form.findChild<QWidget*>(QLatin1String(name));
        return input ? input->findChild<QLineEdit*>() : nullptr;
    }

    // Types like a person: focus, text, then Return (which finishes the edit).
    void type(CredentialForm& form, const char* name, const QString& text) const
    {
        QLineEdit* lineEdit = edit(form, name);
        QVERIFY2(lineEdit, name);
        lineEdit->setFocus();
        lineEdit->selectAll();
        QTest::keyClicks(lineEdit, text);
        QTest::keyClick(lineEdit, Qt::Key_Return);
    }

    QLabel* errorLabel(CredentialForm& form) const
    {
        const QList<QLabel*> labels = form.findChildren<QLabel*>(QStringLiteral("credentialFormError"));
        return labels.size() == 1 ? labels.constFirst() : nullptr; // one label, never one per field
    }

    QLabel* labelFor(CredentialForm& form, QWidget* input) const
    {
        for (QLabel* label : form.findChildren<QLabel*>()) {
            if (label->buddy() == input) {
                return label;
            }
        }
        return nullptr;
    }

private slots:
    void labelsSayRequiredOrOptionalAndNameTheInputs()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kDatabricks));
        form.show();
        QCOMPARE(form.currentAuthSpecName(), QStringLiteral("Access Token Authentication"));
        QWidget* domain = form.findChild<QWidget*>(QStringLiteral("domain"));
        QVERIFY(domain);
        QCOMPARE(domain->accessibleName(), QStringLiteral("Workspace URL (required)"));
        QCOMPARE(Accessibility::spokenLabel(labelFor(form, domain)->text()),
                 QStringLiteral("Workspace URL (required)"));
        QWidget* catalog = form.findChild<QWidget*>(QStringLiteral("catalog"));
        QCOMPARE(catalog->accessibleName(), QStringLiteral("Catalog (optional)"));
        QCOMPARE(Accessibility::spokenLabel(labelFor(form, catalog)->text()), QStringLiteral("Catalog (optional)"));
        QCOMPARE(edit(form, "domain")->placeholderText(),
                 QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net"));
        QVERIFY(!form.findChild<QWidget*>(QStringLiteral("nope")));
        // Tab order follows the document: Tab from one field reaches the next one.
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.findChild<QWidget*>(QStringLiteral("clusterId"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.findChild<QWidget*>(QStringLiteral("accessToken")));
    }

    void freshFormIsIncompleteButQuiet()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kDataExplorer));
        form.show();
        QVERIFY(!form.isComplete());
        QCOMPARE(form.firstError(), QStringLiteral("Endpoint is required"));
        QVERIFY(errorLabel(form));
        QVERIFY(!errorLabel(form)->isVisible()); // nothing was typed yet, so nothing is wrong yet
    }

    void showErrorsPutsTheFirstProblemUnderItsField()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kDataExplorer));
        form.show();
        QVERIFY(!form.showErrors());
        QLabel* error = errorLabel(form);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Endpoint is required"));
        QCOMPARE(error->parentWidget(), form.findChild<QWidget*>(QStringLiteral("endpoint"))->parentWidget());
    }

    void inlineErrorFollowsTheFirstInvalidField()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kDataExplorer));
        form.show();
        type(form, "endpoint", QStringLiteral("https://help.kusto.windows.net"));
        type(form, "database", QStringLiteral("Samples"));
        type(form, "tenant", QStringLiteral("contoso"));
        type(form, "servicePrincipalId", QStringLiteral("not-a-guid"));
        type(form, "servicePrincipalKey", QStringLiteral("s3cret"));

        QLabel* error = errorLabel(form);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Tenant must be a GUID like 00000000-0000-0000-0000-000000000000"));
        QWidget* tenant = form.findChild<QWidget*>(QStringLiteral("tenant"));
        QCOMPARE(error->parentWidget(), tenant->parentWidget());
        QTRY_VERIFY(error->geometry().top() >= tenant->geometry().bottom()); // under the field, not beside it
        QVERIFY(!form.isComplete());

        type(form, "tenant", kGuid);
        QCOMPARE(error->text(),
                 QStringLiteral("Service principal ID must be a GUID like 00000000-0000-0000-0000-000000000000"));
        QCOMPARE(error->parentWidget(), form.findChild<QWidget*>(QStringLiteral("servicePrincipalId"))->parentWidget());

        QSignalSpy complete(&form, &CredentialForm::completeChanged);
        type(form, "servicePrincipalId", kGuid);
        QVERIFY(!error->isVisible());
        QVERIFY(form.isComplete());
        QVERIFY(form.firstError().isEmpty());
        QCOMPARE(complete.count(), 1);
        QCOMPARE(qtJson(form.params()).value(QLatin1String("tenant")).toString(), kGuid);
    }

    void prefilledDefaultCountsAsFilled()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kCassandra));
        form.show();
        // The doc sends Cassandra's port in quotes: text, prefilled with the default port.
        auto* port = form.findChild<QLineEdit*>(QStringLiteral("port"));
        QVERIFY(port);
        QCOMPARE(port->text(), QStringLiteral("9042"));
        type(form, "host", QStringLiteral("cassandra.example.com"));
        type(form, "username", QStringLiteral("reader"));
        QVERIFY(!form.isComplete());
        type(form, "password", QStringLiteral("pw"));
        QVERIFY2(form.isComplete(), qPrintable(form.firstError()));
        const QJsonObject params = qtJson(form.params());
        QCOMPARE(params.value(QLatin1String("port")).toString(), QStringLiteral("9042"));

        // A spec whose only required field has a default is complete before anyone types.
        const CatalogPage page = CatalogParser::parse(
            "{\"items\": [{\"id\": \"d\", \"authSpec\": [{\"name\": \"A\", \"spec\": {\"properties\": "
            "{\"region\": {\"type\": \"string\", \"default\": \"eu\"}, \"note\": {}}, \"required\": "
            "[\"region\"]}}]}]}");
        CredentialForm defaults;
        QSignalSpy completeChanged(&defaults, &CredentialForm::completeChanged);
        defaults.setConnectionSpec(page.specs.constFirst());
        QVERIFY(defaults.isComplete());
        QCOMPARE(completeChanged.count(), 1);
        QCOMPARE(qtJson(defaults.params()), QJsonObject({{QStringLiteral("region"), QStringLiteral("eu")}}));
    }

    void anOverlongPasteIsKeptWholeAndRefused()
    {
        // QLineEdit would cut a paste to 32,767 characters without a word and the cut value be sent.
        CredentialForm form;
        form.setConnectionSpec(spec(kCassandra));
        form.show();
        type(form, "username", QStringLiteral("reader"));
        type(form, "password", QStringLiteral("pw"));
        QLineEdit* host = edit(form, "host");
        const QString megabyte(1024 * 1024, u'h');
        host->setFocus();
        QGuiApplication::clipboard()->setText(megabyte);
        host->paste();
        QCOMPARE(host->text().size(), megabyte.size());
        QTest::keyClick(host, Qt::Key_Return);
        QVERIFY(!form.isComplete());
        QVERIFY2(form.firstError().contains(QLocale().toString(253)), qPrintable(form.firstError()));
        QVERIFY(form.firstError().contains(QLocale().toString(megabyte.size())));
        QVERIFY(errorLabel(form)->isVisible());
    }

    void secretsAreMaskedWithAShowToggle()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kSpark));
        form.show();
        QLineEdit* password = edit(form, "password");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(edit(form, "host")->echoMode(), QLineEdit::Normal);
        QToolButton* toggle = nullptr;
        for (QToolButton* button : form.findChildren<QToolButton*>()) {
            if (button->accessibleName() == QLatin1String("Show Password")) {
                toggle = button;
            }
        }
        QVERIFY(toggle);
        QVERIFY(toggle->isCheckable());
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Show"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QCOMPARE(toggle->text(), QStringLiteral("Hide"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(form.secretFieldNames(), QSet<QString>{QStringLiteral("password")});
        // Clearing the secrets masks them again, so the next one typed is not shown.
        QTest::mouseClick(toggle, Qt::LeftButton);
        form.clearSecrets();
        QVERIFY(!toggle->isChecked());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(toggle->text(), QStringLiteral("Show"));
    }

    void valuesSurviveGoingBackAndForth()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kPhoenix));
        form.show();
        type(form, "host", QStringLiteral("phoenix.example.com"));
        type(form, "username", QStringLiteral("admin"));
        type(form, "password", QStringLiteral("pw"));
        auto* port = form.findChild<QSpinBox*>(QStringLiteral("port"));
        QCOMPARE(port->specialValueText(), QStringLiteral("Not set"));
        QCOMPARE(port->value(), port->minimum()); // no default: not set
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("443"));
        QCOMPARE(port->value(), 443);
        type(form, "httpPath", QStringLiteral("/hbasephoenix0"));
        form.findChild<QCheckBox*>(QStringLiteral("enableSsl"))->setChecked(true);
        QVERIFY2(form.isComplete(), qPrintable(form.firstError()));
        const QVariantMap typed = form.values();
        const QJsonObject params = qtJson(form.params());
        QCOMPARE(params.value(QLatin1String("port")), QJsonValue(443));
        QCOMPARE(params.value(QLatin1String("enableSsl")), QJsonValue(true));

        // Another source in between drops everything; the wizard restores what it kept.
        form.setConnectionSpec(spec(kSpark));
        form.setConnectionSpec(spec(kPhoenix));
        QVERIFY(edit(form, "host")->text().isEmpty());
        QVERIFY(!form.isComplete());
        form.setValues(typed);
        QCOMPARE(form.values(), typed);
        QCOMPARE(qtJson(form.params()), params);
        QCOMPARE(edit(form, "password")->text(), QStringLiteral("pw"));
        QCOMPARE(form.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 443);
        QVERIFY(form.isComplete());
    }

    void authSelectorSwitchesAndKeepsSameNamedFields()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kSpark));
        form.show();
        QVERIFY(!form.authSelector()->isVisible()); // one auth spec: nothing to choose

        QSignalSpy switched(&form, &CredentialForm::authSpecChanged);
        form.setConnectionSpec(spec(kSftp));
        QComboBox* selector = form.authSelector();
        QVERIFY(selector->isVisible());
        QCOMPARE(selector->accessibleName(), QStringLiteral("Authentication"));
        QCOMPARE(selector->count(), 2);
        QCOMPARE(form.currentAuthSpecName(), QStringLiteral("Basic Authentication for sftp"));
        type(form, "host", QStringLiteral("sftp.example.com"));
        type(form, "userName", QStringLiteral("drop"));
        type(form, "password", QStringLiteral("pw"));
        QVERIFY(form.isComplete());

        selector->setCurrentIndex(1);
        QCOMPARE(form.currentAuthSpecName(), QStringLiteral("SSH PublicKey Authentication for sftp"));
        QCOMPARE(switched.count(), 2);
        QCOMPARE(switched.constLast().constFirst().toString(), QStringLiteral("SSH PublicKey Authentication for sftp"));
        QCOMPARE(edit(form, "host")->text(), QStringLiteral("sftp.example.com"));
        QCOMPARE(edit(form, "userName")->text(), QStringLiteral("drop"));
        QVERIFY(!form.findChild<QWidget*>(QStringLiteral("password")));
        QVERIFY(edit(form, "privateKeyContent")->text().isEmpty());
        QCOMPARE(form.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 22);
        QVERIFY(!form.isComplete());
        QCOMPARE(form.firstError(), QStringLiteral("Private key content is required"));

        QVERIFY(form.setCurrentAuthSpec(QStringLiteral("Basic Authentication for sftp")));
        QCOMPARE(edit(form, "password")->text(), QStringLiteral("pw")); // switching back keeps it
        QVERIFY(form.isComplete());
        QCOMPARE(qtJson(form.params()).keys(),
                 QStringList({QStringLiteral("host"),
                              QStringLiteral("password"),
                              QStringLiteral("port"),
                              QStringLiteral("userName")}));
        QVERIFY(!form.setCurrentAuthSpec(QStringLiteral("No such auth")));
    }

    void clearSecretsEmptiesOnlySecrets()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kSftp));
        form.show();
        type(form, "host", QStringLiteral("sftp.example.com"));
        type(form, "password", QStringLiteral("pw"));
        QSignalSpy changed(&form, &CredentialForm::changed);
        form.clearSecrets();
        QVERIFY(changed.count() >= 1);
        QVERIFY(edit(form, "password")->text().isEmpty());
        QCOMPARE(edit(form, "host")->text(), QStringLiteral("sftp.example.com"));
        // A secret typed under another auth spec is not carried back either.
        form.setCurrentAuthSpec(QStringLiteral("SSH PublicKey Authentication for sftp"));
        type(form, "privateKeyContent", QStringLiteral("QUJD"));
        form.clearSecrets();
        form.setCurrentAuthSpec(QStringLiteral("Basic Authentication for sftp"));
        QVERIFY(edit(form, "password")->text().isEmpty());
        form.setCurrentAuthSpec(QStringLiteral("SSH PublicKey Authentication for sftp"));
        QVERIFY(edit(form, "privateKeyContent")->text().isEmpty());
    }

    void typingEmitsChanged()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kSpark));
        form.show();
        QSignalSpy changed(&form, &CredentialForm::changed);
        QTest::keyClicks(edit(form, "host"), QStringLiteral("ab"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(form.values().value(QStringLiteral("host")).toString(), QStringLiteral("ab"));
    }

    void validatesOncePerChange()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kPhoenix));
        form.show();
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        QSignalSpy* hostValidated = nullptr;
        for (const Field& field : form.formModel().fields()) {
            const FieldEditor* editor = form.editor(field.name);
            QVERIFY2(editor, qPrintable(field.name));
            QCOMPARE(editor->input(), form.findChild<QWidget*>(field.name));
            spies.push_back(std::make_unique<QSignalSpy>(editor, &FieldEditor::validated));
            if (field.name == QLatin1String("host")) {
                hostValidated = spies.back().get();
            }
        }
        QVERIFY(hostValidated);
        QVERIFY(!form.editor(QStringLiteral("nope")));
        const auto validations = [&spies] {
            qsizetype count = 0;
            for (const auto& spy : spies) {
                count += spy->count();
                spy->clear();
            }
            return count;
        };
        QSignalSpy changed(&form, &CredentialForm::changed);

        // One keystroke validates the edited field, once; Return changes nothing, so it validates nothing.
        QLineEdit* host = edit(form, "host");
        host->setFocus();
        QTest::keyClick(host, Qt::Key_P);
        QCOMPARE(hostValidated->count(), 1);
        QCOMPARE(validations(), 1);
        QTest::keyClicks(host, QStringLiteral("hx"));
        QCOMPARE(validations(), 2);
        QTest::keyClick(host, Qt::Key_Return);
        QCOMPARE(validations(), 0);
        QCOMPARE(changed.count(), 4); // every change and the finished edit are still announced

        // Asking the form does not validate again.
        QVERIFY(!form.isComplete());
        QVERIFY(!form.firstError().isEmpty());
        QVERIFY(!form.showErrors());
        QCOMPARE(form.values().value(QStringLiteral("host")).toString(), QStringLiteral("phx"));
        QCOMPARE(validations(), 0);

        // A spin box step and a check box toggle are one change each.
        auto* port = form.findChild<QSpinBox*>(QStringLiteral("port"));
        port->setFocus();
        QTest::keyClick(port, Qt::Key_Up);
        QCOMPARE(validations(), 1);
        form.findChild<QCheckBox*>(QStringLiteral("enableSsl"))->click();
        QCOMPARE(validations(), 1);
    }

    void errorTextReadsOnLightAndDarkPalettes()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(kDataExplorer));
        form.show();
        form.showErrors();
        QLabel* error = errorLabel(form);
        QPalette light;
        light.setColor(QPalette::Window, QColor(246, 245, 244));
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(36, 31, 49));
        dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
        for (const QPalette& palette : {light, dark}) {
            form.setPalette(palette);
            const QColor text = error->palette().color(QPalette::WindowText);
            const QColor background = error->palette().color(QPalette::Window);
            QCOMPARE(background, palette.color(QPalette::Window)); // only the text colour is ours
            QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + u' ' + background.name()));
            QVERIFY(text.red() > text.green() && text.red() > text.blue()); // still reads as an error
        }
    }

    // A key file loads into its multi-line secret field: Base64-encoded where the doc wants it, the
    // JSON made compact where it is sent as is, marked secret like a typed one; a wrong file is refused
    // with a message and what was there stays.
    void keyFilesLoadIntoTheirFields()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.json"));
        const QByteArray key = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"p\"\n}\n";
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::WriteOnly) && keyFile.write(key) == key.size());
        keyFile.close();
        const QString textPath = dir.filePath(QStringLiteral("notes.txt"));
        QFile textFile(textPath);
        QVERIFY(textFile.open(QIODevice::WriteOnly) && textFile.write("not a key") > 0);
        textFile.close();

        CredentialForm form;
        form.setConnectionSpec(spec(QStringLiteral("3c9b37f8-13a6-43d8-bad3-b863b941fedd"))); // BigQuery
        QVERIFY(form.setCurrentAuthSpec(QStringLiteral("Service Authentication")));
        form.show();
        auto* editor = const_cast<FileSecretEditor*>(
            qobject_cast<const FileSecretEditor*>(form.editor(QStringLiteral("keyFileContent"))));
        QVERIFY(editor);
        QVERIFY(editor->holdsSecret());
        QCOMPARE(editor->loadButton()->text(), QStringLiteral("Load from file\u2026"));
        QVERIFY(editor->loadFile(keyPath, form.formModel()));
        QCOMPARE(editor->value().toString(), QString::fromLatin1(key.toBase64()));
        QVERIFY(editor->error().isEmpty());
        QVERIFY(form.params().secretNames().contains(QStringLiteral("keyFileContent")));
        QVERIFY(!editor->isRevealed());

        QVERIFY(!editor->loadFile(textPath, form.formModel()));
        QVERIFY(editor->error().contains(QStringLiteral("JSON")));
        QCOMPARE(editor->value().toString(), QString::fromLatin1(key.toBase64()));

        // Revealed, the key shows over several lines and edits there are the value.
        editor->revealButton()->click();
        QVERIFY(editor->isRevealed());
        auto* plain = editor->input()->findChild<QPlainTextEdit*>();
        QVERIFY(plain && plain->isVisible());
        QCOMPARE(plain->toPlainText(), editor->value().toString());

        // Google PubSub sends the JSON itself, whitespace removed.
        form.setConnectionSpec(spec(QStringLiteral("70116022-a743-464a-bbfe-e226a7f8210c")));
        auto* pubsub = const_cast<FileSecretEditor*>(
            qobject_cast<const FileSecretEditor*>(form.editor(QStringLiteral("credentials"))));
        QVERIFY(pubsub && pubsub->loadFile(keyPath, form.formModel()));
        QCOMPARE(pubsub->value().toString(), QStringLiteral("{\"type\":\"service_account\",\"project_id\":\"p\"}"));
    }

    // Fields of an "x-group" start folded away behind their header and open for a value or a problem.
    void optionalGroupsFold()
    {
        CredentialForm form;
        form.setConnectionSpec(spec(QStringLiteral("ecadc60c-7455-4d87-84dc-2a0e293d997b"))); // S3
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QToolButton* group = form.groupButton(QStringLiteral("Restricted access"));
        QVERIFY(group);
        QCOMPARE(Accessibility::spokenLabel(group->text()), QStringLiteral("Restricted access (optional)"));
        auto* bucket = form.findChild<QLineEdit*>(QStringLiteral("bucketName"));
        QVERIFY(!bucket->isVisible());
        group->click();
        QVERIFY(bucket->isVisible());
        bucket->setFocus();
        QTest::keyClicks(bucket, QStringLiteral("Bad_Bucket"));
        QTest::keyClick(bucket, Qt::Key_Return);
        group->click();
        QVERIFY(!bucket->isVisible());
        type(form, "s3AccessKey", QStringLiteral("AKIAEXAMPLE"));
        type(form, "s3SecretKey", QStringLiteral("secret"));
        QVERIFY(!form.showErrors());
        QVERIFY(bucket->isVisible()); // the problem is shown, not folded away
        QVERIFY(errorLabel(form)->isVisible());

        // A URL field wants an absolute web address.
        form.setConnectionSpec(spec(QStringLiteral("8e6b41a8-d998-4545-ad7d-c6a9fff406c3"))); // OData
        QCOMPARE(form.editor(QStringLiteral("url"))->field().kind, Field::Kind::Url);
        type(form, "url", QStringLiteral("services.odata.org"));
        QVERIFY(!form.isComplete());
        QVERIFY(form.firstError().contains(QStringLiteral("https://")));
        type(form, "url", QStringLiteral("https://services.odata.org/V4"));
        QVERIFY2(form.isComplete(), qPrintable(form.firstError()));
    }
};

QTEST_MAIN(TestCredentialForm)
#include "tst_credentialform.moc"
