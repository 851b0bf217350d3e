#pragma once

// Text cut off by the layout, as a longer translation makes it: on the current page of a wizard, a
// visible label or button narrower than its text, a word-wrapped label shorter than its lines, a control
// that reaches past the window's edge, or a column title cut in a view that does not scroll sideways.
// The cells of item views are left out: they elide long values on purpose and show them on hover.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTest>
#include <QToolButton>
#include <QWizard>

namespace Inlet::Test {

namespace Detail {

// Inside a scroll area's viewport or an item view: scrolled, not clipped.
inline bool isScrolled(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent))
            return true;
    }
    return false;
}

// A tool button whose text is only its name (the line edits' clear buttons among them).
inline bool showsIconOnly(const QAbstractButton* button)
{
    const auto* tool = qobject_cast<const QToolButton*>(button);
    return tool
        && (tool->toolButtonStyle() == Qt::ToolButtonIconOnly || qobject_cast<const QLineEdit*>(tool->parent()));
}

// A header section narrower than its title, in a header that does not scroll (one that does shows it all).
inline QString clippedSection(const QHeaderView* header)
{
    if (header->orientation() != Qt::Horizontal || header->length() > header->viewport()->width())
        return {};
    // As QHeaderView sizes a section to its contents: bold, as it shows a section with a selection.
    QFont bold = header->font();
    bold.setBold(true);
    for (int logical = 0; logical < header->count(); ++logical) {
        const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
        if (header->isSectionHidden(logical) || title.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.section = logical;
        option.text = title;
        option.fontMetrics = QFontMetrics(bold);
        option.orientation = Qt::Horizontal;
        const int needed =
            header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
        if (header->sectionSize(logical) < needed)
            return QStringLiteral("\"%1\" (%2 of %3 px)").arg(title).arg(header->sectionSize(logical)).arg(needed);
    }
    return {};
}

inline QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 \"%2\" (%3×%4)")
        .arg(widget->objectName(), text)
        .arg(widget->width())
        .arg(widget->height());
}

} // namespace Detail

inline void checkNothingClipped(QWizard& wizard)
{
    QWizardPage* page = wizard.currentPage();
    for (QHeaderView* header : page->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model())
            continue;
        const QString section = Detail::clippedSection(header);
        QVERIFY2(section.isEmpty(),
                 qPrintable(QStringLiteral("clipped column title on \"%1\": %2 in %3")
                                .arg(page->title(), section, header->parentWidget()->objectName())));
    }
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible() || Detail::isScrolled(widget))
            continue;
        QString text;
        bool clipped = false;
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            text = label->text();
            clipped = label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                                        : label->width() < label->minimumSizeHint().width();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget);
                   button && !button->text().isEmpty() && !Detail::showsIconOnly(button)) {
            text = button->text();
            clipped = button->width() < button->sizeHint().width();
        } else {
            continue;
        }
        QVERIFY2(
            !clipped,
            qPrintable(QStringLiteral("clipped on \"%1\": %2").arg(page->title(), Detail::describe(widget, text))));
        const QRect inWindow(widget->mapTo(&wizard, QPoint(0, 0)), widget->size());
        QVERIFY2(
            wizard.rect().contains(inWindow),
            qPrintable(
                QStringLiteral("outside the window on \"%1\": %2").arg(page->title(), Detail::describe(widget, text))));
    }
}

} // namespace Inlet::Test
