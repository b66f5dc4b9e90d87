#pragma once

#include "core/Plan.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace banister {

// The steps of a plan no documented API can do (a public-API tenant), as the admin does them: the article's clicks,
// what to enter (Copy puts it on the clipboard), the admin page to open, and Done, which records the admin's
// confirmation in the apply journal (unticking takes it back). Hidden when the plan has no manual steps.
class ManualStepsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ManualStepsPanel(QWidget* parent = nullptr);

    // steps: still to do; confirmed: done by the admin for exactly this state.
    void setSteps(const QList<PlanStep>& steps, const QList<PlanStep>& confirmed);

Q_SIGNALS:
    // Done ticked (confirmed) or unticked for a step; the owner records it and plans again.
    void doneChanged(const banister::PlanStep& step, bool done);

private:
    void showCurrent();

    QList<PlanStep> m_steps; // to do first, then the confirmed ones
    int m_todo = 0;
    QListWidget* m_list;
    QLabel* m_detail;
    QPushButton* m_copy;
    QPushButton* m_open;
};

} // namespace banister
