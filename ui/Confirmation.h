#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace Inlet {

// Asks before something that cannot be undone, without a nested event loop: the question is shown
// window-modal with open(), and `accepted` runs only if the user chooses the action. The action's button
// says what it does ("Delete", "Refresh"), and Cancel is the default.
void confirmAction(QWidget* parent,
                   const QString& title,
                   const QString& question,
                   const QString& actionText,
                   std::function<void()> accepted);

// One answer of askChoice(): its button's text and object name, and what choosing it does (may be empty).
struct Choice
{
    QString text;
    QString objectName;
    std::function<void()> chosen;
};

// A question with several answers, shown like confirmAction() (window-modal, open(), no nested event
// loop): one button per choice, in order, `choices[defaultChoice]` the default (Enter), and `escape` the
// answer of Escape. The box is named `objectName`; each answer runs after the box has closed.
void askChoice(QWidget* parent,
               const QString& objectName,
               const QString& title,
               const QString& question,
               const QList<Choice>& choices,
               int defaultChoice,
               const Choice& escape);

} // namespace Inlet
