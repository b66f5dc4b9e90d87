#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace banister {

class DashboardModel;
class BusyBar;
class MessagePanel;

// Step 8: who may open the Staircase Executive Dashboard. The five permission types with their meaning; for
// "specific people", users (searched), roles and groups, with System Administrator kept and Staircase roles suggested.
class DashboardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DashboardPage(DashboardModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void render();

    DashboardModel* m_model;
    QButtonGroup* m_types;
    QWidget* m_specific;
    QListWidget* m_principals;
    QPushButton* m_remove;
    QComboBox* m_roles;
    QPushButton* m_addRole;
    QListWidget* m_suggestions;
    QPushButton* m_addSuggested;
    QLineEdit* m_userSearch;
    QListWidget* m_userResults;
    QPushButton* m_addUser;
    BusyBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_refusal;
};

} // namespace banister
