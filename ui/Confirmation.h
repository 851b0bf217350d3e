#pragma once

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

} // namespace Inlet
