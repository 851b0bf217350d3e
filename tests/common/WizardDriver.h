#pragma once

// Drives the real Inlet wizard the way a person would (QTest key clicks and button clicks), for the GUI
// tests and the screenshot renderer. Each step checks what it did with QtTest macros; callers stop
// when QTest::currentTestFailed().

#include "AccountPage.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "SourcePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTest>

namespace Inlet::Test {

constexpr int kTimeout = 15000;

// One seed source: what the user types, and what its documentation's request sends.
struct SeedSource
{
    QString searchText;
    QString specId;
    QString authSpecName;
    QList<QPair<QString, QString>> values; // param → typed value, in the form's order
    QString secretParam;
};

inline SeedSource sparkSource()
{
    return {QStringLiteral("spark hdinsights"),
            QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6"),
            QStringLiteral("HDInsights Basic Authentication"),
            {{QStringLiteral("host"), QStringLiteral("spark.example.azurehdinsight.net")},
             {QStringLiteral("username"), QStringLiteral("admin")},
             {QStringLiteral("password"), QStringLiteral("spark-pw-%1").arg(QRandomGenerator::global()->generate())}},
            QStringLiteral("password")};
}

inline SeedSource dataExplorerSource()
{
    return {QStringLiteral("data explorer"),
            QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3"),
            QStringLiteral("Service Principal Based Authentication"),
            {{QStringLiteral("endpoint"), QStringLiteral("https://help.kusto.windows.net")},
             {QStringLiteral("database"), QStringLiteral("Samples")},
             {QStringLiteral("tenant"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")},
             {QStringLiteral("servicePrincipalId"), QStringLiteral("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0")},
             {QStringLiteral("servicePrincipalKey"),
              QStringLiteral("adx-key-%1").arg(QRandomGenerator::global()->generate())}},
            QStringLiteral("servicePrincipalKey")};
}

inline SeedSource databricksSource()
{
    return {QStringLiteral("databricks"),
            QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b"),
            QStringLiteral("Access Token Authentication"),
            {{QStringLiteral("domain"), QStringLiteral("https://adb-1234567890123456.7.azuredatabricks.net")},
             {QStringLiteral("clusterId"), QStringLiteral("0123-456789-abcdefgh")},
             {QStringLiteral("accessToken"), QStringLiteral("dapi%1").arg(QRandomGenerator::global()->generate())},
             {QStringLiteral("database"), QStringLiteral("acme-db")}},
            QStringLiteral("accessToken")};
}

class WizardDriver
{
public:
    explicit WizardDriver(InletWizard& wizard)
        : m_wizard(wizard)
    {
    }

    void typeAccount(const QString& secret)
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::AccountPageId));
        AccountPage* page = m_wizard.accountPage();
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("orgIdLineEdit")),
                         QStringLiteral("0123456789ABCDEF01234567@AdobeOrg"));
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         QStringLiteral("gui-client-id"));
        QLineEdit* secretEdit = page->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        secretEdit->clear();
        QTest::keyClicks(secretEdit, secret);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY2(page->isComplete(), qPrintable(page->firstProblem()));
    }

    void signIn(const QString& secret)
    {
        typeAccount(secret);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard.currentId(), int(InletWizard::SourcePageId), kTimeout);
        QVERIFY(m_wizard.state().isSignedIn());
    }

    void chooseSource(const SeedSource& source)
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::SourcePageId));
        auto* search = m_wizard.sourcePage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        search->clear();
        QTest::keyClicks(search, source.searchText);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard.sourcePage()->currentSpec() != nullptr, kTimeout);
        QCOMPARE(m_wizard.sourcePage()->currentSpec()->id, source.specId);
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard.currentId(), int(InletWizard::ExistingConnectionsPageId), kTimeout);
    }

    void fillCredentials(const SeedSource& source)
    {
        CredentialForm* form = m_wizard.credentialsPage()->form();
        QCOMPARE(form->currentAuthSpecName(), source.authSpecName);
        for (const auto& [name, value] : source.values) {
            auto* edit = form->findChild<QLineEdit*>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->clear();
            QTest::keyClicks(edit, value);
            if (name == source.secretParam)
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
        }
        QVERIFY2(m_wizard.currentPage()->isComplete(), qPrintable(form->firstError()));
    }

    void clickNext()
    {
        QAbstractButton* next = m_wizard.button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kTimeout);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // Signs in, chooses `source`, passes its existing-connections and (Databricks) landing-zone pages,
    // fills its credentials and stops on the Review page, ready to commit.
    void reachReview(const SeedSource& source, const QString& accountSecret)
    {
        signIn(accountSecret);
        if (QTest::currentTestFailed())
            return;
        chooseSource(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        if (m_wizard.state().isDatabricks()) {
            QTRY_COMPARE_WITH_TIMEOUT(m_wizard.currentId(), int(InletWizard::LandingZonePageId), kTimeout);
            confirmLandingZone();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard.currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        fillCredentials(source);
        if (QTest::currentTestFailed())
            return;
        clickNext();
        QCOMPARE(m_wizard.currentId(), int(InletWizard::ReviewPageId));
    }

    // Databricks: waits for the Spark config line, ticks "I added this line" and goes on.
    void confirmLandingZone()
    {
        LandingZonePage* page = m_wizard.landingZonePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->line().isValid(), kTimeout);
        page->findChild<QCheckBox*>(QStringLiteral("confirmCheckBox"))->setChecked(true);
        clickNext();
    }

private:
    InletWizard& m_wizard;
};

} // namespace Inlet::Test
