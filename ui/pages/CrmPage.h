#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace banister {

class CrmModel;
class AccountStatusPicker;
class BusyBar;
class MessagePanel;
class FilterRowWidget;

// Step 4: Staircase's CRM tab. Which accounts sync (all, or those matching filter rows, with a live count),
// which statuses mean churned or prospect, team hierarchy and call summary upload.
class CrmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CrmPage(CrmModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void arrange();
    void render();
    void renderRows();
    void renderCount();

    CrmModel* m_model;
    QCheckBox* m_sync;
    QWidget* m_options;
    QRadioButton* m_all;
    QRadioButton* m_specific;
    QWidget* m_filterBox;
    QVBoxLayout* m_rowsLayout;
    QList<FilterRowWidget*> m_rows;
    QPushButton* m_addRow;
    QLabel* m_count;
    AccountStatusPicker* m_statuses;
    QCheckBox* m_team;
    QCheckBox* m_callSummary;
    QLabel* m_problem;
    BusyBar* m_busy;
    MessagePanel* m_error;
    QComboBox* m_combine; // after the error panel: Tab reaches it there
};

} // namespace banister
