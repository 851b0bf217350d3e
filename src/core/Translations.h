#pragma once

#include <QString>

class QCoreApplication;

namespace Inlet {

// Installs Inlet's own translation (embedded under :/i18n) and Qt's (qtbase, from the Qt installation)
// for the given language (BCP 47 name such as "de" or "pt-BR"), or for the system locale when it is
// empty. A language given also becomes QLocale's default, so dates and numbers follow it.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace Inlet
