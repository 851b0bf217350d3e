#pragma once

// English left on a translated page: a string Inlet has a translation for that still shows its English
// source, because it bypassed tr() at run time (a wrong context, a text set before the translator was
// installed, a .ui string set again in code). Read from translations/inlet_<language>.ts: every finished
// message whose translation differs from its source. A source with placeholders (%1, %n) is matched as a
// pattern, when its own words are long enough not to match data by chance. Texts that are also a
// translation (German keeps "Details") never count.
//
//     UntranslatedTexts english;
//     QVERIFY2(english.load(tsPath), qPrintable(english.error()));
//     checkNothingUntranslated(wizard, english);

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QWizard>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace Inlet::Test {

class UntranslatedTexts
{
public:
    bool load(const QString& tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tsPath + QStringLiteral(": ") + file.errorString();
            return false;
        }
        QList<std::pair<QString, QStringList>> messages; // source, translations
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            if (!xml.isStartElement() || xml.name() != QLatin1String("message"))
                continue;
            QString source;
            QStringList translations;
            bool finished = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    translations = readTranslation(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            // The command line's words ("name" in --help) are never on a page, but sample data may be.
            const bool onPages =
                context != QLatin1String("Inlet::CommandLine") && context != QLatin1String("QCommandLineParser");
            if (finished && onPages)
                messages.append({source, translations});
        }
        if (xml.hasError()) {
            m_error = tsPath + QStringLiteral(": ") + xml.errorString();
            return false;
        }
        for (const auto& [source, translations] : std::as_const(messages)) {
            for (const QString& translation : translations)
                m_translated.insert(translation);
        }
        static const QRegularExpression placeholder(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
        for (const auto& [source, translations] : std::as_const(messages)) {
            if (translations.contains(source) || m_translated.contains(source))
                continue;
            if (!source.contains(placeholder)) {
                m_exact.insert(source);
                continue;
            }
            const QStringList words = source.split(placeholder);
            const QString literal = words.join(QString());
            if (std::count_if(literal.cbegin(), literal.cend(), [](QChar c) { return c.isLetter(); }) < kPatternLetters)
                continue;
            QStringList escaped;
            for (const QString& part : words)
                escaped << QRegularExpression::escape(part);
            m_patterns.append(
                {QRegularExpression(QRegularExpression::anchoredPattern(escaped.join(QStringLiteral(".+"))),
                                    QRegularExpression::DotMatchesEverythingOption),
                 source});
        }
        return true;
    }

    QString error() const { return m_error; }
    // How many English texts it knows: a file read wrong would check nothing.
    int size() const { return int(m_exact.size() + m_patterns.size()); }

    // The English source `text` is (or is made of), or empty when it is translated text or data.
    QString sourceOf(const QString& text) const
    {
        QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || m_translated.contains(trimmed) || m_translated.contains(text))
            return {};
        if (m_exact.contains(text))
            return text;
        if (m_exact.contains(trimmed))
            return trimmed;
        for (const auto& [pattern, source] : m_patterns) {
            if (pattern.match(text).hasMatch())
                return source;
        }
        return {};
    }

private:
    // A <translation>'s text, or its <numerusform>s; the reader ends on </translation>.
    static QStringList readTranslation(QXmlStreamReader& xml)
    {
        QStringList forms;
        QString plain;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                plain += xml.text();
            else if (xml.isStartElement())
                forms << xml.readElementText();
            else if (xml.isEndElement())
                break;
        }
        return forms.isEmpty() ? QStringList{plain} : forms;
    }

    // Fewer letters of its own than this, and a pattern ("%1 from %2") would match sample data.
    static constexpr int kPatternLetters = 12;

    QString m_error;
    QSet<QString> m_translated;
    QSet<QString> m_exact;
    QList<std::pair<QRegularExpression, QString>> m_patterns;
};

namespace Detail {

// The texts a user reads or hears in `widget`: its own, its items', its accessible name and tooltip.
inline QStringList shownTexts(QWidget* widget)
{
    QStringList texts{widget->accessibleName(), widget->toolTip()};
    if (auto* label = qobject_cast<QLabel*>(widget))
        texts << label->text();
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        texts << button->text();
    else if (auto* group = qobject_cast<QGroupBox*>(widget))
        texts << group->title();
    else if (auto* edit = qobject_cast<QLineEdit*>(widget))
        texts << edit->placeholderText();
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
        texts << spin->specialValueText() << spin->text();
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        texts << combo->placeholderText();
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
        const QAbstractItemModel* model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
        // The rows a page writes itself (a summary, a status); enough of them to see any kind.
        QList<QModelIndex> parents{QModelIndex()};
        for (int seen = 0; !parents.isEmpty() && seen < 300;) {
            const QModelIndex parent = parents.takeFirst();
            for (int row = 0; row < model->rowCount(parent) && seen < 300; ++row, ++seen) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                }
                parents << model->index(row, 0, parent);
            }
        }
    }
    return texts;
}

} // namespace Detail

// Checks the current page of `wizard` (title, subtitle, help, and each visible widget's texts) for English
// that `english` knows a translation of.
inline void checkNothingUntranslated(QWizard& wizard, const UntranslatedTexts& english, const QString& helpText)
{
    QWizardPage* page = wizard.currentPage();
    const auto check = [&](const QString& text, const QString& where) {
        for (const QString& line : text.split(u'\n')) {
            const QString source = english.sourceOf(line);
            QVERIFY2(source.isEmpty(),
                     qPrintable(QStringLiteral("untranslated on \"%1\", %2: \"%3\" (source \"%4\")")
                                    .arg(page->title(), where, line, source)));
        }
    };
    check(page->title(), QStringLiteral("title"));
    check(page->subTitle(), QStringLiteral("subtitle"));
    // The help is one rich text: the whole of it, not line by line.
    const QString helpSource = english.sourceOf(helpText);
    QVERIFY2(helpSource.isEmpty(), qPrintable(QStringLiteral("untranslated help on \"%1\"").arg(page->title())));
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        for (const QString& text : Detail::shownTexts(widget)) {
            check(text, widget->objectName());
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace Inlet::Test
