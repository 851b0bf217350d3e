#pragma once

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class WelcomePage;
}

namespace Inlet {

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

private:
    const QScopedPointer<Ui::WelcomePage> m_ui;
};

} // namespace Inlet
