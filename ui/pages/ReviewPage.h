#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace banister {

class Session;
class BusyBar;
class MessagePanel;
class ManualStepsPanel;
class HoldNotice;
class PlanView;
struct PlanStep;

// Step 9: the plan as a grouped before -> after diff with counts per area; Apply with progress and per-step status;
// Cancel stops after the current step; applying again continues where it stopped (the plan is re-read live).
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render();
    void replan();
    void confirmApply(); // asks, then applies the plan (or its undo)
    // The admin's word on a manual step, in the journal (never in the profile).
    void recordConfirmation(const PlanStep& step, bool done);

    Session* m_session;
    QLabel* m_summary;
    PlanView* m_view;
    QProgressBar* m_progress;
    QPushButton* m_apply;
    QPushButton* m_cancel;
    QPushButton* m_replan;
    BusyBar* m_busy;
    MessagePanel* m_errors;
    MessagePanel* m_warnings;
    MessagePanel* m_outcome;
    ManualStepsPanel* m_manual;
    HoldNotice* m_hold;
};

} // namespace banister
