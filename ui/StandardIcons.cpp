#include "StandardIcons.h"

#include <QApplication>
#include <QHash>
#include <QPointer>

namespace Inlet {

QIcon standardIcon(QStyle::StandardPixmap kind)
{
    static QPointer<QStyle> madeBy;
    static QHash<QStyle::StandardPixmap, QIcon> icons;
    QStyle* style = QApplication::style();
    if (madeBy != style) { // the application's style was replaced
        icons.clear();
        madeBy = style;
    }
    auto found = icons.constFind(kind);
    if (found == icons.constEnd())
        found = icons.insert(kind, style->standardIcon(kind));
    return *found;
}

} // namespace Inlet
