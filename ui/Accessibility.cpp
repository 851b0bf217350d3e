#include "Accessibility.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>

namespace Inlet::Accessibility {

QString spokenLabel(const QString& labelText)
{
    QString text = labelText;
    // Japanese and Chinese translations append the mnemonic as "(&P)", which is not read out either.
    static const QRegularExpression appendedMnemonic(QStringLiteral("\\s*[(\uff08]&[^&][)\uff09]"));
    text.remove(appendedMnemonic);
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    // trimmed() also drops the no-break space French puts before the colon; Japanese uses a full-width one.
    text = text.trimmed();
    if (text.endsWith(u':') || text.endsWith(u'\uff1a'))
        text.chop(1);
    return text.trimmed();
}

void nameBuddiesAfterTheirLabels(QWidget* root)
{
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (QWidget* buddy = label->buddy())
            buddy->setAccessibleName(spokenLabel(label->text()));
    }
}

} // namespace Inlet::Accessibility
