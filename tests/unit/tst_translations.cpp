// Inlet's translations are complete and match the sources: every .ts file has a finished translation
// for every string, lupdate over the same sources with the same options (shared with
// translations/CMakeLists.txt) finds no string added or removed, and each translation keeps its
// source's placeholders, HTML tags, line breaks and mnemonic.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "obsolete", "vanished" or empty (finished)
    bool numerus = false;
    QStringList translations; // one, or one per numerus form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return context + QStringLiteral(": \"") + source + u'"'
            + (comment.isEmpty() ? QString() : QStringLiteral(" (") + comment + u')');
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

QStringList environmentList(const char* name, QChar separator)
{
    return qEnvironmentVariable(name).split(separator, Qt::SkipEmptyParts);
}

// Runs lupdate with the options of translations/CMakeLists.txt; returns its output on failure.
QString runLupdate(const QStringList& arguments)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(qEnvironmentVariable("INLET_LUPDATE"), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: ") + lupdate.errorString() + u'\n'
            + QString::fromLocal8Bit(lupdate.readAll());
    return {};
}

// %1…%99 and %n, sorted: order may change with the grammar, the set may not.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// The rich-text tags Inlet uses, with their attributes (a link's target must survive).
QStringList htmlTags(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("</?(?:p|b|i|a|ul|ol|li|code|br|em|strong|h[1-6])(?:\\s[^>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int mnemonicCount(const QString& text)
{
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(u'&'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_tsFiles = environmentList("INLET_TS_FILES", u',');
        QVERIFY2(!m_tsFiles.isEmpty(), "INLET_TS_FILES is not set (run through CTest)");
        QVERIFY2(QFileInfo(qEnvironmentVariable("INLET_LUPDATE")).isExecutable(),
                 qPrintable(QStringLiteral("lupdate not found: ") + qEnvironmentVariable("INLET_LUPDATE")));
        QVERIFY2(QFileInfo::exists(qEnvironmentVariable("INLET_LUPDATE_SOURCES")), "INLET_LUPDATE_SOURCES is not set");
        // The committed files and the glob agree: no language is built but left untested.
        // inlet_en.ts, English plural forms only, is checked on its own below.
        m_pluralsFile = qEnvironmentVariable("INLET_PLURALS_TS_FILE");
        QVERIFY2(QFileInfo::exists(m_pluralsFile), "INLET_PLURALS_TS_FILE is not set");
        const QDir dir = QFileInfo(m_tsFiles.first()).dir();
        QCOMPARE(dir.entryList({QStringLiteral("inlet_*.ts")}, QDir::Files).size(), m_tsFiles.size() + 1);
    }

    // English says "1 minute" and "2 minutes", never "2 minute(s)": every %n string has both forms in
    // inlet_en.ts, and lupdate -pluralonly over the sources finds no other.
    void englishPluralForms()
    {
        const TsFile committed = readTs(m_pluralsFile);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY(!committed.messages.isEmpty());
        QStringList problems;
        std::map<QString, QString> before;
        for (const Message& message : committed.messages) {
            before.emplace(message.key(), message.where());
            if (!message.type.isEmpty() || !message.numerus || message.translations.size() != 2
                || message.translations.first() == message.translations.last()
                || message.translations.join(QString()).contains(QLatin1String("(s)"))
                || placeholders(message.translations.first()) != placeholders(message.source)
                || placeholders(message.translations.last()) != placeholders(message.source))
                problems << message.where();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("singular and plural needed in inlet_en.ts for:\n  ")
                            + problems.join(QStringLiteral("\n  "))));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(m_pluralsFile).fileName());
        QVERIFY(QFile::copy(m_pluralsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments = environmentList("INLET_LUPDATE_OPTIONS", u' ');
        arguments << QStringLiteral("-pluralonly") << u'@' + qEnvironmentVariable("INLET_LUPDATE_SOURCES")
                  << QStringLiteral("-ts") << copy;
        const QString failure = runLupdate(arguments);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const TsFile updated = readTs(copy);
        QStringList changes;
        for (const Message& message : updated.messages) {
            if (!before.count(message.key()))
                changes << message.where();
        }
        QVERIFY2(changes.isEmpty(),
                 qPrintable(QStringLiteral("plural strings missing from inlet_en.ts (run "
                                           "scripts/update-translations.sh):\n  ")
                            + changes.join(QStringLiteral("\n  "))));
        QCOMPARE(int(updated.messages.size()), int(committed.messages.size()));
    }

    void complete_data() { addFileRows(); }

    // (a) No unfinished, obsolete or vanished entry, no empty translation, every plural form filled.
    void complete()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.messages.size() > 100, "suspiciously few messages");
        const int forms = numerusForms(ts.language);
        QVERIFY(forms > 0);
        QStringList problems;
        for (const Message& message : ts.messages) {
            if (!message.type.isEmpty()) {
                problems << message.type + QStringLiteral(": ") + message.where();
                continue;
            }
            if (message.numerus && message.translations.size() != forms) {
                problems << QStringLiteral("%1 of %2 plural forms: ").arg(message.translations.size()).arg(forms)
                        + message.where();
            }
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation: ") + message.where();
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (run scripts/update-translations.sh):\n  ")
                                .arg(problems.size())
                                .arg(QFileInfo(path).fileName())
                            + problems.join(QStringLiteral("\n  "))));
    }

    void upToDate_data() { addFileRows(); }

    // (b) lupdate over the sources into a temporary copy finds the same strings as the committed file.
    void upToDate()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments = environmentList("INLET_LUPDATE_OPTIONS", u' ');
        arguments << u'@' + qEnvironmentVariable("INLET_LUPDATE_SOURCES") << QStringLiteral("-ts") << copy;
        const QString failure = runLupdate(arguments);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        const TsFile committed = readTs(path);
        const TsFile updated = readTs(copy);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        std::map<QString, QString> before;
        std::map<QString, QString> after;
        for (const Message& message : committed.messages)
            before.emplace(message.key(), message.where());
        for (const Message& message : updated.messages)
            after.emplace(message.key(), message.where());
        QStringList changes;
        for (const auto& [key, where] : after) {
            if (!before.count(key))
                changes << QStringLiteral("new in the sources: ") + where;
        }
        for (const auto& [key, where] : before) {
            if (!after.count(key))
                changes << QStringLiteral("gone from the sources: ") + where;
        }
        QVERIFY2(
            changes.isEmpty(),
            qPrintable(QStringLiteral("%1 is out of date (run scripts/update-translations.sh, then translate):\n  ")
                           .arg(QFileInfo(path).fileName())
                       + changes.join(QStringLiteral("\n  "))));
    }

    void keepsMarkup_data() { addFileRows(); }

    // (c) Each translation keeps its source's %1/%n, HTML tags, line breaks and mnemonic.
    void keepsMarkup()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const Message& message : ts.messages) {
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    continue; // reported by complete()
                if (placeholders(translation) != placeholders(message.source))
                    problems << QStringLiteral("placeholders ") + placeholders(translation).join(u' ')
                            + QStringLiteral(" vs ") + placeholders(message.source).join(u' ') + QStringLiteral(": ")
                            + message.where();
                if (htmlTags(translation) != htmlTags(message.source))
                    problems << QStringLiteral("HTML tags differ: ") + message.where();
                if (translation.count(u'\n') != message.source.count(u'\n'))
                    problems << QStringLiteral("line breaks differ: ") + message.where();
                const int mnemonics = mnemonicCount(translation);
                if (mnemonics != mnemonicCount(message.source))
                    problems << QStringLiteral("%1 mnemonic(s) '&' instead of %2: ")
                                    .arg(mnemonics)
                                    .arg(mnemonicCount(message.source))
                            + message.where();
                problems << typographyProblems(ts.language, translation, message);
            }
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QFileInfo(path).fileName() + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // lupdate reads "\u201cabc" as one longer escape, so a tr() text with a \u escape followed by a hex
    // digit gets a source text in the .ts that never matches at run time: typographic characters are
    // written as UTF-8.
    void noAmbiguousEscapesInTranslatedTexts()
    {
        QFile list(qEnvironmentVariable("INLET_LUPDATE_SOURCES"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression ambiguous(QStringLiteral("\\\\u[0-9A-Fa-f]{5}"));
        static const QRegularExpression translated(QStringLiteral("\\b(?:tr|translate)\\s*\\("));
        QStringList problems;
        int files = 0;
        for (const QString& line : QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("-I")))
                continue;
            QFile source(line);
            QVERIFY2(source.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(line));
            ++files;
            int number = 0;
            for (const QString& text : QString::fromUtf8(source.readAll()).split(u'\n')) {
                ++number;
                if (text.contains(ambiguous) && text.contains(translated))
                    problems << QStringLiteral("%1:%2: %3").arg(line).arg(number).arg(text.trimmed());
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    void addFileRows()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : m_tsFiles)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // How many plural forms lupdate gives the language: asked of lupdate itself with a one-line source.
    int numerusForms(const QString& language)
    {
        if (m_forms.contains(language))
            return m_forms.value(language);
        QTemporaryDir dir;
        if (!dir.isValid())
            return -1;
        QFile source(dir.filePath(QStringLiteral("plural.cpp")));
        if (!source.open(QIODevice::WriteOnly))
            return -1;
        source.write("QString s = QCoreApplication::translate(\"C\", \"%n file(s)\", nullptr, 2);\n");
        source.close();
        const QString ts = dir.filePath(QStringLiteral("plural.ts"));
        const QString failure =
            runLupdate({QStringLiteral("-target-language"), language, source.fileName(), QStringLiteral("-ts"), ts});
        if (!failure.isEmpty()) {
            qWarning().noquote() << failure;
            return -1;
        }
        const TsFile parsed = readTs(ts);
        const int forms = parsed.messages.isEmpty() ? -1 : int(parsed.messages.first().translations.size());
        m_forms.insert(language, forms);
        return forms;
    }

    // The conventions each language's UI text follows, where a slip is easy to check.
    static QStringList typographyProblems(const QString& language, const QString& translation, const Message& message)
    {
        QStringList problems;
        if (language.startsWith(QLatin1String("fr"))) {
            // French: a no-break space before : ; ? ! » and after «, never an ordinary one or none.
            static const QRegularExpression ordinarySpace(QStringLiteral("(?: [:;?!»])|(?:« )"));
            static const QRegularExpression missingSpace(
                QStringLiteral("[\\p{L}\\p{N})>](?:[;?!»]|:(?=\\s|$))|«[^\\x{a0}\\x{202f}]"));
            if (translation.contains(ordinarySpace) || translation.contains(missingSpace))
                problems << QStringLiteral("French spacing before : ; ? ! or inside « »: ") + message.where();
        } else if (language.startsWith(QLatin1String("ja"))) {
            // Japanese: sentences end with 。, not with a Latin full stop.
            if (translation.endsWith(u'.') && !translation.endsWith(QLatin1String("...")))
                problems << QStringLiteral("Japanese sentence ends with '.': ") + message.where();
        } else if (language.startsWith(QLatin1String("de"))) {
            // German quotes are „…“; English "…" or “…” left in place are a slip.
            if (translation.contains(u'"') && !message.source.contains(QLatin1String("href=")))
                problems << QStringLiteral("German text with straight quotes: ") + message.where();
        }
        return problems;
    }

    QStringList m_tsFiles;
    QString m_pluralsFile;
    QHash<QString, int> m_forms;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
