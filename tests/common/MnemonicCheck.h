#pragma once

// Two controls with the same Alt+letter make Qt cycle focus between them instead of acting. Checks the
// current page of `wizard`: its visible buttons and labelled inputs together with the wizard's own
// buttons, and its hidden buttons (Advanced, the error area) too, so showing them later is safe.

#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QWizard>

namespace Inlet::Test {

inline void checkMnemonics(QWizard& wizard)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&])"));
    QHash<QChar, QString> owners;
    const auto take = [&](const QString& text, const QString& what) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (!match.hasMatch())
            return;
        const QChar key = match.captured(1).at(0).toLower();
        QVERIFY2(!owners.contains(key),
                 qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and %3\"%4\" on %5")
                                .arg(key, owners.value(key), what, text, wizard.currentPage()->title())));
        owners.insert(key, text);
    };

    QList<QWidget*> widgets = wizard.currentPage()->findChildren<QWidget*>();
    for (QWizard::WizardButton which : {QWizard::BackButton,
                                        QWizard::NextButton,
                                        QWizard::CommitButton,
                                        QWizard::FinishButton,
                                        QWizard::CancelButton,
                                        QWizard::HelpButton})
        widgets << wizard.button(which);
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            take(button->text(), QString());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            take(label->text(), QString());
        if (QTest::currentTestFailed())
            return;
    }
    for (QWidget* widget : wizard.currentPage()->findChildren<QWidget*>()) {
        auto* button = qobject_cast<QAbstractButton*>(widget);
        if (button && !button->isVisible())
            take(button->text(), QStringLiteral("hidden "));
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace Inlet::Test
