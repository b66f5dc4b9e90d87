#pragma once

#include <QTableView>

namespace banister {

class UserFilterModel;

// The users table over the filter model: whole rows selected (Shift or Ctrl for several), sorted by name, fixed row
// heights so 20 000 rows are never measured, columns as wide as their usual content. Tab leaves it.
class UsersView : public QTableView
{
    Q_OBJECT
public:
    explicit UsersView(UserFilterModel* filter, QWidget* parent = nullptr);

    // The selected rows, as rows of the filter's source model.
    QList<int> selectedSourceRows() const;

private:
    UserFilterModel* m_filter;
};

} // namespace banister
