#pragma once

#include <QIcon>
#include <QIconEngine>

namespace Inlet {

// An icon whose QIcon::Selected mode is its shape in the palette's highlighted-text colour, as a
// selected row shows its text: coloured icons drown in the selection's highlight. Each mode and size
// is rendered when first painted and then kept in QPixmapCache.
class SelectedTintIconEngine : public QIconEngine
{
public:
    explicit SelectedTintIconEngine(QIcon base);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    QIcon m_base;
};

} // namespace Inlet
