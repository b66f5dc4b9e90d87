#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace banister {

class DashboardModel;

// Who has access among specific people, in three columns: the users, roles and groups that have it (Remove), roles
// to add (the article's suggestions, or any role or group), and users found by name or email. Edits the model's
// principals and shows them whenever it changes.
class PrincipalPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrincipalPicker(DashboardModel* model, QWidget* parent = nullptr);

private:
    void render();
    void showUsers(const QList<QPair<QString, QString>>& users);

    DashboardModel* m_model;
    QListWidget* m_principals;
    QPushButton* m_remove;
    QComboBox* m_roles;
    QPushButton* m_addRole;
    QListWidget* m_suggestions;
    QPushButton* m_addSuggested;
    QLineEdit* m_userSearch;
    QListWidget* m_userResults;
    QPushButton* m_addUser;
};

} // namespace banister
