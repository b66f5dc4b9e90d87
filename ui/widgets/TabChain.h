#pragma once

#include <QList>

class QWidget;

namespace banister {

// Sets the Tab order to follow `parts` as they are listed (the order the page reads in), whatever order they were
// created in. A part with focusable children (a picker, a filter row) stands for those children in their own order.
void setTabChain(const QList<QWidget*>& parts);

} // namespace banister
