#pragma once

#include <QWizardPage>

class QPushButton;

namespace banister {

class PrerequisitesModel;
class MessagePanel;
class BusyBar;
class CheckList;
class ConfirmationsBox;

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
    ConfirmationsBox* m_confirmBox;
};

} // namespace banister
