// Loaded into the real `inlet` and into the floor wizard by inlet-bench as a Qt generic plugin
// (QT_PLUGIN_PATH and QT_QPA_GENERIC_PLUGINS, which QGuiApplication reads), so start-up is measured on
// the shipped binary without a hook in it. Not preloaded: LD_PRELOAD would load this library, and the Qt
// it links, into Inlet's launcher too, which never loads Qt. When INLET_BENCH_FIRST_FRAME_FD is set, it
// watches for the first expose of a QWizard's window (Expose goes to the QWindow, not to the widget),
// lets that expose finish its synchronous paint, then writes
//     first-frame <CLOCK_MONOTONIC ns> vmhwm-kb <peak RSS>
// to that file descriptor and ends the process at once. Peak RSS is read here (VmHWM) rather than from
// the parent's rusage, which would count the parent's own pages copied at fork.

#include <QApplication>
#include <QFile>
#include <QGenericPlugin>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstFrameFilter : public QObject
{
public:
    explicit FirstFrameFilter(int fd)
        : m_fd(fd)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_seen || event->type() != QEvent::Expose)
            return false;
        auto* window = qobject_cast<QWindow*>(watched);
        if (!window || !window->isExposed() || !isWizardWindow(window))
            return false;
        m_seen = true;
        // The expose paints synchronously once delivered; the zero timer runs after that.
        QTimer::singleShot(0, this, [this] { report(); });
        return false;
    }

private:
    static bool isWizardWindow(const QWindow* window)
    {
        const QList<QWidget*> topLevels = QApplication::topLevelWidgets();
        return std::any_of(topLevels.cbegin(), topLevels.cend(), [window](const QWidget* widget) {
            return widget->windowHandle() == window && qobject_cast<const QWizard*>(widget);
        });
    }

    void report() const
    {
        const qint64 at = monotonicNanoseconds();
        char line[128];
        const int length = std::snprintf(line,
                                         sizeof line,
                                         "first-frame %lld vmhwm-kb %lld\n",
                                         static_cast<long long>(at),
                                         static_cast<long long>(peakResidentKilobytes()));
        if (length > 0 && ::write(m_fd, line, size_t(length)) != length)
            std::_Exit(3);
        std::_Exit(0); // the measurement ends here; shutting down is not start-up
    }

    int m_fd;
    bool m_seen = false;
};

} // namespace

class FirstFrameProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "FirstFrameProbe.json")

public:
    // Called while QGuiApplication initialises, before the application builds any window. Qt owns the
    // object returned.
    QObject* create(const QString& key, const QString& specification) override
    {
        Q_UNUSED(key)
        Q_UNUSED(specification)
        bool ok = false;
        const int fd = qEnvironmentVariableIntValue("INLET_BENCH_FIRST_FRAME_FD", &ok);
        if (!ok || fd < 0)
            return nullptr;
        auto* filter = new FirstFrameFilter(fd);
        QCoreApplication::instance()->installEventFilter(filter);
        return filter;
    }
};

#include "FirstFrameProbe.moc"
