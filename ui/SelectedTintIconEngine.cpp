#include "SelectedTintIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

#include <utility>

namespace Inlet {

SelectedTintIconEngine::SelectedTintIconEngine(QIcon base)
    : m_base(std::move(base))
{
}

void SelectedTintIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap shown = pixmap(rect.size() * ratio, mode, state);
    shown.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, shown);
}

QPixmap SelectedTintIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    // `size` is in device pixels here (QIcon scales before asking an engine).
    if (mode != QIcon::Selected)
        return m_base.pixmap(size, 1.0, mode, state);
    const QColor colour = QGuiApplication::palette().color(QPalette::HighlightedText);
    const QString cacheKey = QStringLiteral("inlet-tint-%1-%2x%3-%4-%5")
                                 .arg(m_base.cacheKey())
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(int(state))
                                 .arg(colour.rgba());
    QPixmap tinted;
    if (QPixmapCache::find(cacheKey, &tinted))
        return tinted;
    tinted = m_base.pixmap(size, 1.0, QIcon::Normal, state);
    QPainter painter(&tinted);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(tinted.rect(), colour);
    painter.end();
    QPixmapCache::insert(cacheKey, tinted);
    return tinted;
}

QSize SelectedTintIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return m_base.actualSize(size, mode == QIcon::Selected ? QIcon::Normal : mode, state);
}

QList<QSize> SelectedTintIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return m_base.availableSizes(mode == QIcon::Selected ? QIcon::Normal : mode, state);
}

QIconEngine* SelectedTintIconEngine::clone() const
{
    return new SelectedTintIconEngine(m_base);
}

QString SelectedTintIconEngine::key() const
{
    return QStringLiteral("SelectedTintIconEngine");
}

} // namespace Inlet
