#include "core/Settings.h"

#include <QFile>
#include <QFileInfo>
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

    void proxyCredentialsNeverReachTheFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("proxy.ini"));
        Profile profile;
        profile.name = QStringLiteral("corp");
        profile.proxy = QStringLiteral("http://alice:pr0xy-pw@proxy.example:3128");
        {
            Settings settings(file);
            settings.saveProfile(profile);
            QVERIFY(!settings.sync());
        }
        QVERIFY(!readFile(file).contains("pr0xy-pw"));
        QVERIFY(!readFile(file).contains("alice"));
        QCOMPARE(Settings(file).profile(profile.name).proxy, QStringLiteral("http://proxy.example:3128"));
    }

    void proxyCredentialsOfAnOlderFileAreRemoved()
    {
        const QString file = m_dir.filePath(QStringLiteral("legacy-proxy.ini"));
        writeFile(file,
                  "[profiles]\ncorp\\orgId=0123456789ABCDEF01234567@AdobeOrg\n"
                  "corp\\proxy=\"http://alice:pr0xy-pw@proxy.example:3128\"\n");
        Settings settings(file);
        QCOMPARE(settings.profile(QStringLiteral("corp")).orgId, QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        QCOMPARE(settings.profile(QStringLiteral("corp")).proxy, QStringLiteral("http://proxy.example:3128"));
        // Rewritten at once, not at the next save.
        const QByteArray onDisk = readFile(file);
        QVERIFY2(!onDisk.contains("pr0xy-pw"), onDisk.constData());
        QVERIFY(onDisk.contains("proxy.example:3128"));
    }

    void nonsenseTimeoutFallsBackToTheDefault()
    {
        Settings settings(m_dir.filePath(QStringLiteral("timeout.ini")));
        settings.setTransferTimeoutSeconds(-5);
        QCOMPARE(settings.transferTimeoutSeconds(), 30);
    }

    void theFileIsTheUsersAlone()
    {
        const QString file = m_dir.filePath(QStringLiteral("private/inlet.ini"));
        Settings settings(file);
        settings.setLastSourceId(QStringLiteral("x"));
        QVERIFY(!settings.sync());
        QCOMPARE(QFileInfo(file).permissions() & kGroupOrOthers, QFile::Permissions());
        QVERIFY(QFileInfo(file).permissions().testFlag(QFile::WriteOwner));

        // A file left readable by an older version is tightened at the next save.
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        settings.setLastSourceId(QStringLiteral("y"));
        QVERIFY(!settings.sync());
        QCOMPARE(QFileInfo(file).permissions() & kGroupOrOthers, QFile::Permissions());
    }

    void aFailedWriteIsReported()
    {
        // A folder that is a file cannot be created, not even by root (as CI runs).
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings settings(m_dir.filePath(QStringLiteral("not-a-folder/inlet.ini")));
        Profile profile;
        profile.name = QStringLiteral("lost");
        settings.saveProfile(profile);
        const Error error = settings.sync();
        QCOMPARE(error.kind(), Error::Kind::SettingsNotSaved);
        QVERIFY(error.technicalDetail().endsWith(QStringLiteral("not-a-folder/inlet.ini")));
        QVERIFY(error.actionableMessage().contains(QStringLiteral("settings")));
    }

    void binaryGarbageIsSetAsideNotOverwritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("garbage.ini"));
        const char raw[] = "\x01\x02\xff\xfe garbage \0\0 binary";
        const QByteArray garbage(raw, sizeof(raw) - 1);
        writeFile(file, garbage);

        Settings settings(file);
        QCOMPARE(settings.corruptFileSetAside(), file + QStringLiteral(".corrupt"));
        QCOMPARE(readFile(settings.corruptFileSetAside()), garbage);
        QVERIFY(settings.profileNames().isEmpty());
        settings.setLastSourceId(QStringLiteral("after"));
        QVERIFY(!settings.sync());
        QCOMPARE(readFile(settings.corruptFileSetAside()), garbage);
    }

    void aBrokenSectionIsSetAsideAndIntactProfilesSurvive()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.ini"));
        const QByteArray broken("[profiles/work]\norgId=0123@AdobeOrg\nsandbox=dev\n[broken\nfoo=bar\n");
        writeFile(file, broken);

        Settings settings(file);
        QCOMPARE(settings.corruptFileSetAside(), file + QStringLiteral(".corrupt"));
        QCOMPARE(readFile(settings.corruptFileSetAside()), broken);
        QCOMPARE(settings.profileNames(), QStringList{QStringLiteral("work")});
        QCOMPARE(settings.profile(QStringLiteral("work")).orgId, QStringLiteral("0123@AdobeOrg"));

        // What survived is on disk, in a file QSettings reads again without complaint.
        Settings reread(file);
        QVERIFY(reread.corruptFileSetAside().isEmpty());
        QCOMPARE(reread.profile(QStringLiteral("work")).sandbox, QStringLiteral("dev"));

        // A second broken file does not overwrite the first one set aside.
        writeFile(file, broken);
        Settings again(file);
        QVERIFY(again.corruptFileSetAside().startsWith(file + QStringLiteral(".corrupt-")));
        QCOMPARE(readFile(file + QStringLiteral(".corrupt")), broken);
    }

    void aHealthyFileIsLeftAlone()
    {
        const QString file = m_dir.filePath(QStringLiteral("healthy.ini"));
        writeFile(file, "[profiles/ok]\norgId=abc\nname=\xc3\xa9t\xc3\xa9\n");
        Settings settings(file);
        QVERIFY(settings.corruptFileSetAside().isEmpty());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".corrupt")));
        QCOMPARE(settings.profile(QStringLiteral("ok")).orgId, QStringLiteral("abc"));
    }

private:
    static constexpr QFile::Permissions kGroupOrOthers =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString& path)
    {
        QFile in(path);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
