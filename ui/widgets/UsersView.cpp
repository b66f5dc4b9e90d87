#include "widgets/UsersView.h"

#include "models/UserFilterModel.h"
#include "widgets/TextCellDelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <algorithm>

namespace banister {

UsersView::UsersView(UserFilterModel* filter, QWidget* parent)
    : QTableView(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("usersView"));
    setAccessibleName(tr("Users"));
    setAccessibleDescription(tr("Arrow keys select a user, Shift or Ctrl with them select several; Tab moves on "
                                "to the role for the selection."));
    setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    setModel(filter);
    setItemDelegate(new TextCellDelegate(this));
    setSortingEnabled(true);
    sortByColumn(UserAccessModel::NameColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Fixed row heights: with 20 000 rows the view never measures a row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = { 18, 24, 18, 10, 10, 10, 28 }; // in average characters; Problem takes the rest
    for (int c = 0; c < int(std::size(widths)); ++c) // never narrower than the header's own text
        setColumnWidth(c, std::max(widths[c] * em, horizontalHeader()->sectionSizeHint(c)));
}

QList<int> UsersView::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : selectionModel()->selectedRows())
        rows << m_filter->mapToSource(i).row();
    return rows;
}

} // namespace banister
