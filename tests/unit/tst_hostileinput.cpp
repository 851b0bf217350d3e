// Hostile input through the credential form: whatever a person types or pastes, the form either
// names the field with a clear message or sends a safely normalised value; the request body is always
// valid JSON carrying exactly the form's params, and the curl preview stays one shell-safe command
// without secrets. Also: the Spark config line from hostile SAS tokens and the IMS token parser.
#include "QtJson.h"
#include "ShellWords.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"
#include "core/Profile.h"
#include "databricks/SparkConfigLine.h"
#include "forms/FormModel.h"
#include "platform/ConnectionDraft.h"
#include "platform/RequestPreview.h"
#include "platform/TokenProvider.h"

#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Inlet;
using InletTest::qtJson;

namespace {

// Sources of the bundled catalog by name, and the auth spec used.
struct SpecRef
{
    const char* source;
    int authIndex;
};

const AuthSpec& bundledAuthSpec(const QString& key)
{
    static const QHash<QString, SpecRef> refs{
        {QStringLiteral("redshift"), {"amazon-redshift", 0}},
        {QStringLiteral("databricks"), {"databricks", 0}},
        {QStringLiteral("adx"), {"azure-data-explorer", 0}},
        {QStringLiteral("sftp"), {"sftp", 0}},
        {QStringLiteral("sftp-key"), {"sftp", 1}},
        {QStringLiteral("mysql"), {"mysql", 0}},
        {QStringLiteral("phoenix"), {"phoenix", 0}},
        {QStringLiteral("blob-sas"), {"azure-blob", 1}},
    };
    static const Catalog catalog = Catalog::bundled();
    static QHash<QString, AuthSpec> cache;
    if (!cache.contains(key)) {
        const SpecRef ref = refs.value(key);
        for (const ConnectionSpec& spec : catalog.specs()) {
            if (spec.name == QLatin1String(ref.source))
                cache.insert(key, spec.authSpecs.at(ref.authIndex));
        }
        if (!cache.contains(key))
            qFatal("no bundled spec %s", qPrintable(key));
    }
    return cache[key];
}

// A valid value for every required field: defaults, examples that validate, else a plain value.
QVariantMap validBaseline(const FormModel& form)
{
    QVariantMap values = form.defaultValues();
    const QHash<QString, QVariant> fallback{
        {QStringLiteral("tenant"), QStringLiteral("00000000-0000-0000-0000-000000000000")},
        {QStringLiteral("servicePrincipalId"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
        {QStringLiteral("privateKeyContent"), QStringLiteral("QUJDREVGR0g=")},
        {QStringLiteral("host"), QStringLiteral("db.example.com")},
        {QStringLiteral("port"), 443},
        {QStringLiteral("enableSsl"), true},
        {QStringLiteral("connectionString"),
         QStringLiteral("Server=db.example.com;Port=3306;Database=shop;UID=inlet;PWD=pw")},
        {QStringLiteral("sasUri"), QStringLiteral("https://acct.blob.core.windows.net/c?sv=2020-10-02&sig=abc%2B")},
    };
    for (const Field& field : form.fields()) {
        if (!field.required || values.contains(field.name))
            continue;
        if (fallback.contains(field.name)) {
            values.insert(field.name, fallback.value(field.name));
            continue;
        }
        const QString example = field.placeholder;
        if (!example.isEmpty() && !example.contains(u'{') && form.validateField(field, example).isEmpty())
            values.insert(field.name, example);
        else
            values.insert(field.name, QStringLiteral("inlet-%1").arg(field.name));
    }
    return values;
}

// The body on the wire and in the preview is JSON whose params are exactly `params`.
// `rejectedField`: a value the form refused (so never sent) is only checked to be present, as a string:
// Qt's own JSON parser drops U+FEFF inside strings, so its text cannot be compared through it.
void verifyBody(const ConnectionDraft& draft, const QString& rejectedField = {})
{
    for (int indent : {0, 4}) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(draft.toJsonText(indent), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject body = document.object();
        QJsonObject params = body.value(QLatin1String("auth")).toObject().value(QLatin1String("params")).toObject();
        QJsonObject expected = qtJson(draft.params);
        if (!rejectedField.isEmpty() && expected.contains(rejectedField)) {
            if (expected.value(rejectedField).isString())
                QVERIFY(params.value(rejectedField).isString());
            else
                QCOMPARE(params.value(rejectedField), expected.value(rejectedField));
            params.remove(rejectedField);
            expected.remove(rejectedField);
        }
        QCOMPARE(params, expected);
        QCOMPARE(body.value(QLatin1String("name")).toString(), draft.name);
        QCOMPARE(body.value(QLatin1String("description")).toString(), draft.description);
    }
}

// The preview is one `curl` command: it splits into literal words, `sh -n` accepts it, the -d word is
// the body with secrets as placeholders, and no secret value appears anywhere.
void verifyPreview(const ConnectionDraft& draft, const Profile& profile, const QString& rejectedField = {})
{
    const QString preview = RequestPreview::createConnection(draft, profile);
    const std::optional<QStringList> words = splitShellWords(preview);
    QVERIFY2(words.has_value(), qPrintable(preview.left(400)));
    QCOMPARE(words->value(0), QStringLiteral("curl"));
    QCOMPARE(words->count(QStringLiteral("-d")), 1);
    const QString body = words->value(words->indexOf(QStringLiteral("-d")) + 1);
    QJsonParseError error{};
    const QJsonObject shown = QJsonDocument::fromJson(body.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QJsonObject expected = qtJson(draft.params);
    const QHash<QString, QString> placeholders = RequestPreview::secretPlaceholders(draft);
    for (const QString& secret : draft.secretParamNames()) {
        if (expected.contains(secret))
            expected.insert(secret, placeholders.value(secret));
    }
    QJsonObject shownParams = shown.value(QLatin1String("auth")).toObject().value(QLatin1String("params")).toObject();
    if (!rejectedField.isEmpty()) {
        shownParams.remove(rejectedField); // see verifyBody()
        expected.remove(rejectedField);
    }
    QCOMPARE(shownParams, expected);
    for (const QString& secret : draft.secretParamNames()) {
        const QString value = draft.params.value(secret).toString();
        if (!value.isEmpty())
            QVERIFY2(!preview.contains(value), "a secret value is in the preview");
    }

    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-n")});
    QVERIFY(sh.waitForStarted());
    sh.write(preview.toUtf8());
    sh.closeWriteChannel();
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(sh.readAllStandardError(), QByteArray());
}

QString tenMegabytes()
{
    return QString(10 * 1024 * 1024, u'a');
}

QString loneSurrogate()
{
    return QStringLiteral("user") + QChar(char16_t(0xD800));
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void formValue_data();
    void formValue();
    void hostileConnectionNameStaysValidJson();
    void schemaNumbersBeyondInt64AreShownAsText_data();
    void schemaNumbersBeyondInt64AreShownAsText();
    void sasToken_data();
    void sasToken();
    void imsTokenResponse_data();
    void imsTokenResponse();
};

void TestHostileInput::formValue_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    // Empty: accepted, and `sent` is the param value; else a part of the one message for that field.
    QTest::addColumn<QString>("message");
    QTest::addColumn<QJsonValue>("sent");

    const QString none;
    const QJsonValue rejected;
    auto reject =
        [&](const char* name, const char* spec, const char* field, const QVariant& value, const char* message) {
            QTest::newRow(name) << QString::fromLatin1(spec) << QString::fromLatin1(field) << value
                                << QString::fromUtf8(message) << rejected;
        };
    const auto tooLong = [](qsizetype length, qsizetype limit) {
        return QStringLiteral("is too long: %1 characters, where at most %2 are allowed")
            .arg(QLocale().toString(length), QLocale().toString(limit));
    };
    auto rejectWith =
        [&](const char* name, const char* spec, const char* field, const QVariant& value, const QString& message) {
            QTest::newRow(name) << QString::fromLatin1(spec) << QString::fromLatin1(field) << value << message
                                << rejected;
        };
    auto accept =
        [&](const char* name, const char* spec, const char* field, const QVariant& value, const QJsonValue& sent) {
            QTest::newRow(name) << QString::fromLatin1(spec) << QString::fromLatin1(field) << value << none << sent;
        };

    // Line breaks, NUL and other controls.
    reject("CRLF header injection in host",
           "redshift",
           "server",
           QStringLiteral("db.example.com\r\nX-Injected: 1"),
           "must be on one line");
    reject("bare CR in host", "sftp", "host", QStringLiteral("sftp.example.com\rEVIL"), "must be on one line");
    reject("tab inside a user name", "redshift", "username", QStringLiteral("aws\tuser"), "must be on one line");
    reject("U+2028 line separator", "redshift", "server", QStringLiteral("db\u2028example.com"), "must be on one line");
    accept("trailing newline of a paste is trimmed",
           "redshift",
           "server",
           QStringLiteral("db.example.com\n"),
           QStringLiteral("db.example.com"));
    accept("surrounding blanks are trimmed",
           "redshift",
           "server",
           QStringLiteral("  db.example.com  "),
           QStringLiteral("db.example.com"));
    reject("NUL in host", "redshift", "server", QString::fromUtf8("db\0.example.com", 16), "control character");
    reject("NUL in a secret", "redshift", "password", QString::fromUtf8("pw\0rest", 7), "control character");
    reject("ANSI escape in user name", "redshift", "username", QStringLiteral("\u001b[31madmin"), "control character");
    reject("C1 control CSI", "redshift", "username", QStringLiteral("ad\u009bmin"), "control character");
    reject("DEL", "redshift", "database", QStringLiteral("dev\u007f"), "control character");
    accept("wrapped base64 key keeps its line breaks",
           "sftp-key",
           "privateKeyContent",
           QStringLiteral("QUJD\nREVG\n"),
           QStringLiteral("QUJD\nREVG"));
    accept("secret password with a line break",
           "redshift",
           "password",
           QStringLiteral("line1\nline2"),
           QStringLiteral("line1\nline2"));
    reject(
        "NUL in a wrapped key", "sftp-key", "privateKeyContent", QString::fromUtf8("QUJD\0", 5), "control character");

    // Size.
    reject("10 MB paste", "redshift", "server", tenMegabytes(), "too long");
    reject("10 MB secret paste", "redshift", "password", tenMegabytes(), "too long");
    rejectWith("one character over the limit", "redshift", "database", QString(65537, u'd'), tooLong(65537, 65536));
    accept("exactly at the limit", "redshift", "database", QString(65536, u'd'), QString(65536, u'd'));
    // A paste QLineEdit would have cut to 32,767 characters is refused whole, with both numbers.
    rejectWith("a 1 MB paste into a host", "sftp", "host", QString(1024 * 1024, u'h'), tooLong(1024 * 1024, 253));
    rejectWith("a host one character over a DNS name", "sftp", "host", QString(254, u'h'), tooLong(254, 253));
    accept("a host as long as a DNS name", "sftp", "host", QString(253, u'h'), QString(253, u'h'));
    rejectWith("a server one character over a DNS name", "redshift", "server", QString(254, u's'), tooLong(254, 253));

    // Invalid UTF-8 and broken UTF-16.
    reject("invalid UTF-8 becomes U+FFFD",
           "redshift",
           "username",
           QString::fromUtf8("\xff\xfe user"),
           "could not be read");
    reject("truncated UTF-8 sequence", "redshift", "database", QString::fromUtf8("caf\xc3"), "could not be read");
    reject("lone surrogate", "redshift", "username", loneSurrogate(), "could not be read");

    // Invisible and direction-changing characters.
    reject(
        "bidi override U+202E in host", "redshift", "server", QStringLiteral("moc.elpmaxe\u202e.db"), "text-direction");
    reject("bidi isolate U+2066", "redshift", "username", QStringLiteral("admin\u2066"), "text-direction");
    reject("bidi override in a secret", "redshift", "password", QStringLiteral("pw\u202e"), "text-direction");
    reject("bidi in a connection string",
           "mysql",
           "connectionString",
           QStringLiteral("Server=db;Port=1;Database=x;UID=u;PWD=p\u202ew"),
           "text-direction");
    reject("zero-width space", "redshift", "database", QStringLiteral("dev\u200b"), "invisible character");
    reject("byte order mark", "redshift", "database", QStringLiteral("\ufeffdev"), "invisible character");
    reject("zero-width space in a GUID",
           "adx",
           "servicePrincipalId",
           QStringLiteral("11111111-2222-3333-4444-555555555555\u200b"),
           "invisible character");
    accept("emoji", "redshift", "username", QStringLiteral("🐱 ingest"), QStringLiteral("🐱 ingest"));
    accept("emoji with zero-width joiners",
           "redshift",
           "database",
           QStringLiteral("👨‍👩‍👧"),
           QStringLiteral("👨‍👩‍👧"));
    accept("non-Latin script", "redshift", "database", QStringLiteral("日本語データ"), QStringLiteral("日本語データ"));

    // JSON- and shell-breaking characters are sent verbatim, escaped.
    accept(
        "quotes and backslashes", "redshift", "username", QStringLiteral("o\"brien\\"), QStringLiteral("o\"brien\\"));
    accept("JSON injection in a secret",
           "redshift",
           "password",
           QStringLiteral("pw\",\"x\":\"y\\"),
           QStringLiteral("pw\",\"x\":\"y\\"));
    accept("shell injection",
           "redshift",
           "database",
           QStringLiteral("'; rm -rf ~; echo '"),
           QStringLiteral("'; rm -rf ~; echo '"));
    accept("command substitution",
           "redshift",
           "database",
           QStringLiteral("$(reboot)`id`"),
           QStringLiteral("$(reboot)`id`"));
    accept("quotes in a connection string",
           "mysql",
           "connectionString",
           QStringLiteral("Server=db;Port=1;Database=x;UID=u;PWD=p\"\\'"),
           QStringLiteral("Server=db;Port=1;Database=x;UID=u;PWD=p\"\\'"));

    // URLs.
    reject("credentials in a URL",
           "redshift",
           "server",
           QStringLiteral("https://user:pass@db.example.com"),
           "must not contain a user name or password");
    reject("token in the workspace URL",
           "databricks",
           "domain",
           QStringLiteral("https://token:dapi123@adb-1234567890123456.7.azuredatabricks.net"),
           "must not contain a user name or password");
    reject("http:// where https:// is required",
           "databricks",
           "domain",
           QStringLiteral("http://adb-1234567890123456.7.azuredatabricks.net"),
           "https:// address of your Databricks workspace");
    reject("workspace without a scheme",
           "databricks",
           "domain",
           QStringLiteral("adb-1234567890123456.7.azuredatabricks.net"),
           "https:// address of your Databricks workspace");
    reject("workspace URL with ?o=",
           "databricks",
           "domain",
           QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net/?o=1234567890123456"),
           "https:// address of your Databricks workspace");
    reject("SQL warehouse path instead of the workspace",
           "databricks",
           "domain",
           QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net/sql/1.0/warehouses/abc"),
           "https:// address of your Databricks workspace");
    reject("JDBC URL instead of the workspace",
           "databricks",
           "domain",
           QStringLiteral("jdbc:spark://adb-1234567890123456.7.azuredatabricks.net:443/default"),
           "https:// address of your Databricks workspace");
    accept("workspace URL with a trailing slash",
           "databricks",
           "domain",
           QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net/"),
           QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net/"));
    reject("host given as a URL",
           "phoenix",
           "host",
           QStringLiteral("https://phoenix.example.com"),
           "without spaces, slashes or https://");

    // Required fields.
    reject("whitespace-only required field", "redshift", "username", QStringLiteral("   \t "), "is required");
    reject(
        "no-break and ideographic spaces only", "redshift", "username", QStringLiteral("\u00a0\u3000"), "is required");
    reject("empty required secret", "redshift", "password", QString(), "is required");

    // GUIDs.
    reject("GUID in braces", "adx", "tenant", QStringLiteral("{00000000-0000-0000-0000-000000000000}"), "a GUID like");
    reject("GUID without hyphens", "adx", "tenant", QStringLiteral("00000000000000000000000000000000"), "a GUID like");
    accept("upper-case GUID",
           "adx",
           "tenant",
           QStringLiteral("ABCDEF01-2345-6789-ABCD-EF0123456789"),
           QStringLiteral("ABCDEF01-2345-6789-ABCD-EF0123456789"));

    // Integers.
    reject("port above range", "sftp", "port", QStringLiteral("65536"), "between 1 and 65535");
    reject("port zero", "sftp", "port", QStringLiteral("0"), "between 1 and 65535");
    reject("negative port", "sftp", "port", QStringLiteral("-1"), "between 1 and 65535");
    reject("port with exponent", "sftp", "port", QStringLiteral("1e3"), "whole number between 1 and 65535");
    reject("port NaN", "sftp", "port", QStringLiteral("NaN"), "whole number");
    reject("port Infinity", "sftp", "port", QStringLiteral("Infinity"), "whole number");
    reject("port as a NaN double", "sftp", "port", QVariant(std::numeric_limits<double>::quiet_NaN()), "whole number");
    reject("port as an infinite double",
           "sftp",
           "port",
           QVariant(std::numeric_limits<double>::infinity()),
           "whole number");
    reject("fractional port", "sftp", "port", QStringLiteral("22.5"), "whole number");
    reject("hex port", "sftp", "port", QStringLiteral("0x16"), "whole number");
    reject("port with 20 digits", "sftp", "port", QStringLiteral("99999999999999999999"), "whole number");
    reject("beyond 2^53",
           "sftp",
           "maxConcurrentConnections",
           QStringLiteral("9007199254740993"),
           "whole number of at least 1");
    reject("port with full-width digits", "sftp", "port", QStringLiteral("２２"), "whole number");
    accept("port typed with blanks", "sftp", "port", QStringLiteral(" 2222 "), 2222);
    accept("port as a whole double", "sftp", "port", QVariant(22.0), 22);

    // Booleans.
    accept("boolean in capitals", "phoenix", "enableSsl", QStringLiteral("TRUE"), true);
    reject("boolean as yes", "phoenix", "enableSsl", QStringLiteral("yes"), "true or false");
}

void TestHostileInput::formValue()
{
    QFETCH(QString, spec);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    QFETCH(QJsonValue, sent);

    const FormModel form(bundledAuthSpec(spec));
    const Field* target = form.field(field);
    QVERIFY2(target, qPrintable(field));
    QVariantMap values = validBaseline(form);
    QVERIFY2(form.validate(values).isEmpty(), "the baseline itself must be valid");
    values.insert(field, value);

    const QList<FieldError> errors = form.validate(values);
    if (message.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        QCOMPARE(qtJson(form.toParams(values)).value(field), sent);
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(target->label), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.size() < 300, "a message, not the value");
        if (target->kind == Field::Kind::Secret) {
            const QString text = value.toString().trimmed();
            if (text.size() > 3)
                QVERIFY2(!errors.first().message.contains(text), "the message repeats the secret");
        }
    }

    // Whatever the verdict, what the client would send and show stays well formed.
    ConnectionDraft draft;
    draft.name = QStringLiteral("Hostile \"%1\" \\ test").arg(field);
    // Free text in a non-secret field also makes a hostile description (the wizard sends both).
    if (message.isEmpty() && target->kind != Field::Kind::Secret)
        draft.description = value.toString().left(200);
    draft.connectionSpecId = QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff");
    draft.authSpecName = form.specName();
    draft.params = form.toParams(values);
    verifyBody(draft, message.isEmpty() ? QString() : field);
    if (QTest::currentTestFailed())
        return;
    Profile profile;
    profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
    profile.sandbox = QStringLiteral("prod'; echo pwned; '");
    profile.clientId = QStringLiteral("client$(id)");
    verifyPreview(draft, profile, message.isEmpty() ? QString() : field);
}

// The connection name and description are free text too: the body and preview survive them.
void TestHostileInput::hostileConnectionNameStaysValidJson()
{
    ConnectionDraft draft;
    draft.name = QStringLiteral("a\"b\\c\nd\u202e\u0001") + QString::fromUtf8("\xff");
    draft.description = QString::fromUtf8("nul\0in description", 18);
    draft.connectionSpecId = QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff");
    draft.authSpecName = QStringLiteral("Basic Authentication");
    draft.params = {{QStringLiteral("server"), QStringLiteral("db")},
                    {QStringLiteral("password"), QStringLiteral("'\"\\"), true}};
    verifyBody(draft);
    verifyPreview(draft, Profile());
}

// Found by fuzz_catalog (tests/fuzz/corpus/fuzz_catalog/regression-huge-example-number.json): an example
// of 1e89 in a live spec was cast to qint64 for its placeholder, which is undefined behaviour.
void TestHostileInput::schemaNumbersBeyondInt64AreShownAsText_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("1e89") << 1e89 << QStringLiteral("1e+89");
    QTest::newRow("-1e300") << -1e300 << QStringLiteral("-1e+300");
    QTest::newRow("2^63") << 9223372036854775808.0 << QStringLiteral("9.22337203685478e+18");
    QTest::newRow("2^53") << 9007199254740992.0 << QStringLiteral("9007199254740992");
    QTest::newRow("whole") << -3.0 << QStringLiteral("-3");
    QTest::newRow("fraction") << 0.25 << QStringLiteral("0.25");
}

void TestHostileInput::schemaNumbersBeyondInt64AreShownAsText()
{
    QFETCH(double, number);
    QFETCH(QString, text);
    QCOMPARE(Field::valueText(QVariant(number)), text);

    const QByteArray spec =
        QByteArrayLiteral(
            R"({"items":[{"id":"x","authSpec":[{"name":"A","spec":{"type":"object","properties":{"key":{"type":"string","examples":[)")
        + QByteArray::number(number, 'g', 17) + QByteArrayLiteral(R"(]}}}}]}]})");
    const CatalogPage page = CatalogParser::parse(spec);
    QCOMPARE(page.specs.size(), 1);
    const FormModel form(page.specs.first().authSpecs.first());
    QCOMPARE(form.fields().first().placeholder, text);
}

void TestHostileInput::sasToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedToken"); // empty: rejected
    QTest::addColumn<QString>("message");

    const QString good =
        QStringLiteral("sv=2020-10-02&si=dlz-1&sr=c&sp=racwdlm&sig=DYVyb94N5pHjKFl4ARs21ZgkCAZyYkMeLQwKIJSsyBo%3D");
    QTest::newRow("as received") << good << good << QString();
    QTest::newRow("leading ? is dropped") << QStringLiteral("?") + good << good << QString();
    QTest::newRow("blanks around are trimmed")
        << QStringLiteral("  ") + good + QStringLiteral("\n") << good << QString();
    QTest::newRow("URL-decoded +") << QStringLiteral("sv=2020-10-02&sr=c&sig=abc+def/ghi=") << QString()
                                   << QStringLiteral("URL-decoded");
    QTest::newRow("+ decoded to a space")
        << QStringLiteral("sv=2020-10-02&sr=c&sig=abc def") << QString() << QStringLiteral("URL-decoded");
    QTest::newRow("line break inside") << QStringLiteral("sv=2020-10-02&sr=c\n&sig=abc") << QString()
                                       << QStringLiteral("URL-decoded");
    QTest::newRow("no signature") << QStringLiteral("sv=2020-10-02&sr=c") << QString()
                                  << QStringLiteral("no signature");
    QTest::newRow("empty signature") << QStringLiteral("sv=2020-10-02&sig=") << QString()
                                     << QStringLiteral("no signature");
    QTest::newRow("only a ?") << QStringLiteral("?") << QString() << QStringLiteral("no SAS token");
}

void TestHostileInput::sasToken()
{
    QFETCH(QString, token);
    QFETCH(QString, expectedToken);
    QFETCH(QString, message);
    const SparkConfigLine line =
        SparkConfigLine::create(QStringLiteral("dlz-databricks-container"), QStringLiteral("simdlzacct"), token);
    if (expectedToken.isEmpty()) {
        QVERIFY(!line.isValid());
        QVERIFY2(line.error().contains(message), qPrintable(line.error()));
        QVERIFY(line.text().isEmpty());
        return;
    }
    QVERIFY2(line.isValid(), qPrintable(line.error()));
    QCOMPARE(line.text(), line.key() + u' ' + expectedToken);
    QVERIFY(!line.redactedText().contains(QStringLiteral("DYVyb94N5")));
}

void TestHostileInput::imsTokenResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("token"); // empty: a BadResponse
    QTest::addColumn<qint64>("lifetime");

    const qint64 cap = TokenProvider::kMaxLifetimeSeconds;
    QTest::newRow("IMS answer") << QByteArray(R"({"access_token":"abc","expires_in":86399,"token_type":"bearer"})")
                                << QStringLiteral("abc") << qint64(86399);
    QTest::newRow("lifetime as a string")
        << QByteArray(R"({"access_token":"abc","expires_in":"3600"})") << QStringLiteral("abc") << qint64(3600);
    QTest::newRow("huge lifetime is capped")
        << QByteArray(R"({"access_token":"abc","expires_in":9000000000000000000})") << QStringLiteral("abc") << cap;
    QTest::newRow("huge string lifetime is capped")
        << QByteArray(R"({"access_token":"abc","expires_in":"9223372036854775807"})") << QStringLiteral("abc") << cap;
    QTest::newRow("zero lifetime") << QByteArray(R"({"access_token":"abc","expires_in":0})") << QString() << qint64(0);
    QTest::newRow("negative lifetime") << QByteArray(R"({"access_token":"abc","expires_in":-5})") << QString()
                                       << qint64(0);
    QTest::newRow("fractional lifetime") << QByteArray(R"({"access_token":"abc","expires_in":1.5})") << QString()
                                         << qint64(0);
    QTest::newRow("no token") << QByteArray(R"({"expires_in":3600})") << QString() << qint64(0);
    QTest::newRow("token not a string") << QByteArray(R"({"access_token":42,"expires_in":3600})") << QString()
                                        << qint64(0);
    QTest::newRow("IMS error body") << QByteArray(R"({"error":"invalid_client"})") << QString() << qint64(0);
    QTest::newRow("HTML") << QByteArray("<html><body>502</body></html>") << QString() << qint64(0);
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"abc","expi)") << QString() << qint64(0);
    QTest::newRow("array") << QByteArray("[]") << QString() << qint64(0);
    QTest::newRow("empty") << QByteArray() << QString() << qint64(0);
}

void TestHostileInput::imsTokenResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, token);
    QFETCH(qint64, lifetime);
    Error error;
    const TokenProvider::ImsToken parsed = TokenProvider::parseTokenResponse(body, &error);
    if (token.isEmpty()) {
        QCOMPARE(error.kind(), Error::Kind::BadResponse);
        QVERIFY(parsed.accessToken.isEmpty());
        QVERIFY(!error.actionableMessage().isEmpty());
        return;
    }
    QVERIFY(!error);
    QCOMPARE(parsed.accessToken, token);
    QCOMPARE(parsed.lifetimeSeconds, lifetime);
    QVERIFY(QDateTime::currentDateTimeUtc().addSecs(parsed.lifetimeSeconds).isValid());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
