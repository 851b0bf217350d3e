// Screen readers and keyboards: every control on every page has an accessible name, labelled controls
// are named exactly as their visible label, and the whole flow can be completed with the keyboard only.
#include "Accessibility.h"
#include "AccessibleNamesCheck.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "ExistingConnectionsPage.h"
#include "InletWizard.h"
#include "RevealButton.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Inlet;
using namespace Inlet::Test;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_fixture.start(QStringLiteral("a11y")), qPrintable(m_fixture.errorText()));
        QApplication::setActiveWindow(&m_fixture.wizard());
    }

    void cleanup() { m_fixture.stop(); }

    void spokenLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("mnemonic and colon")
            << QStringLiteral("&Organization ID (required):") << QStringLiteral("Organization ID (required)");
        QTest::newRow("literal ampersand") << QStringLiteral("Tom && &Jerry:") << QStringLiteral("Tom & Jerry");
        QTest::newRow("plain") << QStringLiteral("Sandbox") << QStringLiteral("Sandbox");
        // Translations: other colons and spaces, and Japanese-style mnemonics appended as "(&X)".
        QTest::newRow("de") << QStringLiteral("&Organisations-ID (erforderlich):")
                            << QStringLiteral("Organisations-ID (erforderlich)");
        QTest::newRow("fr no-break space") << QStringLiteral("&Profil\u00a0:") << QStringLiteral("Profil");
        QTest::newRow("ja appended mnemonic")
            << QStringLiteral("組織 ID（必須）(&O)：") << QStringLiteral("組織 ID（必須）");
        QTest::newRow("ja without colon") << QStringLiteral("詳細設定(&V)") << QStringLiteral("詳細設定");
    }

    void spokenLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, spoken);
        QCOMPARE(Accessibility::spokenLabel(label), spoken);
    }

    void everyControlOnEveryPageIsNamed()
    {
        WizardDriver driver(m_fixture.wizard());
        checkPage();
        driver.typeAccount(QStringLiteral("a11y-secret"));
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
        checkPage();
        driver.chooseSource(databricksSource());
        if (QTest::currentTestFailed())
            return;
        checkPage();
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::LandingZonePageId), kTimeout);
        checkPage();
        driver.confirmLandingZone();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        checkPage();
        driver.fillCredentials(databricksSource());
        driver.clickNext();
        QCOMPARE(m_fixture.wizard().currentId(), int(InletWizard::ReviewPageId));
        checkPage();
        QTest::mouseClick(m_fixture.wizard().button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().currentPage()->isComplete(), kTimeout);
        checkPage();
    }

    void helpOpensWithF1OnEveryPage()
    {
        WizardDriver driver(m_fixture.wizard());
        pressF1AndClose();
        driver.typeAccount(QStringLiteral("f1-secret"));
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
        pressF1AndClose();
    }

    void wholeFlowWithTheKeyboardOnly()
    {
        // Account: every field reached with Tab, Next with its mnemonic.
        typeInto(QStringLiteral("orgIdLineEdit"), QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        typeInto(QStringLiteral("clientIdLineEdit"), QStringLiteral("keyboard-client"));
        typeInto(QStringLiteral("secretLineEdit"), QStringLiteral("keyboard-secret"));
        // The secret's show toggle (the credential form's RevealButton) is the next Tab stop; Space works it.
        auto* secret = m_fixture.wizard().currentPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* reveal = qobject_cast<RevealButton*>(QApplication::focusWidget());
        QVERIFY(reveal);
        QCOMPARE(reveal->accessibleName(), QStringLiteral("Show client secret"));
        QTest::keyClick(reveal, Qt::Key_Space);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        QTest::keyClick(reveal, Qt::Key_Space);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);

        // Source: the search field has focus; typing filters, Down moves through the list.
        QTRY_VERIFY(QApplication::focusWidget()
                    && QApplication::focusWidget()->objectName() == QLatin1String("searchLineEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("spark"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture.wizard().currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
        QCOMPARE(m_fixture.wizard().state().spec().id, QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6"));
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);

        CredentialForm* form = m_fixture.wizard().credentialsPage()->form();
        for (const auto& [name, value] : sparkSource().values)
            typeInto(form->findChild<QWidget*>(name), value);
        pressNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::ReviewPageId), kTimeout);

        // Review: the commit button's mnemonic creates the connection.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().currentPage()->isComplete(), kTimeout);
        QCOMPARE(m_fixture.sim().stats().value(QLatin1String("connectionCount")).toInt(), 1);
    }

private:
    // Named controls: every focusable input of the current page; labelled ones as their label reads.
    void checkPage() { checkAccessibleNames(m_fixture.wizard()); }

    void pressF1AndClose()
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &m_fixture.wizard(), Qt::Key_F1);
        QMessageBox* help = nullptr;
        QTRY_VERIFY((help = m_fixture.wizard().findChild<QMessageBox*>(QStringLiteral("help"))) != nullptr
                    && help->isVisible());
        QCOMPARE(help->text(), m_fixture.wizard().currentHelpText());
        help->close();
        QTRY_VERIFY(!m_fixture.wizard().findChild<QMessageBox*>(QStringLiteral("help")));
        // Offscreen has no window manager to hand the focus back, as a desktop would.
        QApplication::setActiveWindow(&m_fixture.wizard());
    }

    // Moves the focus with Tab (at most a full round) to `target`, then types.
    void typeInto(QWidget* target, const QString& text)
    {
        QVERIFY(target);
        for (int presses = 0; QApplication::focusWidget() != target && presses < 60; ++presses)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &m_fixture.wizard(),
                            Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == target,
                 qPrintable(target->objectName() + QStringLiteral(" not reachable with Tab")));
        QTest::keyClicks(target, text);
    }

    void typeInto(const QString& objectName, const QString& text)
    {
        typeInto(m_fixture.wizard().currentPage()->findChild<QWidget*>(objectName), text);
    }

    void pressNext()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().button(QWizard::NextButton)->isEnabled(), kTimeout);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    }

    WizardFixture m_fixture;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
