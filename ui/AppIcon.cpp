#include "AppIcon.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace Inlet {

namespace {

// Every size a title bar, task bar or the wizard's 48 px logo (96 px on a 2x screen) asks for; 256 px is
// left out because nothing on screen needs it.
const QList<int> kIconSizes{16, 24, 32, 48, 64, 128};

// Decodes a PNG only when its size is first asked for: start-up needs one or two of the six, and decoding
// all of them was most of the icon's cost before the first frame.
class LazyPngIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        QPixmap pixmap = decoded(bestSizeFor(size));
        if (pixmap.isNull())
            return pixmap;
        if (pixmap.width() > size.width() || pixmap.height() > size.height())
            pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Disabled || mode == QIcon::Selected) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        return pixmap;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : qreal(1);
        const QPixmap image = pixmap(rect.size() * ratio, mode, state);
        QRect target(QPoint(), image.size() / ratio);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, image);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(bestSizeFor(size), std::min(size.width(), size.height()));
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : kIconSizes)
            sizes.append(QSize(size, size));
        return sizes;
    }

    QIconEngine* clone() const override { return new LazyPngIconEngine(*this); }
    QString key() const override { return QStringLiteral("InletLazyPng"); }

private:
    // The smallest rendering that fills the largest square in `size`, else the largest rendering there is.
    static int bestSizeFor(const QSize& size)
    {
        const int wanted = std::min(size.width(), size.height());
        const auto found = std::find_if(kIconSizes.begin(), kIconSizes.end(), [&](int s) { return s >= wanted; });
        return found == kIconSizes.end() ? kIconSizes.last() : *found;
    }

    QPixmap decoded(int size)
    {
        const auto cached = m_decoded.constFind(size);
        if (cached != m_decoded.constEnd())
            return *cached;
        QImageReader reader(QStringLiteral(":/icons/hicolor/%1x%1/apps/io.inlet.Inlet.png").arg(size), "png");
        // Qt's built-in PNG reader only: detecting the format loads every image-format plugin (and QtSvg).
        reader.setAutoDetectImageFormat(false);
        QPixmap pixmap = QPixmap::fromImageReader(&reader);
        m_decoded.insert(size, pixmap);
        return pixmap;
    }

    QHash<int, QPixmap> m_decoded;
};

} // namespace

QIcon appIcon()
{
    return QIcon(new LazyPngIconEngine);
}

} // namespace Inlet
