#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace banister {

class FieldMappingsModel;
class BusyBar;
class MessagePanel;

// Step 5: map Staircase account fields to Gainsight Company fields. Out-of-the-box rows are locked; a combo box per
// row offers only type-compatible fields; Tier must be mapped to continue.
class FieldMappingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FieldMappingsPage(FieldMappingsModel* model, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void render();

    FieldMappingsModel* m_model;
    QLabel* m_standardNote;
    QTableView* m_view;
    QPushButton* m_clear;
    QLabel* m_problem;
    MessagePanel* m_refusal;
    BusyBar* m_busy;
    MessagePanel* m_error;
};

} // namespace banister
