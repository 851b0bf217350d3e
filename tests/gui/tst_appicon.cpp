// The application icon reads its renderings on demand; each size still comes out right, from the closest
// rendering, and a disabled icon still looks disabled. The renderings compiled in (uncompressed, Netpbm PAM)
// are the installed PNGs pixel for pixel, so the window's icon is the one the desktop shows for Inlet.
#include "AppIcon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Inlet;

namespace {

// Pixels that are not fully transparent: an empty or failed decode has none.
int opaquePixels(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void offersEveryRenderedSize()
    {
        const QList<QSize> sizes = appIcon().availableSizes();
        QCOMPARE(sizes, (QList<QSize>{{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}}));
    }

    void pixmapHasTheAskedSize_data()
    {
        QTest::addColumn<QSize>("asked");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("exact 48") << QSize(48, 48) << QSize(48, 48);
        QTest::newRow("between, from 24") << QSize(20, 20) << QSize(20, 20);
        QTest::newRow("exact 16") << QSize(16, 16) << QSize(16, 16);
        QTest::newRow("larger than any: not enlarged") << QSize(300, 300) << QSize(128, 128);
        QTest::newRow("not square") << QSize(64, 32) << QSize(32, 32);
    }

    void pixmapHasTheAskedSize()
    {
        QFETCH(QSize, asked);
        QFETCH(QSize, expected);
        const QIcon icon = appIcon();
        const QPixmap pixmap = icon.pixmap(asked);
        QCOMPARE(pixmap.size(), expected);
        QCOMPARE(icon.actualSize(asked), expected);
        // The logo is drawn on most of its square; a blank or failed decode is not.
        QVERIFY2(opaquePixels(pixmap) > expected.width() * expected.height() / 4,
                 qPrintable(QString::number(opaquePixels(pixmap))));
    }

    void everyRenderingIsItsPng_data()
    {
        QTest::addColumn<int>("size");
        for (const QSize& size : appIcon().availableSizes())
            QTest::newRow(qPrintable(QStringLiteral("%1 px").arg(size.width()))) << size.width();
    }

    void everyRenderingIsItsPng()
    {
        QFETCH(int, size);
        const QString png = QStringLiteral(INLET_ICONS_DIR "/hicolor/%1x%1/apps/io.inlet.Inlet.png").arg(size);
        const QImage expected(png);
        QVERIFY2(!expected.isNull(), qPrintable(png));
        const QImage rendering = appIcon().pixmap(QSize(size, size)).toImage();
        QCOMPARE(rendering.size(), expected.size());
        QCOMPARE(rendering.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 expected.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void disabledLooksDifferent()
    {
        const QIcon icon = appIcon();
        const QImage normal = icon.pixmap(QSize(32, 32)).toImage();
        const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
        QCOMPARE(disabled.size(), normal.size());
        QVERIFY(disabled.convertToFormat(QImage::Format_ARGB32) != normal.convertToFormat(QImage::Format_ARGB32));
    }

    void paintsCentredInItsRect()
    {
        QImage canvas(64, 64, QImage::Format_ARGB32);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            appIcon().paint(&painter, QRect(0, 0, 64, 64));
        }
        QVERIFY(opaquePixels(QPixmap::fromImage(canvas)) > 64 * 64 / 4);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
