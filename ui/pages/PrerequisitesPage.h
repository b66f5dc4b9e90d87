#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace banister {

class PrerequisitesModel;
class MessagePanel;

// Step 2: the four prerequisites with live status and a fix for each failure. A Salesforce-primary tenant
// ends here, with the direct Staircase–Salesforce route explained.
class PrerequisitesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PrerequisitesPage(PrerequisitesModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    struct RowWidgets
    {
        QLabel* icon;
        QLabel* title;
        QLabel* detail;
        QLabel* fix;
    };
    void render();

    PrerequisitesModel* m_model;
    QList<RowWidgets> m_rows;
    QProgressBar* m_busy;
    MessagePanel* m_error;
    MessagePanel* m_salesforce;
    QPushButton* m_recheck;
};

} // namespace banister
