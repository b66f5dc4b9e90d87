#include "pages/VerifyPage.h"

#include "engine/Session.h"
#include "widgets/BusyBar.h"
#include "widgets/CheckList.h"
#include "widgets/HoldNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace banister {

VerifyPage::VerifyPage(Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_checks(new CheckList)
    , m_busy(new BusyBar(this))
    , m_rerun(new QPushButton(tr("Verify a&gain"), this))
    , m_hold(new HoldNotice(session->client(), this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Verify"));
    setSubTitle(tr("Banister reads the configuration back from the tenant and checks it against what you chose."));
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    m_rerun->setObjectName(QStringLiteral("reverifyButton"));
    m_hold->setObjectName(QStringLiteral("verifyHold"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_checks);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Checks"));
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_rerun);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_hold);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_rerun, &QPushButton::clicked, this, &VerifyPage::initializePage);
    connect(session->verification(), &VerifyModel::changed, this, &VerifyPage::render);
    render();
}

void VerifyPage::initializePage()
{
    m_session->verification()->run(m_session->currentProfile(), m_session->journalPath());
}

void VerifyPage::render()
{
    const VerifyModel* v = m_session->verification();
    m_busy->setVisible(v->isBusy());
    m_rerun->setEnabled(!v->isBusy());
    if (!v->isBusy())
        m_hold->clear();
    QList<CheckList::Row> rows;
    int unconfirmed = 0;
    for (const VerifyCheck& c : v->checks()) {
        QString name = c.id;
        name.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
        // A manual step not yet confirmed is pending on the admin, not a failure Banister found.
        const bool pending = c.basis == VerifyCheck::Basis::Unconfirmed && !c.passed;
        rows.append({ name,
                      c.warning || pending ? StatusKind::Unknown
                          : c.passed       ? StatusKind::Passed
                                           : StatusKind::Failed,
                      c.title,
                      c.detail,
                      {} });
        unconfirmed += pending;
    }
    m_checks->setRows(rows);
    if (v->isBusy())
        m_summary->setText(tr("Reading the configuration back from the tenant…"));
    else if (!v->hasRun())
        m_summary->clear();
    else if (v->failed() == 0 && v->warnings() > 0)
        m_summary->setText(
            tr("Every check passed; %n warning(s) name what is still to do in Gainsight.", nullptr, v->warnings()));
    else if (v->failed() == 0)
        m_summary->setText(tr("All %n check(s) passed.", nullptr, int(v->checks().size())));
    else if (v->failed() == unconfirmed)
        m_summary->setText(tr("Everything Banister can read passed; %n step(s) done by hand are not yet confirmed. Do "
                              "them as the Review page describes and tick Done for each.",
                              nullptr, unconfirmed));
    else
        m_summary->setText(tr("%1 of %2 checks failed. Go back to Review to apply what is missing, or see the detail "
                              "of each check.")
                               .arg(v->failed())
                               .arg(v->checks().size()));
    Q_EMIT completeChanged();
}

bool VerifyPage::isComplete() const
{
    return !m_session->verification()->isBusy() && m_session->verification()->hasRun();
}

} // namespace banister
