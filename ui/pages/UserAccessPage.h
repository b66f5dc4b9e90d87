#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace banister {

class UserAccessModel;
class UserFilterModel;
class UserFilterBar;
class UsersView;
class MessagePanel;

// Step 6: Staircase roles for users (per row or for a filtered selection), the bundle each will get, problems that
// keep access from working, and the username = email fix. The table stays fast with 20 000 users.
class UserAccessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UserAccessPage(UserAccessModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void arrange();
    void render();
    void showProgress();

    UserAccessModel* m_model;
    UserFilterModel* m_filter;
    UserFilterBar* m_filters;
    UsersView* m_view;
    QComboBox* m_bulkRole;
    QPushButton* m_applyRole;
    QPushButton* m_selectAll;
    QPushButton* m_suggest;
    QCheckBox* m_fix;
    QLabel* m_summary;
    QLabel* m_rule;
    QProgressBar* m_progress;
    QTimer* m_progressTimer; // running: a count was shown less than 50 ms ago
    int m_loaded = 0, m_total = 0;
    bool m_progressPending = false; // a count not shown yet
    MessagePanel* m_error;
    MessagePanel* m_warning;
};

} // namespace banister
