// A copied secret does not outlive Inlet on the clipboard; what is not secret, or what the user copied
// since, is left alone.
#include "Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTimer>

using namespace Inlet;

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void aSecretIsClearedWhenInletCloses()
    {
        {
            Clipboard clipboard;
            clipboard.copy(QStringLiteral("fs.azure.sas.c.a.blob.core.windows.net sv=1&sig=secret"),
                           Clipboard::Content::Secret);
            QCOMPARE(QGuiApplication::clipboard()->text(),
                     QStringLiteral("fs.azure.sas.c.a.blob.core.windows.net sv=1&sig=secret"));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void whatTheUserCopiedSinceStays()
    {
        {
            Clipboard clipboard;
            clipboard.copy(QStringLiteral("secret"), Clipboard::Content::Secret);
            QGuiApplication::clipboard()->setText(QStringLiteral("copied elsewhere"));
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied elsewhere"));
    }

    void plainTextStays()
    {
        {
            Clipboard clipboard;
            clipboard.copy(QStringLiteral("connection id"), Clipboard::Content::Plain);
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("connection id"));
    }

    void theTimerClearsItToo()
    {
        Clipboard clipboard;
        clipboard.setSecretLifetime(50);
        clipboard.copy(QStringLiteral("secret"), Clipboard::Content::Secret);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    // Last: it runs and ends the application's event loop, as quitting Inlet does.
    void aSecretIsClearedWhenTheApplicationQuits()
    {
        Clipboard clipboard;
        clipboard.copy(QStringLiteral("secret"), Clipboard::Content::Secret);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCoreApplication::exec(); // emits aboutToQuit() as it returns
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
