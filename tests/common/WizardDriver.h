#pragma once

// Drives the real Inlet wizard the way a person would (QTest key clicks and button clicks), for the GUI
// tests and the screenshot renderer. Each step checks what it did with QtTest macros; callers stop
// when QTest::currentTestFailed().

#include "AccountPage.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "ExplorePage.h"
#include "InletWizard.h"
#include "LandingZonePage.h"
#include "MappingPage.h"
#include "SchedulePage.h"
#include "SourcePage.h"
#include "TargetPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>
#include <QTreeView>

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

// A cloud-storage source: Azure Blob by connection string, with the container and folder it reads.
inline SeedSource azureBlobSource()
{
    return {QStringLiteral("azure blob"),
            QStringLiteral("4c10e202-c428-4796-9208-5f1f5732b1cf"),
            QStringLiteral("ConnectionString"),
            {{QStringLiteral("connectionString"),
              QStringLiteral("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5")},
             {QStringLiteral("container"), QStringLiteral("acme-data")},
             {QStringLiteral("folderPath"), QStringLiteral("/")}},
            QStringLiteral("connectionString")};
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

    // Select data: opens the folders named by `rows` one level at a time, chooses the last row (a table or
    // file) and waits until it is described. A table source's first table needs none of this.
    void chooseObject(const QStringList& rows)
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::ExplorePageId));
        auto* tree = m_wizard.explorePage()->findChild<QTreeView*>(QStringLiteral("objectTreeView"));
        QModelIndex row;
        for (const QString& name : rows) {
            QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(row) > 0, kTimeout);
            const QModelIndexList found =
                tree->model()->match(tree->model()->index(0, 0, row), Qt::DisplayRole, name, 1, Qt::MatchExactly);
            QVERIFY2(!found.isEmpty(), qPrintable(name));
            row = found.first();
            tree->expand(row);
        }
        tree->setFocus();
        tree->setCurrentIndex(row);
        const ExplorePage* page = m_wizard.explorePage();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->description() && page->description()->item.name == rows.last() && !page->isBusy(), kTimeout);
    }

    // Target: finds the existing dataset `name` by typing it in the search, chooses it and waits until its
    // schema is described and fits.
    void chooseDataset(const QString& name)
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::TargetPageId));
        TargetPage* page = m_wizard.targetPage();
        auto* datasets = page->findChild<QTableView*>(QStringLiteral("datasetsTableView"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && datasets->model()->rowCount() > 0, kTimeout);
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("datasetSearchLineEdit")), name);
        QAbstractItemModel* model = datasets->model();
        const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        datasets->setFocus();
        datasets->setCurrentIndex(found.first());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->describedSchema(), kTimeout);
        QVERIFY2(page->isComplete(), qPrintable(page->findChild<QLabel*>(QStringLiteral("fitLabel"))->text()));
    }

    // Mapping: keeps the suggested mapping; Next has Data Prep check it and goes on to Schedule when it passes.
    void acceptMapping()
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::MappingPageId));
        MappingPage* page = m_wizard.mappingPage();
        QVERIFY2(page->isComplete(), qPrintable(page->findChild<QLabel*>(QStringLiteral("reviewLabel"))->text()));
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard.currentId(), int(InletWizard::SchedulePageId), kTimeout);
    }

    // Schedule: the name and description typed, the first run now (the page offers the next five minutes;
    // now shows a run at once), and for a table its delta column, which the user chooses among several.
    void fillSchedule(const QString& name, const QString& description, const QString& deltaColumn)
    {
        QCOMPARE(m_wizard.currentId(), int(InletWizard::SchedulePageId));
        SchedulePage* page = m_wizard.schedulePage();
        auto* nameEdit = page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        auto* descriptionEdit = page->findChild<QLineEdit*>(QStringLiteral("descriptionLineEdit"));
        descriptionEdit->clear();
        QTest::keyClicks(descriptionEdit, description);
        page->findChild<QDateTimeEdit*>(QStringLiteral("startDateTimeEdit"))->setDateTime(QDateTime::currentDateTime());
        auto* delta = page->findChild<QComboBox*>(QStringLiteral("deltaComboBox"));
        QCOMPARE(delta->isVisible(), !deltaColumn.isEmpty());
        if (!deltaColumn.isEmpty()) {
            const int index = delta->findText(deltaColumn);
            QVERIFY2(index >= 0, qPrintable(deltaColumn));
            delta->setCurrentIndex(index);
        }
        QVERIFY2(page->isComplete(), qPrintable(page->findChild<QLabel*>(QStringLiteral("problemsLabel"))->text()));
    }

private:
    InletWizard& m_wizard;
};

} // namespace Inlet::Test
