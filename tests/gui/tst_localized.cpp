// The wizard in German, French, Spanish and Japanese, with the translations loaded the way the app loads
// them (core/Translations.h): Inlet's own strings and Qt's (the wizard's buttons) both translated, and
// every page from sign-in to a dataflow's runs titled in the language, with help, no English text Inlet has
// a translation for, no text cut off by the layout at the default window size, and no two controls sharing
// a mnemonic.
// With INLET_SCREENSHOT_DIR set it also saves every page as <language>-<nn>-<page id>.png, for a
// translator to review (Japanese needs a CJK font such as fonts-ipafont-gothic installed).
#include "Accessibility.h"
#include "ClippingCheck.h"
#include "InletWizard.h"
#include "MappingPage.h"
#include "MnemonicCheck.h"
#include "RunsPage.h"
#include "UntranslatedCheck.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "WizardPage.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
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

    // The whole Databricks flow against the simulator, from sign-in to the dataflow's first run, each page
    // checked as the file comment says (mnemonics with Qt's buttons included).
    void everyPage()
    {
        QFETCH(QString, language);
        useLanguage(language);
        // Runs that finish at once, as Databricks' do when the cluster lacks the landing zone's line.
        QVERIFY2(m_fixture.start(QStringLiteral("localized"),
                                 {QStringLiteral("--run-seconds"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--run-every"),
                                  QStringLiteral("0"),
                                  QStringLiteral("--run-outcome"),
                                  QStringLiteral("anonymous-credentials")}),
                 qPrintable(m_fixture.errorText()));
        wizard().resize(760, 600);
        m_language = language;
        m_english = UntranslatedTexts();
        QVERIFY2(m_english.load(QStringLiteral(INLET_TRANSLATIONS_DIR "/inlet_%1.ts").arg(language)),
                 qPrintable(m_english.error()));
        QVERIFY2(m_english.size() > 500, qPrintable(QString::number(m_english.size())));
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
        // On to the dataflow: its first table, described at once.
        step([&] {
            passTo(InletWizard::ExplorePageId);
            QTRY_VERIFY_WITH_TIMEOUT(wizard().explorePage()->description() && !wizard().explorePage()->isBusy(),
                                     kTimeout);
        });
        step([&] {
            passTo(InletWizard::TargetPageId);
            driver.chooseDataset(QStringLiteral("Acme customers"));
        });
        step([&] {
            passTo(InletWizard::MappingPageId);
            QVERIFY(wizard().mappingPage()->isComplete());
        });
        step([&] {
            driver.acceptMapping();
            driver.fillSchedule(QStringLiteral("Customers"), QString(), QStringLiteral("created_at"));
        });
        step([&] { passTo(InletWizard::DataflowReviewPageId); });
        step([&] {
            QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
            QCOMPARE(wizard().currentId(), int(InletWizard::DataflowPageId));
            QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
        });
        // The run fails as a Databricks run without the Spark config line does: its error, what it means
        // and the way back to the line are shown too.
        step([&] {
            passTo(InletWizard::RunsPageId);
            QTRY_VERIFY_WITH_TIMEOUT(
                wizard().runsPage()->findChild<QPushButton*>(QStringLiteral("sparkConfigButton"))->isVisible(),
                kTimeout);
        });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_shot, 14); // every page was checked
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
        saveScreenshot();
        static const QHash<int, QString> englishTitles = {
            {InletWizard::AccountPageId, QStringLiteral("Platform account")},
            {InletWizard::SourcePageId, QStringLiteral("Choose a source")},
            {InletWizard::ExistingConnectionsPageId, QStringLiteral("Existing connections")},
            {InletWizard::LandingZonePageId, QStringLiteral("Give Databricks access to Platform's staging storage")},
            {InletWizard::CredentialsPageId, QStringLiteral("Credentials")},
            {InletWizard::ReviewPageId, QStringLiteral("Review")},
            {InletWizard::ResultPageId, QStringLiteral("New connection")},
            {InletWizard::ExplorePageId, QStringLiteral("Select data")},
            {InletWizard::TargetPageId, QStringLiteral("Target dataset")},
            {InletWizard::MappingPageId, QStringLiteral("Map columns")},
            {InletWizard::SchedulePageId, QStringLiteral("Schedule")},
            {InletWizard::DataflowReviewPageId, QStringLiteral("Review the dataflow")},
            {InletWizard::DataflowPageId, QStringLiteral("Create the dataflow")},
            {InletWizard::RunsPageId, QStringLiteral("Runs")},
        };
        const QString title = wizard().currentPage()->title();
        QVERIFY2(englishTitles.contains(wizard().currentId()), qPrintable(title));
        QVERIFY2(!title.isEmpty() && !title.startsWith(englishTitles.value(wizard().currentId())),
                 qPrintable(QStringLiteral("untranslated title: ") + title));
        QVERIFY2(!wizard().currentHelpText().isEmpty(), qPrintable(title));
        checkMnemonics(wizard());
        if (QTest::currentTestFailed())
            return;
        checkNothingUntranslated(wizard(), m_english, qobject_cast<WizardPage*>(wizard().currentPage())->helpText());
        if (QTest::currentTestFailed())
            return;
        checkNothingClipped(wizard());
    }

    void passTo(int pageId)
    {
        WizardDriver(wizard()).clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), pageId, kTimeout);
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
    UntranslatedTexts m_english; // of m_language
    int m_shot = 0;
};

QTEST_MAIN(TestLocalized)
#include "tst_localized.moc"
