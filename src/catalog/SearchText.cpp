#include "SearchText.h"

#include "ConnectionSpec.h"

#include <QStringList>

#include <utility>

namespace Inlet::SearchText {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        folded.append(c.isSpace() ? QChar(u' ') : c);
    }
    folded = folded.toCaseFolded();
    // Letters that Unicode does not decompose but people type without their stroke or ligature.
    static const std::pair<char16_t, const char*> kPlain[] = {
        {u'\u00df', "ss"},
        {u'\u00e6', "ae"},
        {u'\u0153', "oe"},
        {u'\u00f8', "o"},
        {u'\u0142', "l"},
        {u'\u0111', "d"},
        {u'\u0131', "i"},
        {u'\u00f0', "d"},
    };
    for (const auto& [letter, plain] : kPlain) {
        folded.replace(QChar(letter), QLatin1String(plain));
    }
    return folded;
}

QString forSpec(const ConnectionSpec& spec)
{
    return fold(QStringList{spec.displayName, spec.name, spec.category, spec.description}.join(u'\n'));
}

} // namespace Inlet::SearchText
