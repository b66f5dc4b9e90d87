#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace banister {

class PrerequisitesModel;
class MessagePanel;
class BusyBar;
class CheckList;

// Step 2: the four prerequisites with live status and a fix for each failure. A Salesforce-primary tenant
// ends here, with the direct Staircase–Salesforce route explained.
class PrerequisitesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PrerequisitesPage(PrerequisitesModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void render();

    PrerequisitesModel* m_model;
    CheckList* m_checks;
    BusyBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_salesforce;
    QPushButton* m_recheck;
    QGroupBox* m_confirmBox;
    QCheckBox* m_confirmCs;
    QCheckBox* m_confirmStaircase;
    QCheckBox* m_confirmAdmin;
    QComboBox* m_confirmCrm;
    QComboBox* m_confirmAiFollowUp;
};

} // namespace banister
