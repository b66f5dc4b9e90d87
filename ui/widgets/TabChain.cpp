#include "widgets/TabChain.h"

#include <QWidget>

namespace banister {

namespace {
bool takesTab(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

void addStops(QWidget* part, QList<QWidget*>& stops)
{
    // Children in creation order; widgets inside a focusable one (a combo box's view) are its own business.
    const QList<QWidget*> children = part->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    if (takesTab(part) || children.isEmpty()) {
        if (takesTab(part))
            stops << part;
        return;
    }
    for (QWidget* child : children)
        addStops(child, stops);
}
} // namespace

void setTabChain(const QList<QWidget*>& parts)
{
    QList<QWidget*> stops;
    for (QWidget* part : parts)
        if (part)
            addStops(part, stops);
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

} // namespace banister
