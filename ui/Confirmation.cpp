#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Inlet {

void confirmAction(QWidget* parent,
                   const QString& title,
                   const QString& question,
                   const QString& actionText,
                   std::function<void()> accepted)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* action = box->addButton(actionText, QMessageBox::AcceptRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(
        box, &QMessageBox::buttonClicked, box, [box, action, accepted = std::move(accepted)](QAbstractButton* clicked) {
            if (clicked == action)
                accepted();
            box->close();
        });
    box->open();
}

} // namespace Inlet
