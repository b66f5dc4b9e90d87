#include "pages/ReviewPage.h"

#include "engine/Session.h"
#include "widgets/BusyBar.h"
#include "widgets/HoldNotice.h"
#include "widgets/ManualStepsPanel.h"
#include "widgets/MessagePanel.h"
#include "widgets/PlanView.h"
#include "widgets/Questions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace banister {

ReviewPage::ReviewPage(Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_view(new PlanView(session->plan(), this))
    , m_progress(new QProgressBar(this))
    , m_apply(new QPushButton(tr("&Apply changes"), this))
    , m_cancel(new QPushButton(tr("&Stop after this step"), this))
    , m_replan(new QPushButton(tr("Compare a&gain"), this))
    , m_busy(new BusyBar(this))
    , m_errors(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_warnings(new MessagePanel(MessagePanel::Kind::Warning, this))
    , m_outcome(new MessagePanel(MessagePanel::Kind::Info, this))
    , m_manual(new ManualStepsPanel(this))
    , m_hold(new HoldNotice(session->client(), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and apply"));
    setSubTitle(tr("What Banister will change on the tenant, compared with what is there now. Nothing changes until "
                   "you click Apply."));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_replan->setObjectName(QStringLiteral("replanButton"));
    m_errors->setObjectName(QStringLiteral("planErrors"));
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_outcome->setObjectName(QStringLiteral("applyOutcome"));
    m_hold->setObjectName(QStringLiteral("reviewHold"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_replan);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_manual);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    layout->addWidget(m_progress);
    layout->addWidget(m_hold);
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);

    PlanModel* plan = session->plan();
    connect(plan, &PlanModel::changed, this, &ReviewPage::render);
    connect(m_apply, &QPushButton::clicked, this, &ReviewPage::confirmApply);
    connect(m_manual, &ManualStepsPanel::doneChanged, this, &ReviewPage::recordConfirmation);
    connect(m_cancel, &QPushButton::clicked, plan, &PlanModel::cancel);
    connect(m_replan, &QPushButton::clicked, this, &ReviewPage::replan);
    render();
}

void ReviewPage::initializePage()
{
    replan();
}

void ReviewPage::confirmApply()
{
    const TenantInfo& t = m_session->connection()->tenantInfo();
    const int n = int(m_session->plan()->currentPlan().steps.size());
    const QString text = m_session->plan()->isUndo()
        ? tr("Undo %n change(s) on %1 (%2)?", nullptr, n).arg(t.tenantName, t.subdomain)
        : tr("Apply %n change(s) on %1 (%2)? %3", nullptr, n)
              .arg(t.tenantName, t.subdomain, m_session->plan()->summary());
    Questions::ask(this, QStringLiteral("confirmApplyDialog"), tr("Apply the plan"), text,
                   QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Apply, [this](QMessageBox::StandardButton b) {
                       if (b != QMessageBox::Apply)
                           return;
                       const QString journal = m_session->journalPath();
                       // An undo keeps its own record: the apply's journal stays as the evidence of what it did.
                       m_session->plan()->apply(m_session->plan()->isUndo() ? journal + QStringLiteral(".undo.json")
                                                                            : journal,
                                                m_session->connection()->tenantInfo().subdomain);
                   });
}

void ReviewPage::recordConfirmation(const PlanStep& step, bool done)
{
    // The admin's word, in the journal (never in the profile): verify reports the step as confirmed by them.
    const TenantInfo& t = m_session->connection()->tenantInfo();
    const QString by = ApplyJournal::confirmer(t.callerEmail, tr("the admin"));
    const Result<void> recorded = done ? ApplyJournal::confirm(m_session->journalPath(), step, t.subdomain, by)
                                       : ApplyJournal::unconfirm(m_session->journalPath(), step.id);
    if (!recorded)
        m_errors->setText(tr("The confirmation could not be recorded: %1").arg(recorded.error()));
    else if (!m_session->plan()->isBusy())
        replan();
}

void ReviewPage::replan()
{
    m_session->plan()->plan(m_session->currentProfile(), m_session->journalPath());
}

void ReviewPage::render()
{
    PlanModel* plan = m_session->plan();
    const Plan& p = plan->currentPlan();
    const auto phase = plan->phase();
    m_summary->setText(plan->summary());
    if (phase != PlanModel::Phase::Planning && phase != PlanModel::Phase::Applying)
        m_manual->setSteps(p.steps, p.confirmed);
    m_busy->setVisible(phase == PlanModel::Phase::Planning);
    m_errors->setText(phase == PlanModel::Phase::Planning ? QString() : p.errors.join(QLatin1Char('\n')));
    QStringList warnings = p.warnings;
    for (const PlanStep& s : p.steps)
        if (!s.warning.isEmpty())
            warnings << s.title + QStringLiteral(": ") + s.warning;
    for (const QString& m : p.manual)
        warnings << tr("By hand: %1").arg(m);
    m_warnings->setText(phase == PlanModel::Phase::Planning ? QString() : warnings.join(QLatin1Char('\n')));
    const bool applying = phase == PlanModel::Phase::Applying;
    m_progress->setVisible(applying || plan->stepsDone() > 0);
    m_progress->setRange(0, std::max(1, int(p.steps.size())));
    m_progress->setValue(plan->stepsDone());
    m_apply->setEnabled(phase == PlanModel::Phase::Planned && !p.isEmpty() && p.canApply());
    m_cancel->setVisible(applying);
    m_cancel->setEnabled(applying && !plan->cancelRequested());
    m_replan->setEnabled(!plan->isBusy());
    if (!plan->isBusy())
        m_hold->clear(); // what was held back belonged to the plan or apply that has ended
    switch (phase) {
    case PlanModel::Phase::Applied:
        m_outcome->setText(plan->isUndo() ? tr("The apply was undone (%n change(s)).", nullptr, int(p.steps.size()))
                               : p.manualCount() > 0
                               ? tr("The automated changes were applied. Do the %n step(s) by hand listed above, tick "
                                    "Done for each, then click Next to verify.",
                                    nullptr, p.manualCount())
                               : tr("All %n change(s) were applied. Click Next to verify them on the tenant.", nullptr,
                                    int(p.steps.size())));
        break;
    case PlanModel::Phase::Failed: {
        QString why;
        for (const StepResult& r : plan->results())
            if (r.status == StepResult::Status::Failed)
                why = r.message;
        m_outcome->setText(tr("Apply stopped: %1 Fix the cause, then click Compare again: Banister continues with what "
                              "is still missing.")
                               .arg(why));
        break;
    }
    case PlanModel::Phase::Canceled:
        m_outcome->setText(
            tr("Apply stopped after the step that was running. Click Compare again and Apply to continue."));
        break;
    default:
        m_outcome->setText(applying ? tr("Applying… you can stop after the current step.") : QString());
    }
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    // Move on once the tenant matches the profile (applied, or nothing to do).
    const PlanModel* plan = m_session->plan();
    // What is left by hand does not hold the admin here: Verify says which manual steps are not yet confirmed.
    const Plan& p = plan->currentPlan();
    return plan->phase() == PlanModel::Phase::Applied
        || (plan->phase() == PlanModel::Phase::Planned && p.canApply() && int(p.steps.size()) == p.manualCount());
}

} // namespace banister
