#include "InletWizard.h"

#include "WelcomePage.h"

#include <QIcon>

namespace Inlet {

InletWizard::InletWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("InletWizard"));
    setWindowTitle(tr("Inlet"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.inlet.Inlet.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(WelcomePageId, new WelcomePage(this));
}

InletWizard::~InletWizard() = default;

} // namespace Inlet
