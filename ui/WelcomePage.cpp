#include "WelcomePage.h"
#include "ui_WelcomePage.h"

namespace Inlet {

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WelcomePage)
{
    m_ui->setupUi(this);
}

WelcomePage::~WelcomePage() = default;

} // namespace Inlet
