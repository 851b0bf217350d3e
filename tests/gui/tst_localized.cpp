// The wizard in German, French, Spanish and Japanese, with the translations loaded the way the app loads
// them (core/Translations.h): Inlet's own strings and Qt's (the wizard's buttons) both translated, every
// page titled in the language, and no two controls of a page sharing a mnemonic in any language.
// With INLET_SCREENSHOT_DIR set it also saves every page as <language>-<nn>-<page id>.png, for a
// translator to review (Japanese needs a CJK font such as fonts-ipafont-gothic installed).
#include "Accessibility.h"
#include "InletWizard.h"
#include "SimulatorProcess.h"
#include "WizardDriver.h"
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

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_settings.reset(new Settings(m_dir->filePath(QStringLiteral("inlet.ini"))));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_sim.reset();
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
        m_wizard.reset(new InletWizard(*m_settings, m_secrets, m_network, LaunchOptions()));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));

        QCOMPARE(m_wizard->currentPage()->title(), title);
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), next);
        QCOMPARE(m_wizard->button(QWizard::CancelButton)->text(), cancel);
        auto* label = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("orgIdLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), orgIdLabel);
        // The field is named for screen readers as its translated label reads.
        QCOMPARE(label->buddy()->accessibleName(), Accessibility::spokenLabel(orgIdLabel));
        QVERIFY2(m_wizard->currentHelpText().contains(help), qPrintable(m_wizard->currentHelpText()));
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
        m_sim.reset(new SimulatorProcess);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
        LaunchOptions options;
        options.profile = QStringLiteral("localized");
        options.platformUrl = m_sim->baseUrl();
        options.imsUrl = m_sim->baseUrl();
        m_wizard.reset(new InletWizard(*m_settings, m_secrets, m_network, options));
        m_wizard->resize(760, 600);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_language = language;
        m_shot = 0;

        WizardDriver driver(*m_wizard);
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
            QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::LandingZonePageId), kTimeout);
        });
        step([&] {
            driver.confirmLandingZone();
            QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        });
        step([&] {
            driver.fillCredentials(databricksSource());
            if (QTest::currentTestFailed())
                return;
            driver.clickNext();
            QCOMPARE(m_wizard->currentId(), int(InletWizard::ReviewPageId));
        });
        step([&] {
            QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeout);
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
            {InletWizard::ResultPageId, QStringLiteral("Create connection")},
        };
        const QString title = m_wizard->currentPage()->title();
        QVERIFY2(englishTitles.contains(m_wizard->currentId()), qPrintable(title));
        QVERIFY2(!title.isEmpty() && !title.startsWith(englishTitles.value(m_wizard->currentId())),
                 qPrintable(QStringLiteral("untranslated title: ") + title));
        QVERIFY2(!m_wizard->currentHelpText().isEmpty(), qPrintable(title));
        checkMnemonics();
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
                                                          .arg(m_wizard->currentId()));
        QVERIFY2(m_wizard->grab().save(file), qPrintable(file));
    }

    // Two controls with the same Alt+letter make Qt cycle focus between them instead of acting.
    void checkMnemonics()
    {
        QHash<QChar, QString> owners;
        QList<QWidget*> widgets = m_wizard->currentPage()->findChildren<QWidget*>();
        for (QWizard::WizardButton which : {QWizard::BackButton,
                                            QWizard::NextButton,
                                            QWizard::CommitButton,
                                            QWizard::FinishButton,
                                            QWizard::CancelButton,
                                            QWizard::HelpButton})
            widgets << m_wizard->button(which);
        static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&])"));
        for (QWidget* widget : widgets) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                text = button->text();
            else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                text = label->text();
            const QRegularExpressionMatch match = mnemonic.match(text);
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(!owners.contains(key),
                     qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\" on %4")
                                    .arg(key, owners.value(key), text, m_wizard->currentPage()->title())));
            owners.insert(key, text);
        }
        // Hidden controls (Advanced, the error area) keep theirs distinct too, so showing them is safe.
        for (QWidget* widget : m_wizard->currentPage()->findChildren<QWidget*>()) {
            auto* button = qobject_cast<QAbstractButton*>(widget);
            if (!button || button->isVisible())
                continue;
            const QRegularExpressionMatch match = mnemonic.match(button->text());
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(!owners.contains(key),
                     qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and hidden \"%3\" on %4")
                                    .arg(key, owners.value(key), button->text(), m_wizard->currentPage()->title())));
            owners.insert(key, button->text());
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<Settings> m_settings;
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<InletWizard> m_wizard;
    QString m_language;
    int m_shot = 0;
};

QTEST_MAIN(TestLocalized)
#include "tst_localized.moc"
