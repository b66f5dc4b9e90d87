#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace banister {

class ActivationModel;
class BusyBar;
class MessagePanel;

// Step 3: which activation route applies (AI Follow-Up decides), what the support request says, where the tenant
// stands, and who becomes Staircase Admin. The request and the connection are made when the plan is applied.
class ActivationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ActivationPage(ActivationModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render();

    ActivationModel* m_model;
    QLabel* m_route;
    QLabel* m_status;
    QLineEdit* m_contact;
    QPlainTextEdit* m_note;
    QLabel* m_admins;
    BusyBar* m_busy;
    MessagePanel* m_error;
};

} // namespace banister
