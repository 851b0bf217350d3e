#pragma once

// A POSIX-shell word splitter for the subset of shell that RequestPreview writes: words separated by
// blanks, '…' quoting, backslash escapes and backslash-newline continuations. Anything that would
// make sh do more than run one simple command with literal words – an unquoted ; & | < > ( ) ` $ "
// * ? [ # ~ { }, an unquoted newline, an unterminated quote – makes it return nothing.

#include <QString>
#include <QStringList>

#include <optional>

inline std::optional<QStringList> splitShellWords(const QString& command)
{
    static const QString special = QStringLiteral("\n;&|<>()`$\"*?[#~{}");
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\\') {
            if (i + 1 >= command.size())
                return std::nullopt;
            const QChar next = command.at(++i);
            if (next == u'\n')
                continue; // line continuation
            word += next;
            inWord = true;
        } else if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            if (end < 0)
                return std::nullopt;
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u' ' || c == u'\t') {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (special.contains(c) || c.unicode() == 0) {
            return std::nullopt;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}
