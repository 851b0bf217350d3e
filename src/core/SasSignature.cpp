#include "SasSignature.h"

#include <QRegularExpression>

namespace Inlet::SasSignature {

QString hide(const QString& text, const QString& replacement)
{
    static const QRegularExpression sig(QStringLiteral("(sig(?:=|%3D))[^&\\s\"'<>]*"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    return result.replace(sig, QStringLiteral("\\1") + replacement);
}

} // namespace Inlet::SasSignature
