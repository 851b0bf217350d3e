// The floor Inlet's start-up is compared with: the smallest one-page QWizard, built in the same tree
// with the same flags. Whatever Inlet spends beyond this is Inlet's own.

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Floor"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("One page, nothing else."), page));
    wizard.addPage(page);
    wizard.show();
    return QApplication::exec();
}
