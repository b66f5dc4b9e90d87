#include "widgets/PlanView.h"

#include "engine/PlanModel.h"

#include <QHeaderView>
#include <algorithm>

namespace banister {

PlanView::PlanView(PlanModel* plan, QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("planView"));
    setAccessibleName(tr("Plan"));
    setAccessibleDescription(tr("Each area with its steps, before and after; arrow keys open an area."));
    setModel(plan);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    connect(plan, &QAbstractItemModel::modelReset, this, &PlanView::fitColumns);
}

void PlanView::fitColumns()
{
    expandAll();
    // Change | Now | After fit their text up to 50 / 18 / 22 % of the width; Status takes the rest.
    const int w = viewport()->width();
    const int caps[] = { 50, 18, 22 };
    for (int c = PlanModel::TitleColumn; c < PlanModel::StatusColumn; ++c) {
        resizeColumnToContents(c);
        setColumnWidth(c, std::min(columnWidth(c), w * caps[c] / 100));
    }
}

} // namespace banister
