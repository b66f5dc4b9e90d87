#include "pages/FinishPage.h"

#include "engine/ManualGuide.h"

#include "PageIds.h"
#include "engine/PrerequisitesArea.h"

#include "engine/Session.h"
#include "report/ReportBuilder.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessagePanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace banister {

FinishPage::FinishPage(Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export setup report…"), this))
    , m_saveProfile(new QPushButton(tr("Save &profile…"), this))
    , m_undo(new QPushButton(tr("&Undo this apply…"), this))
    , m_result(new MessagePanel(MessagePanel::Kind::Info, this))
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Done"));
    setSubTitle(tr("Keep a setup report as evidence of what was configured, and the profile to set up the next tenant "
                   "the same way."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("finishSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_saveProfile->setObjectName(QStringLiteral("finishSaveProfileButton"));
    m_undo->setObjectName(QStringLiteral("undoApplyButton"));
    m_undo->setToolTip(tr("Shows the reverse of this apply on the Review page: what is put back, and what cannot be "
                          "undone. Nothing changes until you click Apply there."));
    m_result->setObjectName(QStringLiteral("exportResult"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_saveProfile);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_saveProfile, &QPushButton::clicked, this, &FinishPage::saveProfileRequested);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_session->plan()->planUndo(m_session->client());
        // Back to Review, where the reverse plan is shown and applied like any other.
        while (wizard() && wizard()->currentId() != ReviewPageId && wizard()->currentId() > ReviewPageId)
            wizard()->back();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested
            = QStringLiteral("banister-report-%1.html").arg(m_session->connection()->tenantInfo().subdomain);
        FileDialogs::saveFile(this, tr("Export setup report"), suggested,
                              { tr("HTML report (*.html)"), tr("PDF report (*.pdf)"), tr("Markdown report (*.md)"),
                                tr("JSON report (*.json)") },
                              [this](const QString& path) {
                                  const QString error = exportReport(path);
                                  m_result->setText(error.isEmpty()
                                                        ? tr("Report saved to %1.").arg(QDir::toNativeSeparators(path))
                                                        : error);
                              });
    });
}

void FinishPage::initializePage()
{
    const VerifyModel* v = m_session->verification();
    const PlanModel* p = m_session->plan();
    m_undo->setVisible(p->applyOutcome() == QLatin1String("completed") && !p->isUndo()
                       && !p->journal().entries().isEmpty());
    if (m_session->prerequisites()->isSalesforcePrimary()) {
        m_summary->setText(
            tr("Nothing was configured on %1: Salesforce is its primary CRM, so Staircase AI is integrated "
               "directly with Salesforce. Export the report to keep a record of why.")
                .arg(m_session->connection()->tenantInfo().tenantName));
        m_result->setText(QString());
        return;
    }
    int unconfirmed = 0;
    for (const VerifyCheck& c : v->checks())
        unconfirmed += c.basis == VerifyCheck::Basis::Unconfirmed && !c.passed;
    QString text = v->hasRun() && v->failed() == 0 ? tr("The integration is set up on %1 and every check passed.")
                                                         .arg(m_session->connection()->tenantInfo().tenantName)
        : v->failed() == unconfirmed
        ? tr("%1 change(s) applied; %n step(s) by hand not yet confirmed (tick Done on the Review page once done).",
             nullptr, unconfirmed)
              .arg(p->stepsDone())
        : tr("%1 change(s) applied; %2 verification check(s) failed.").arg(p->stepsDone()).arg(v->failed());
    const QStringList next = ManualGuide::whatToExpect(m_session->currentProfile(), journalWithConfirmations(),
                                                       QDateTime::currentDateTimeUtc());
    if (p->phase() == PlanModel::Phase::Applied && !next.isEmpty())
        text += QStringLiteral("\n\n") + tr("What to expect next:") + QStringLiteral("\n• ")
            + next.join(QStringLiteral("\n• "));
    m_summary->setText(text);
    m_result->setText(QString());
}

// The apply's record as the journal file now holds it: the Done ticks since the apply are in it too.
QJsonObject FinishPage::journalWithConfirmations() const
{
    const ApplyJournal& ran = m_session->plan()->journal();
    const QJsonObject onDisk = latestApply(ran.path(), ran.tenant());
    return onDisk.isEmpty() ? ran.toJson() : onDisk;
}

QString FinishPage::exportReport(const QString& path)
{
    const PlanModel* plan = m_session->plan();
    Plan p = plan->currentPlan();
    if (m_session->prerequisites()->isSalesforcePrimary() || plan->phase() == PlanModel::Phase::Idle) {
        // No plan ran (the wizard ended at the prerequisites): the report says why nothing was configured.
        AreaLive live;
        live.state.insert(QStringLiteral("facts"), PrerequisitesArea::factsToJson(m_session->prerequisites()->facts()));
        p = m_session->engine()->plan(Profile {}, { { QStringLiteral("prerequisites"), live } });
    }
    const bool applied = plan->applyOutcome() == QLatin1String("completed")
        || plan->applyOutcome() == QLatin1String("failed") || plan->applyOutcome() == QLatin1String("canceled");
    const bool completed = plan->applyOutcome() == QLatin1String("completed");
    if (completed) // all of it applied: the journal tells it; what is left is done by hand
        p.steps.erase(std::remove_if(p.steps.begin(), p.steps.end(), [](const PlanStep& s) { return !s.isManual(); }),
                      p.steps.end());
    const Profile profile = m_session->currentProfile();
    ReportData d = reportData(profile, m_session->connection()->tenantInfo(), m_session->connection()->gainsightUrl(),
                              p, m_session->verification()->checks(), m_session->verification()->hasRun(),
                              applied && !plan->isUndo() ? journalWithConfirmations() : QJsonObject {},
                              profile.crm && profile.crm->syncAccounts ? m_session->crm()->matchingCount() : -1);
    if (!completed)
        d.results = plan->results();
    return ReportBuilder(d).write(path);
}

} // namespace banister
