// The source picker with the whole catalog, and the layout of the generated Credentials form, driven
// through the real wizard against the simulator.
#include "Accessibility.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "FieldEditor.h"
#include "InletWizard.h"
#include "SourceIconProxyModel.h"
#include "SourcePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Inlet;
using namespace Inlet::Test;

class TestSourcePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_fixture.start(QStringLiteral("picker")), qPrintable(m_fixture.errorText()));
        QApplication::setActiveWindow(&m_fixture.wizard());
        WizardDriver(m_fixture.wizard()).signIn(QStringLiteral("picker-secret"));
        // The catalog loads off the GUI thread after the first frame; these tests start from it.
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().state().isCatalogLoaded(), kTimeout);
    }

    void cleanup() { m_fixture.stop(); }

    // Issue 13, item 9: nothing is chosen for the user.
    void noSourceIsPreselected()
    {
        SourcePage* page = m_fixture.wizard().sourcePage();
        auto* list = page->findChild<QListView*>(QStringLiteral("sourceListView"));
        QVERIFY(list->model()->rowCount() >= 60);
        QVERIFY(page->currentSpec() == nullptr);
        QVERIFY(!list->currentIndex().isValid());
        QVERIFY(!m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
        const QModelIndex third = list->model()->index(2, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(third).center());
        QVERIFY(page->currentSpec() != nullptr);
        QTRY_VERIFY(m_fixture.wizard().button(QWizard::NextButton)->isEnabled());
    }

    // A source that arrives while the user types (the catalog loads after the first frame; a refresh
    // brings more) is chosen when it is the first match, and the search stays as typed.
    void sourceArrivingWhileTypingIsChosen()
    {
        QTemporaryDir dir;
        QFile specs(dir.filePath(QStringLiteral("specs.json")));
        QVERIFY(specs.open(QIODevice::WriteOnly));
        specs.write(R"({"items": [{"id": "6c1a2e14-6a57-4bd4-9e32-0d1f0e5c7a11", "name": "zephyr-warehouse",
            "attributes": {"displayName": "Zephyr Warehouse", "category": "Databases"},
            "authSpec": [{"name": "Basic Authentication", "type": "Basic", "spec": {"type": "object",
                "properties": {"host": {"type": "string"}, "password": {"type": "string", "format": "password"}},
                "required": ["host", "password"]}}]}]})");
        specs.close();
        QVERIFY2(m_fixture.start(QStringLiteral("picker"), {QStringLiteral("--catalog"), specs.fileName()}),
                 qPrintable(m_fixture.errorText()));
        QApplication::setActiveWindow(&m_fixture.wizard());
        WizardDriver(m_fixture.wizard()).signIn(QStringLiteral("picker-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.wizard().state().isCatalogLoaded(), kTimeout);

        SourcePage* page = m_fixture.wizard().sourcePage();
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("zephyr"));
        QVERIFY(page->currentSpec() == nullptr); // Inlet does not know it yet
        QVERIFY(!m_fixture.wizard().button(QWizard::NextButton)->isEnabled());

        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentSpec() != nullptr, kTimeout);
        QCOMPARE(page->currentSpec()->displayName, QStringLiteral("Zephyr Warehouse"));
        QCOMPARE(search->text(), QStringLiteral("zephyr"));
        QTRY_VERIFY(m_fixture.wizard().button(QWizard::NextButton)->isEnabled());

        // A second refresh keeps the choice and the search.
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QPushButton*>(QStringLiteral("refreshButton"))->isEnabled(), kTimeout);
        QVERIFY(page->currentSpec() != nullptr);
        QCOMPARE(page->currentSpec()->id, QStringLiteral("6c1a2e14-6a57-4bd4-9e32-0d1f0e5c7a11"));
        QCOMPARE(search->text(), QStringLiteral("zephyr"));
    }

    // Issue 13, item 12.
    void searchClearButtonIsNamed()
    {
        auto* search = m_fixture.wizard().sourcePage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("sql"));
        const QList<QToolButton*> buttons = search->findChildren<QToolButton*>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton* button : buttons) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Clear search"));
        }
    }

    void categoriesFilterWithIconsAndBetaMarked()
    {
        SourcePage* page = m_fixture.wizard().sourcePage();
        auto* list = page->findChild<QListView*>(QStringLiteral("sourceListView"));
        auto* categories = page->findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
        QVERIFY(categories);
        QCOMPARE(categories->currentIndex(), 0); // every category
        QVERIFY(categories->count() >= 13);
        const int all = list->model()->rowCount();
        categories->setCurrentIndex(categories->findData(QStringLiteral("Payments")));
        QCOMPARE(list->model()->rowCount(), 3); // PayPal, Square, Stripe
        QVERIFY(!categories->itemIcon(categories->currentIndex()).isNull());
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).isNull());
        }
        categories->setCurrentIndex(0);
        QCOMPARE(list->model()->rowCount(), all);

        // Type-to-filter covers the category and the description; a beta source says so.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("marketing automation"));
        QCOMPARE(list->model()->rowCount(), 7); // HubSpot to Salesforce Marketing Cloud
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zendesk"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Zendesk (beta)"));
        QTRY_VERIFY(page->currentSpec() && page->currentSpec()->beta);
    }

    // A selected row's icon is its shape in the highlighted-text colour, as its name is; unselected,
    // the category's own colours.
    void selectedIconTakesTheHighlightedTextColour()
    {
        const QColor highlighted = QGuiApplication::palette().color(QPalette::HighlightedText);
        const QIcon icon = SourceIconProxyModel::categoryIcon(QStringLiteral("databases"));
        for (const int side : {16, 24}) {
            const QImage selected = icon.pixmap(QSize(side, side), 1.0, QIcon::Selected).toImage();
            const QImage normal = icon.pixmap(QSize(side, side), 1.0, QIcon::Normal).toImage();
            QCOMPARE(selected.size(), QSize(side, side));
            int opaque = 0;
            bool normalDiffers = false;
            for (int y = 0; y < side; ++y) {
                for (int x = 0; x < side; ++x) {
                    const QColor pixel = selected.pixelColor(x, y);
                    if (pixel.alpha() == 0)
                        continue;
                    ++opaque;
                    QCOMPARE(pixel.rgb(), highlighted.rgb());
                    if (normal.pixelColor(x, y).rgb() != highlighted.rgb())
                        normalDiffers = true;
                }
            }
            QVERIFY(opaque > side); // there is a shape
            QVERIFY(normalDiffers);
        }
    }

    // Issue 13, item 7: one label column, labels that wrap alike, messages never clipped, a password
    // field that keeps its height when its message shows.
    void credentialsLayout()
    {
        WizardDriver driver(m_fixture.wizard());
        driver.chooseSource(sparkSource());
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.wizard().currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        m_fixture.wizard().resize(560, 520); // small: the form scrolls
        CredentialsPage* page = m_fixture.wizard().credentialsPage();
        CredentialForm* form = page->form();
        QApplication::processEvents();

        auto* name = page->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        auto* host = form->findChild<QLineEdit*>(QStringLiteral("host"));
        QTRY_COMPARE(host->mapTo(page, QPoint()).x(), name->mapTo(page, QPoint()).x());
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (!label->buddy())
                continue;
            QVERIFY2(label->wordWrap(), qPrintable(label->text()));
            QVERIFY2(label->text().endsWith(u':'), qPrintable(label->text()));
        }

        auto* password = form->findChild<QLineEdit*>(QStringLiteral("password"));
        const int passwordHeight = password->height();
        password->setFocus();
        password->insert(QStringLiteral("pass\u202Eword"));
        QTest::keyClick(password, Qt::Key_Return);
        auto* error = form->findChild<QLabel*>(QStringLiteral("credentialFormError"));
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY2(
            error->height() >= error->heightForWidth(error->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))));
        QVERIFY(error->heightForWidth(error->width()) > error->fontMetrics().lineSpacing()); // it wraps
        QCOMPARE(password->height(), passwordHeight);
        QVERIFY(password->height() >= password->minimumSizeHint().height());
    }

private:
    WizardFixture m_fixture;
};

QTEST_MAIN(TestSourcePicker)
#include "tst_sourcepicker.moc"
