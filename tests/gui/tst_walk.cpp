// The wizard as a person walks it: where the focus is when they start typing, where Tab goes, what the
// Spark config line and the clipboard hold after a refresh, the way out after a failed create, and how
// many clicks and key chords a Spark connection takes from launch with the keyboard alone.
#include "Clipboard.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "ResultPage.h"
#include "SourcePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "WizardState.h"
#include "core/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

using namespace Inlet;
using namespace Inlet::Test;

class TestWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the application starts: English plural forms come from their own translation file.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
    void cleanup() { m_fixture.stop(); }

    void typingAtLaunchFillsTheOrganizationNotTheProfileName();
    void credentialsTabOrderAndDefaults();
    void sparkLineIsOneLineAndARefreshClearsTheRevokedOne();
    void failedCreateOffersBackAndCancel();
    void cancelAfterAFailedCreateCloses();
    void cancelledSlowCreateSaysWhatInletFound();
    void sparkConnectionFromLaunchInEightKeyChords();

private:
    bool start(const QString& profile)
    {
        if (!m_fixture.start(profile))
            return false;
        QApplication::setActiveWindow(&m_fixture.wizard());
        return true;
    }
    InletWizard& wizard() { return m_fixture.wizard(); }
    static QAbstractButton* findDiscardButton()
    {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (!window->isVisible())
                continue;
            for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
                if (button->text().remove(u'&') == QLatin1String("Discard and Close"))
                    return button;
            }
        }
        return nullptr;
    }
    WizardDriver driver() { return WizardDriver(m_fixture.wizard()); }
    template <typename T>
    T* child(QWidget* page, const char* name)
    {
        return page->findChild<T*>(QLatin1String(name));
    }
    // One key chord to the focused widget, counted.
    void chord(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &wizard();
        QTest::keyClick(target, Qt::Key(key), modifiers);
        ++m_chords;
    }
    void reachResultWithFailure();

    WizardFixture m_fixture;
    int m_chords = 0;
};

void TestWalk::typingAtLaunchFillsTheOrganizationNotTheProfileName()
{
    QVERIFY2(start(QStringLiteral("walk-launch")), qPrintable(m_fixture.errorText()));
    auto* org = child<QLineEdit>(wizard().accountPage(), "orgIdLineEdit");
    auto* profile = child<QComboBox>(wizard().accountPage(), "profileComboBox");
    QTRY_COMPARE(QApplication::focusWidget(), org);
    // What a person does first: type the organization ID, right away.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
    QCOMPARE(profile->currentText(), QStringLiteral("walk-launch"));
    QCOMPARE(org->text(), QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
}

void TestWalk::credentialsTabOrderAndDefaults()
{
    QVERIFY2(start(QStringLiteral("walk-tabs")), qPrintable(m_fixture.errorText()));
    driver().signIn(QStringLiteral("walk-secret"));
    if (QTest::currentTestFailed())
        return;
    driver().chooseSource(sparkSource());
    if (QTest::currentTestFailed())
        return;
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
    CredentialsPage* page = wizard().credentialsPage();
    CredentialForm* form = page->form();

    // The name and description are filled in, so typing starts in the first credential.
    QTRY_COMPARE(QApplication::focusWidget(), form->findChild<QWidget*>(QStringLiteral("host")));

    // Description, then the credentials in order, then "Remember"; the scroll area is no stop.
    auto* scrollArea = child<QScrollArea>(page, "formScrollArea");
    QVERIFY(!scrollArea->accessibleName().isEmpty());
    auto* description = child<QLineEdit>(page, "descriptionLineEdit");
    description->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), description);
    QStringList stops;
    for (int presses = 0; presses < 8; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY2(focused != scrollArea, "the scroll area is a Tab stop");
        stops << focused->objectName();
        if (focused->objectName() == QLatin1String("rememberCheckBox"))
            break;
    }
    QCOMPARE(stops.value(0), QStringLiteral("host"));
    QCOMPARE(stops.value(1), QStringLiteral("username"));
    QCOMPARE(stops.value(2), QStringLiteral("password"));
    QVERIFY2(stops.indexOf(QStringLiteral("rememberCheckBox")) > 2, qPrintable(stops.join(u' ')));

    // Defaults: no article before the source's name, both shown from their start.
    auto* name = child<QLineEdit>(page, "nameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("Apache Spark on Azure HDInsights connection"));
    QCOMPARE(description->text(),
             QStringLiteral("Base connection to Apache Spark on Azure HDInsights, created with Inlet"));
    QCOMPARE(name->cursorPosition(), 0);
}

void TestWalk::sparkLineIsOneLineAndARefreshClearsTheRevokedOne()
{
    QVERIFY2(start(QStringLiteral("walk-spark")), qPrintable(m_fixture.errorText()));
    driver().signIn(QStringLiteral("walk-secret"));
    if (QTest::currentTestFailed())
        return;
    driver().chooseSource(databricksSource());
    if (QTest::currentTestFailed())
        return;
    driver().clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::LandingZonePageId), kTimeout);
    LandingZonePage* page = wizard().landingZonePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->line().isValid(), kTimeout);

    // Shown in full, the line (with its hyphens) is one line, as in Databricks' box.
    child<QCheckBox>(page, "showTokenCheckBox")->setChecked(true);
    auto* shown = child<QPlainTextEdit>(page, "lineEdit");
    QCOMPARE(shown->toPlainText(), page->line().text());
    QApplication::processEvents();
    QCOMPARE(shown->document()->blockCount(), 1);
    QTextLayout* layout = shown->document()->firstBlock().layout();
    QVERIFY(layout);
    QCOMPARE(layout->lineCount(), 1);

    const QString old = page->line().text();
    auto* copy = child<QPushButton>(page, "copyButton");
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), old);
    auto* status = child<QLabel>(page, "statusLabel");
    QCOMPARE(status->text(), QStringLiteral("Copied. The clipboard is cleared again in 2 minutes."));

    QTest::mouseClick(child<QPushButton>(page, "refreshButton"), Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) != nullptr);
    QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->line().isValid() && page->line().text() != old, kTimeout);

    // The revoked line is no longer on the clipboard; the new one is one key press away.
    QVERIFY(QGuiApplication::clipboard()->text() != old);
    QVERIFY2(status->text().contains(QStringLiteral("removed from the clipboard")), qPrintable(status->text()));
    // Offscreen has no window manager to hand the focus back after the question, as a desktop would.
    QApplication::setActiveWindow(&wizard());
    QTRY_COMPARE(QApplication::focusWidget(), copy);
    QTest::keyClick(copy, Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), page->line().text());
}

void TestWalk::reachResultWithFailure()
{
    driver().reachReview(sparkSource(), QStringLiteral("walk-secret"));
    if (QTest::currentTestFailed())
        return;
    // Platform refuses every create, and there is nothing to find.
    QVERIFY(
        m_fixture.sim().addFault(QStringLiteral("POST"), QStringLiteral("/connections"), QStringLiteral("500"), 0, -1));
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().resultPage()->hasFailed(), kTimeout);
}

void TestWalk::failedCreateOffersBackAndCancel()
{
    QVERIFY2(start(QStringLiteral("walk-failure")), qPrintable(m_fixture.errorText()));
    reachResultWithFailure();
    if (QTest::currentTestFailed())
        return;
    QApplication::processEvents();
    QVERIFY(wizard().button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard().button(QWizard::CancelButton)->isEnabled());
    QVERIFY(wizard().button(QWizard::BackButton)->isEnabled());
    QVERIFY2(!wizard().button(QWizard::FinishButton)->isEnabled(), "nothing was created to finish with");

    // Back to the review, whose Create is there again; this time Platform takes it.
    QTest::mouseClick(wizard().button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::ReviewPageId));
    QVERIFY(wizard().button(QWizard::CommitButton)->isVisible());
    m_fixture.sim().clearFaults();
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
    // Created: Finish is the way out, and Back cannot send it again.
    QVERIFY(wizard().button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard().button(QWizard::BackButton)->isEnabled());
    // Select data follows the result page, so Next goes on and Cancel stays, as on every middle page.
    QVERIFY(wizard().button(QWizard::NextButton)->isEnabled());
}

void TestWalk::cancelAfterAFailedCreateCloses()
{
    QVERIFY2(start(QStringLiteral("walk-cancel")), qPrintable(m_fixture.errorText()));
    reachResultWithFailure();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(wizard().button(QWizard::CancelButton)->isVisible());
    QTest::mouseClick(wizard().button(QWizard::CancelButton), Qt::LeftButton);
    // What was typed is not created yet: Inlet asks before discarding it.
    QAbstractButton* discard = nullptr;
    QTRY_VERIFY((discard = findDiscardButton()) != nullptr);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(!wizard().isVisible());
    QCOMPARE(wizard().result(), int(QDialog::Rejected));
    QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 0);
}

void TestWalk::cancelledSlowCreateSaysWhatInletFound()
{
    QVERIFY2(start(QStringLiteral("walk-slow-cancel")), qPrintable(m_fixture.errorText()));
    driver().reachReview(sparkSource(), QStringLiteral("walk-secret"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("POST"), QStringLiteral("/connections"), QStringLiteral("latency"), 3000, 1));
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
    auto* cancel = wizard().resultPage()->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    // Cancelled once the request has reached Platform, which stores it at once and answers late.
    QTRY_COMPARE_WITH_TIMEOUT(
        int(m_fixture.sim().requestsTo(QStringLiteral("/connections"), QStringLiteral("POST")).size()), 1, kTimeout);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().resultPage()->hasFailed(), kTimeout);
    // The message does not stay at "may have reached Platform": Inlet looks and says what it found.
    auto* status = wizard().resultPage()->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QTRY_VERIFY2_WITH_TIMEOUT(
        status->text().contains(QLatin1String("before the cancel took effect")), qPrintable(status->text()), kTimeout);
    QCOMPARE(int(m_fixture.sim().requestsTo(QStringLiteral("/connections"), QStringLiteral("POST")).size()), 1);
}

void TestWalk::sparkConnectionFromLaunchInEightKeyChords()
{
    // The profile is saved by an earlier sign-in (its secret in the keychain), as on any later day.
    QTemporaryDir settingsDir;
    m_fixture.setSettingsFile(settingsDir.filePath(QStringLiteral("inlet.ini")));
    const QString profile = QStringLiteral("walk-count-%1").arg(QRandomGenerator::global()->generate());
    QVERIFY2(start(profile), qPrintable(m_fixture.errorText()));
    driver().signIn(QStringLiteral("walk-count-secret"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_fixture.restartWizard(profile), qPrintable(m_fixture.errorText()));
    QApplication::setActiveWindow(&m_fixture.wizard());
    m_chords = 0;

    // Account: all filled in from the profile once the keychain answered; Enter signs in.
    QTRY_VERIFY_WITH_TIMEOUT(wizard().accountPage()->isComplete(), kTimeout);
    QTRY_VERIFY(QApplication::focusWidget());
    chord(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);

    // Source: type to find it, Down to choose it, Next.
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), sparkSource().searchText);
    chord(Qt::Key_Down);
    QTRY_VERIFY(wizard().sourcePage()->currentSpec());
    QCOMPARE(wizard().sourcePage()->currentSpec()->id, sparkSource().specId);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().button(QWizard::NextButton)->isEnabled(), kTimeout);
    chord(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);

    // Existing connections: none to reuse; Next.
    QTRY_VERIFY_WITH_TIMEOUT(wizard().button(QWizard::NextButton)->isEnabled(), kTimeout);
    chord(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);

    // Credentials: typing starts in the first field; Tab between them, Next.
    CredentialForm* form = wizard().credentialsPage()->form();
    const auto values = sparkSource().values;
    for (int i = 0; i < values.size(); ++i) {
        QTRY_COMPARE(QApplication::focusWidget(), form->findChild<QWidget*>(values.at(i).first));
        QTest::keyClicks(QApplication::focusWidget(), values.at(i).second);
        if (i + 1 < values.size())
            chord(Qt::Key_Tab);
    }
    QTRY_VERIFY(wizard().button(QWizard::NextButton)->isEnabled());
    chord(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ReviewPageId), kTimeout);

    // Review: Create connection.
    chord(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
    QVERIFY(wizard().journey().connection());

    // The README's "Using Inlet" states this number.
    QCOMPARE(m_chords, 8);
}

QTEST_MAIN(TestWalk)
#include "tst_walk.moc"
