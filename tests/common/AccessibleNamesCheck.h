#pragma once

// Every control a keyboard or screen-reader user reaches on a wizard page has a name to read out,
// and a labelled one is named as its label reads. Checks the current page; the mnemonics of the
// page and the wizard's buttons too (MnemonicCheck.h).

#include "Accessibility.h"
#include "MnemonicCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QWizard>
#include <QWizardPage>

namespace Inlet::Test {

inline void checkAccessibleNames(QWizard& wizard)
{
    QWizardPage* page = wizard.currentPage();
    QVERIFY(page);
    QApplication::processEvents();
    QHash<QWidget*, QString> labelOf;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->buddy())
            labelOf.insert(label->buddy(), Accessibility::spokenLabel(label->text()));
    }
    int checked = 0;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        const bool isInput = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        // Line edits inside combo and spin boxes belong to them.
        if (!isInput || !widget->isVisibleTo(page) || widget->focusPolicy() == Qt::NoFocus
            || qobject_cast<QComboBox*>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        const QString name = accessible->text(QAccessible::Name);
        const QString where = page->title() + QStringLiteral(": ") + widget->objectName() + QStringLiteral(" (")
            + QString::fromLatin1(widget->metaObject()->className()) + u')';
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(where));
        // On Linux Qt reports a combo box's value as its name and its label through a relation, so the
        // property is what to compare; it is what the other platforms read.
        if (labelOf.contains(widget)) {
            QVERIFY2(widget->accessibleName() == labelOf.value(widget),
                     qPrintable(where + QStringLiteral(" is named \"") + widget->accessibleName() + u'"'));
        }
        ++checked;
    }
    QVERIFY2(checked > 0, qPrintable(page->title()));
    checkMnemonics(wizard);
}

} // namespace Inlet::Test
