// Walks the whole Databricks flow against the simulator, rendering every page in a light and a dark
// palette. In the suite it checks that each page renders; with INLET_SCREENSHOT_DIR set (see
// scripts/screenshots.sh) it also saves the pictures, named <palette>-<scale>x-<nn>-<page>.png.
#include "ExistingConnectionsPage.h"
#include "ExplorePage.h"
#include "InletWizard.h"
#include "ResultPage.h"
#include "RunsPage.h"
#include "SchedulePage.h"
#include "SimulatorProcess.h"
#include "TargetPage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Inlet;
using namespace Inlet::Test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the application starts: plural forms come from the English translation.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        // One style everywhere, so the pictures do not depend on the desktop they were made on.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_lightPalette = QApplication::style()->standardPalette();
    }

    void everyPageRenders_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void everyPageRenders()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        m_prefix = QStringLiteral("%1-%2x")
                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                       .arg(qRound(qApp->devicePixelRatio()));
        m_shot = 0;

        WizardFixture fixture;
        QVERIFY2(fixture.start(QStringLiteral("Local simulator")), qPrintable(fixture.errorText()));
        InletWizard& wizard = fixture.wizard();
        wizard.resize(760, 600);
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver driver(wizard);

        driver.typeAccount(QStringLiteral("demo-client-secret"));
        if (QTest::currentTestFailed())
            return;
        shoot(wizard, QStringLiteral("account"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::SourcePageId), kTimeout);

        auto* search = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("data"));
        shoot(wizard, QStringLiteral("source"));
        if (QTest::currentTestFailed())
            return;
        driver.chooseSource(databricksSource());
        if (QTest::currentTestFailed())
            return;

        auto* status = wizard.existingConnectionsPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QStringLiteral("Looking")), kTimeout);
        shoot(wizard, QStringLiteral("existing-connections"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::LandingZonePageId), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.landingZonePage()->line().isValid(), kTimeout);
        shoot(wizard, QStringLiteral("databricks-spark-config"));
        if (QTest::currentTestFailed())
            return;
        driver.confirmLandingZone();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::CredentialsPageId), kTimeout);

        driver.fillCredentials(databricksSource());
        if (QTest::currentTestFailed())
            return;
        shoot(wizard, QStringLiteral("credentials"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QCOMPARE(wizard.currentId(), int(InletWizard::ReviewPageId));
        shoot(wizard, QStringLiteral("review"));
        if (QTest::currentTestFailed())
            return;

        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kTimeout);
        QTest::mouseClick(wizard.resultPage()->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
        auto* tables = wizard.resultPage()->findChild<QTreeWidget*>(QStringLiteral("tablesTreeWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(tables->topLevelItemCount() > 0, kTimeout);
        shoot(wizard, QStringLiteral("result"));
        if (QTest::currentTestFailed())
            return;

        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::ExplorePageId), kTimeout);
        // The first table is described on its own: wait for its rows.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.explorePage()->description() && !wizard.explorePage()->isBusy(), kTimeout);
        shoot(wizard, QStringLiteral("select-data"));
        if (QTest::currentTestFailed())
            return;
        shootDataflow(wizard, driver);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_shot, 14);
    }

private:
    // From Select data to the first run of a dataflow into "Acme customers".
    void shootDataflow(InletWizard& wizard, WizardDriver& driver)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout);
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::TargetPageId), kTimeout);
        auto* datasets = wizard.targetPage()->findChild<QTableView*>(QStringLiteral("datasetsTableView"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.targetPage()->isBusy() && datasets->model()->rowCount() > 0, kTimeout);
        const QModelIndexList found = datasets->model()->match(
            datasets->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Acme customers"), 1, Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        datasets->setCurrentIndex(found.first());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.targetPage()->isBusy() && wizard.targetPage()->describedSchema(), kTimeout);
        shoot(wizard, QStringLiteral("target"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::MappingPageId), kTimeout);
        shoot(wizard, QStringLiteral("mapping"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext(); // checked with Data Prep first
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::SchedulePageId), kTimeout);
        // The table has two timestamp columns: the user picks the one that grows with new rows.
        auto* delta = wizard.schedulePage()->findChild<QComboBox*>(QStringLiteral("deltaComboBox"));
        const int createdAt = delta->findText(QStringLiteral("created_at"));
        QVERIFY(createdAt >= 0);
        delta->setCurrentIndex(createdAt);
        // Starting now, so the first run shows on the Runs page (the page proposes the next five minutes).
        wizard.schedulePage()
            ->findChild<QDateTimeEdit*>(QStringLiteral("startDateTimeEdit"))
            ->setDateTime(QDateTime::currentDateTime());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kTimeout);
        shoot(wizard, QStringLiteral("schedule"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::DataflowReviewPageId), kTimeout);
        shoot(wizard, QStringLiteral("dataflow-review"));
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::DataflowPageId), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kTimeout);
        shoot(wizard, QStringLiteral("create-dataflow"));
        if (QTest::currentTestFailed())
            return;
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::RunsPageId), kTimeout);
        auto* runs = wizard.runsPage()->findChild<QTableView*>(QStringLiteral("runsTableView"));
        QVERIFY(runs);
        QTRY_VERIFY_WITH_TIMEOUT(runs->model() && runs->model()->rowCount() > 0, kTimeout);
        shoot(wizard, QStringLiteral("runs"));
    }

    void shoot(QWidget& window, const QString& page)
    {
        QApplication::processEvents();
        const QPixmap picture = window.grab();
        QVERIFY2(!picture.isNull() && picture.width() >= 600 && picture.height() >= 400, qPrintable(page));
        // A page that rendered nothing has a handful of flat colours; text and controls give many.
        const QImage image = picture.toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 16, qPrintable(page));
        ++m_shot;
        const QString directory = qEnvironmentVariable("INLET_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2-%3.png").arg(m_prefix).arg(m_shot, 2, 10, QLatin1Char('0')).arg(page));
        QVERIFY2(picture.save(file), qPrintable(file));
    }

    static QPalette darkPalette()
    {
        QPalette palette;
        const QColor window(0x2b, 0x2d, 0x30);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xdf, 0xe1, 0xe5);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
        palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x72, 0x77));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x72, 0x77));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x72, 0x77));
        return palette;
    }

    QPalette m_lightPalette;
    QString m_prefix;
    int m_shot = 0;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
