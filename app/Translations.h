#pragma once

#include <QString>

class QCoreApplication;

namespace Inlet {

// Installs Inlet's own and Qt's translations for the given language (BCP 47 name), or for the
// system locale when it is empty.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace Inlet
