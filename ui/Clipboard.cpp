#include "Clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace Inlet {

Clipboard::Clipboard(QObject* parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &Clipboard::clearIfStillOurs);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfStillOurs);
}

Clipboard::~Clipboard()
{
    clearIfStillOurs();
}

QStringList Clipboard::secretHintTypes()
{
#if defined(Q_OS_MACOS)
    return {QStringLiteral("application/x-nspasteboard-concealed-type")};
#elif defined(Q_OS_WIN)
    return {QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
            QStringLiteral("CanIncludeInClipboardHistory"),
            QStringLiteral("CanUploadToCloudClipboard")};
#else
    return {QStringLiteral("x-kde-passwordManagerHint")};
#endif
}

void Clipboard::copy(const QString& text, Content content)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    if (content == Content::Secret) {
#if defined(Q_OS_MACOS)
        mime->setData(secretHintTypes().constFirst(), text.toUtf8());
#elif defined(Q_OS_WIN)
        // Windows reads these as DWORD flags: 0 means "do not keep in history or sync".
        const QByteArray zero(4, '\0');
        for (const QString& type : secretHintTypes())
            mime->setData(type, zero);
#else
        mime->setData(secretHintTypes().constFirst(), QByteArrayLiteral("secret"));
#endif
        m_copiedSecret = text;
        m_clearTimer.start(m_secretLifetimeMs);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool Clipboard::clearIfHolds(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (text.isEmpty() || clipboard->text() != text)
        return false;
    clipboard->clear();
    if (m_copiedSecret == text) {
        m_copiedSecret.clear();
        m_clearTimer.stop();
    }
    return true;
}

void Clipboard::clearIfStillOurs()
{
    if (m_copiedSecret.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copiedSecret)
        clipboard->clear();
    m_copiedSecret.clear();
    m_clearTimer.stop();
}

} // namespace Inlet
