#pragma once

#include <QWizard>

namespace Inlet {

// The main window: a wizard from sign-in to a created, tested connection.
class InletWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId };

    explicit InletWizard(QWidget* parent = nullptr);
    ~InletWizard() override;
};

} // namespace Inlet
