#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultsWithoutAFile()
    {
        Settings settings(m_dir.filePath(QStringLiteral("empty.ini")));
        QVERIFY(settings.profileNames().isEmpty());
        QCOMPARE(settings.transferTimeoutSeconds(), 30);
        QVERIFY(settings.language().isEmpty());
        const Profile fresh = settings.profile(QStringLiteral("nobody"));
        QCOMPARE(fresh.sandbox, QStringLiteral("prod"));
        QCOMPARE(fresh.platformUrl, QUrl(QStringLiteral("https://platform.adobe.io")));
        QCOMPARE(fresh.imsUrl, QUrl(QStringLiteral("https://ims-na1.adobelogin.com")));
    }

    void profileRoundTripsThroughTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("profiles.ini"));
        Profile profile;
        profile.name = QStringLiteral("Team / staging");
        profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        profile.sandbox = QStringLiteral("dev-sandbox");
        profile.clientId = QStringLiteral("abc123");
        profile.signIn = Profile::SignIn::AccessToken;
        profile.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:4010"));
        profile.proxy = QStringLiteral("http://proxy.example:3128");
        {
            Settings settings(file);
            settings.saveProfile(profile);
            settings.setCurrentProfileName(profile.name);
            settings.setLastSourceId(QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6"));
            settings.setTransferTimeoutSeconds(45);
        }
        Settings reread(file);
        QCOMPARE(reread.profileNames(), QStringList{profile.name});
        QCOMPARE(reread.profile(profile.name), profile);
        QCOMPARE(reread.currentProfileName(), profile.name);
        QCOMPARE(reread.lastSourceId(), QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6"));
        QCOMPARE(reread.transferTimeoutSeconds(), 45);

        reread.removeProfile(profile.name);
        QVERIFY(reread.profileNames().isEmpty());
        QVERIFY(reread.currentProfileName().isEmpty());
    }

    void nonsenseTimeoutFallsBackToTheDefault()
    {
        Settings settings(m_dir.filePath(QStringLiteral("timeout.ini")));
        settings.setTransferTimeoutSeconds(-5);
        QCOMPARE(settings.transferTimeoutSeconds(), 30);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
