#pragma once

#include <QObject>
#include <QTimer>

namespace Inlet {

// Copies text to the system clipboard. A secret is marked as one (as KeePassXC does), so clipboard
// managers and history keep it out of their lists, and it is cleared again after a while if it is
// still what the clipboard holds – at the latest when the application quits, before Qt would hand it
// to an X11 clipboard manager that keeps it beyond Inlet's life.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    enum class Content { Plain, Secret };

    explicit Clipboard(QObject* parent = nullptr);
    ~Clipboard() override;

    void copy(const QString& text, Content content);
    // Clears the clipboard if it holds `text` (e.g. a line that no longer works); returns whether it did.
    bool clearIfHolds(const QString& text);
    void setSecretLifetime(int milliseconds) { m_secretLifetimeMs = milliseconds; }
    int secretLifetime() const { return m_secretLifetimeMs; }

    // MIME types that mark clipboard content as secret on this platform.
    static QStringList secretHintTypes();

private:
    void clearIfStillOurs();

    QTimer m_clearTimer;
    QString m_copiedSecret;
    int m_secretLifetimeMs = 120000;
};

} // namespace Inlet
