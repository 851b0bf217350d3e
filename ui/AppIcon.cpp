#include "AppIcon.h"

#include <QImageReader>
#include <QPixmap>

namespace Inlet {

QIcon appIcon()
{
    QIcon icon;
    // Every size a title bar, task bar or the wizard's 48 px logo (96 px on a 2x screen) asks for; 256 px
    // is left out because nothing shown at start-up needs it and each file is decoded here.
    for (const int size : {16, 24, 32, 48, 64, 128}) {
        QImageReader reader(QStringLiteral(":/icons/hicolor/%1x%1/apps/io.inlet.Inlet.png").arg(size), "png");
        // Qt's built-in PNG reader only: detecting the format loads every image-format plugin (and QtSvg).
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImageReader(&reader));
    }
    return icon;
}

} // namespace Inlet
