#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace banister {

class CrmModel;
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
    void render();
    void renderRows();
    void renderCount();
    void syncStatusList(QListWidget* list, const QStringList& values, const QStringList& checked);

    CrmModel* m_model;
    QCheckBox* m_sync;
    QWidget* m_options;
    QRadioButton* m_all;
    QRadioButton* m_specific;
    QWidget* m_filterBox;
    QVBoxLayout* m_rowsLayout;
    QComboBox* m_combine = nullptr;
    QList<FilterRowWidget*> m_rows;
    QPushButton* m_addRow;
    QLabel* m_count;
    QListWidget* m_churned;
    QListWidget* m_prospect;
    QCheckBox* m_team;
    QCheckBox* m_callSummary;
    QLabel* m_problem;
    QLabel* m_statusNotice = nullptr;
    BusyBar* m_busy;
    MessagePanel* m_error;
};

} // namespace banister
