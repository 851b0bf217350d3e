#include "Confirmation.h"

#include <QHash>
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

void askChoice(QWidget* parent,
               const QString& objectName,
               const QString& title,
               const QString& question,
               const QList<Choice>& choices,
               int defaultChoice,
               const Choice& escape)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QHash<QAbstractButton*, std::function<void()>> answers;
    for (int i = 0; i < choices.size(); ++i) {
        // Accept for the default, the others as actions of their own; the platform's order puts them.
        QPushButton* button =
            box->addButton(choices.at(i).text, i == defaultChoice ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
        button->setObjectName(choices.at(i).objectName);
        answers.insert(button, choices.at(i).chosen);
        if (i == defaultChoice)
            box->setDefaultButton(button);
    }
    QPushButton* escapeButton = box->addButton(escape.text, QMessageBox::RejectRole);
    escapeButton->setObjectName(escape.objectName);
    answers.insert(escapeButton, escape.chosen);
    box->setEscapeButton(escapeButton);
    if (defaultChoice < 0 || defaultChoice >= choices.size())
        box->setDefaultButton(escapeButton);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, answers](QAbstractButton* clicked) {
        const std::function<void()> answer = answers.value(clicked);
        box->close();
        if (answer)
            answer();
    });
    box->open();
}

} // namespace Inlet
