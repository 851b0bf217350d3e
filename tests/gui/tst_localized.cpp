// The wizard in German, French, Spanish and Japanese, with the translations loaded the way the app loads
// them (core/Translations.h): Inlet's own strings and Qt's (the wizard's buttons) both translated, every
// page titled in the language, and no two controls of a page sharing a mnemonic in any language.
// With INLET_SCREENSHOT_DIR set it also saves every page as <language>-<nn>-<page id>.png, for a
// translator to review (Japanese needs a CJK font such as fonts-ipafont-gothic installed).
#include "Accessibility.h"
#include "InletWizard.h"
#include "MnemonicCheck.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Inlet;
using namespace Inlet::Test;

class TestLocalized : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_fixture.stop();
        useLanguage(QString());
    }

    void firstPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("orgIdLabel");
        QTest::addColumn<QString>("help");
        // Titles, labels and help are Inlet's; Next and Cancel come from Qt's own qtbase translation.
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Platform-Konto") << QStringLiteral("&Weiter >")
                            << QStringLiteral("Abbrechen") << QStringLiteral("&Organisations-ID (erforderlich):")
                            << QStringLiteral("Inlet meldet sich bei Adobe Experience Platform");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Platform アカウント")
                            << QStringLiteral("次へ(&N) >") << QStringLiteral("キャンセル")
                            << QStringLiteral("組織 ID（必須）(&O)：")
                            << QStringLiteral("Adobe Experience Platform にサインインします。");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Compte Platform") << QStringLiteral("&Suivant >")
                            << QStringLiteral("Annuler") << QStringLiteral("ID d’&organisation (obligatoire)\u00a0:")
                            << QStringLiteral("Inlet se connecte à Adobe Experience Platform");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cuenta de Platform")
                            << QStringLiteral("Siguie&nte >") << QStringLiteral("Cancelar")
                            << QStringLiteral("ID de &organización (obligatorio):")
                            << QStringLiteral("Inlet inicia sesión en Adobe Experience Platform");
    }

    void firstPage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, next);
        QFETCH(QString, cancel);
        QFETCH(QString, orgIdLabel);
        QFETCH(QString, help);
        useLanguage(language);
        QCOMPARE(QLocale().name().left(2), language);
        QVERIFY2(m_fixture.start(QStringLiteral("localized")), qPrintable(m_fixture.errorText()));

        QCOMPARE(wizard().currentPage()->title(), title);
        QCOMPARE(wizard().button(QWizard::NextButton)->text(), next);
        QCOMPARE(wizard().button(QWizard::CancelButton)->text(), cancel);
        auto* label = wizard().currentPage()->findChild<QLabel*>(QStringLiteral("orgIdLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), orgIdLabel);
        // The field is named for screen readers as its translated label reads.
        QCOMPARE(label->buddy()->accessibleName(), Accessibility::spokenLabel(orgIdLabel));
        QVERIFY2(wizard().currentHelpText().contains(help), qPrintable(wizard().currentHelpText()));
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // The whole Databricks flow against the simulator: each page titled in the language (never the
    // English title), and each page's mnemonics, Qt's buttons included, distinct.
    void everyPage()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QVERIFY2(m_fixture.start(QStringLiteral("localized")), qPrintable(m_fixture.errorText()));
        wizard().resize(760, 600);
        m_language = language;
        m_shot = 0;

        WizardDriver driver(wizard());
        // Each step stops the test at the first failure rather than walking on through wrong pages.
        const auto step = [this](auto&& action) {
            if (!QTest::currentTestFailed())
                action();
            if (!QTest::currentTestFailed())
                checkPage();
        };
        step([] {});
        step([&] { driver.signIn(QStringLiteral("localized-secret")); });
        step([&] { driver.chooseSource(databricksSource()); });
        step([&] {
            driver.clickNext();
            QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::LandingZonePageId), kTimeout);
        });
        step([&] {
            driver.confirmLandingZone();
            QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        });
        step([&] {
            driver.fillCredentials(databricksSource());
            if (QTest::currentTestFailed())
                return;
            driver.clickNext();
            QCOMPARE(wizard().currentId(), int(InletWizard::ReviewPageId));
        });
        step([&] {
            QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
        });
    }

private:
    // Replaces whatever translators are installed by the given language's, as main() installs them;
    // empty means untranslated English.
    static void useLanguage(const QString& language)
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (!language.isEmpty())
            installTranslations(*QCoreApplication::instance(), language);
    }

    void checkPage()
    {
        QApplication::processEvents();
        static const QHash<int, QString> englishTitles = {
            {InletWizard::AccountPageId, QStringLiteral("Platform account")},
            {InletWizard::SourcePageId, QStringLiteral("Choose a source")},
            {InletWizard::ExistingConnectionsPageId, QStringLiteral("Existing connections")},
            {InletWizard::LandingZonePageId, QStringLiteral("Give Databricks access to Platform's staging storage")},
            {InletWizard::CredentialsPageId, QStringLiteral("Credentials")},
            {InletWizard::ReviewPageId, QStringLiteral("Review")},
            {InletWizard::ResultPageId, QStringLiteral("New connection")},
        };
        const QString title = wizard().currentPage()->title();
        QVERIFY2(englishTitles.contains(wizard().currentId()), qPrintable(title));
        QVERIFY2(!title.isEmpty() && !title.startsWith(englishTitles.value(wizard().currentId())),
                 qPrintable(QStringLiteral("untranslated title: ") + title));
        QVERIFY2(!wizard().currentHelpText().isEmpty(), qPrintable(title));
        checkMnemonics(wizard());
        saveScreenshot();
    }

    void saveScreenshot()
    {
        ++m_shot;
        const QString directory = qEnvironmentVariable("INLET_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png")
                                                          .arg(m_language)
                                                          .arg(m_shot, 2, 10, QLatin1Char('0'))
                                                          .arg(wizard().currentId()));
        QVERIFY2(wizard().grab().save(file), qPrintable(file));
    }

    InletWizard& wizard() { return m_fixture.wizard(); }

    WizardFixture m_fixture;
    QString m_language;
    int m_shot = 0;
};

QTEST_MAIN(TestLocalized)
#include "tst_localized.moc"
