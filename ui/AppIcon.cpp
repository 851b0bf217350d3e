#include "AppIcon.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
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

// The renderings are uncompressed RGBA (Netpbm PAM, made from the PNGs by render-icons.sh), read straight
// into an image: a PNG decoder would cost more, and the first image Qt decodes loads the metadata of every
// image-format plugin, all before the first frame (X11 asks for every size for the window icon).
QImage readPam(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    static const QByteArray endOfHeader = QByteArrayLiteral("ENDHDR\n");
    const qsizetype headerSize = data.indexOf(endOfHeader) + endOfHeader.size();
    if (!data.startsWith("P7\n") || headerSize < endOfHeader.size())
        return {};
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray& line : data.left(headerSize).split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            fields.insert(line.left(space), line.mid(space + 1));
    }
    const int width = fields.value("WIDTH").toInt();
    const int height = fields.value("HEIGHT").toInt();
    // 8-bit RGBA only, as `pngtopam -alphapam` writes it.
    if (fields.value("DEPTH") != "4" || fields.value("MAXVAL") != "255" || fields.value("TUPLTYPE") != "RGB_ALPHA"
        || width <= 0 || height <= 0 || data.size() - headerSize != qsizetype(width) * height * 4)
        return {};
    const QImage pixels(reinterpret_cast<const uchar*>(data.constData() + headerSize),
                        width,
                        height,
                        width * 4,
                        QImage::Format_RGBA8888);
    return pixels.convertToFormat(QImage::Format_ARGB32_Premultiplied); // a copy, owning its pixels
}

// Reads a rendering only when its size is first asked for.
class LazyIconEngine : public QIconEngine
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

    QIconEngine* clone() const override { return new LazyIconEngine(*this); }
    QString key() const override { return QStringLiteral("InletLazy"); }

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
        QPixmap pixmap = QPixmap::fromImage(readPam(QStringLiteral(":/icons/pam/io.inlet.Inlet-%1.pam").arg(size)));
        m_decoded.insert(size, pixmap);
        return pixmap;
    }

    QHash<int, QPixmap> m_decoded;
};

} // namespace

QIcon appIcon()
{
    return QIcon(new LazyIconEngine);
}

} // namespace Inlet
