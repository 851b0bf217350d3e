#include "Accessibility.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>

namespace Inlet::Accessibility {

QString spokenLabel(const QString& labelText)
{
    QString text = labelText;
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
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
