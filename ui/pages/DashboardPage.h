#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace banister {

class DashboardModel;
class BusyBar;
class MessagePanel;
class PrincipalPicker;

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
    PrincipalPicker* m_specific;
    BusyBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_refusal;
};

} // namespace banister
