#pragma once

#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace banister {

class UserFilterModel;

// The users table's search and filters in one row: name, email or username; license; Staircase role; problems only.
// Sets them on the filter model (the search after a pause in typing).
class UserFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit UserFilterBar(UserFilterModel* filter, QWidget* parent = nullptr);

    // The Staircase roles to choose from, in order: (words, the profile's spelling).
    static QList<QPair<QString, QString>> roleChoices();

private:
    UserFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_license;
    QComboBox* m_role;
    QCheckBox* m_problemsOnly;
};

} // namespace banister
