#include "pages/PrerequisitesPage.h"

#include "PageIds.h"
#include "models/PrerequisitesModel.h"
#include "widgets/BusyBar.h"
#include "widgets/CheckList.h"
#include "widgets/ConfirmationsBox.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusIcon.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace banister {

namespace {
StatusKind kindOf(PrerequisitesModel::State s)
{
    switch (s) {
    case PrerequisitesModel::State::Passed:
        return StatusKind::Passed;
    case PrerequisitesModel::State::Failed:
        return StatusKind::Failed;
    case PrerequisitesModel::State::Unknown:
        return StatusKind::Unknown;
    case PrerequisitesModel::State::Checking:
        return StatusKind::Busy;
    case PrerequisitesModel::State::Pending:
        break;
    }
    return StatusKind::Pending;
}

const char* const kRowNames[] = { "csSubscription", "staircaseSubscription", "adminAccess", "primaryCrm" };
} // namespace

PrerequisitesPage::PrerequisitesPage(PrerequisitesModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_checks(new CheckList(this))
    , m_busy(new BusyBar(this))
    , m_error(new MessagePanel(MessagePanel::Kind::Error, this))
    , m_salesforce(new MessagePanel(MessagePanel::Kind::Info, this))
    , m_recheck(new QPushButton(tr("Re-&check"), this))
    , m_confirmBox(new ConfirmationsBox(this))
{
    setObjectName(QStringLiteral("prerequisitesPage"));
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("The integration needs four things in place. Banister checks each one on the live tenant."));

    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_salesforce->setObjectName(QStringLiteral("salesforcePanel"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));

    m_confirmBox->setVisible(false);
    connect(m_confirmBox, &ConfirmationsBox::confirmedChanged, m_model, &PrerequisitesModel::setConfirmed);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_checks);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_salesforce);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_recheck, &QPushButton::clicked, m_model, &PrerequisitesModel::load);
    connect(m_error->actionButton(), &QPushButton::clicked, m_model, &PrerequisitesModel::load);
    connect(m_model, &PrerequisitesModel::changed, this, &PrerequisitesPage::render);
    connect(m_model, &PrerequisitesModel::dataChanged, this, &PrerequisitesPage::render);
    render();
}

void PrerequisitesPage::initializePage()
{
    m_model->load();
}

void PrerequisitesPage::render()
{
    QList<CheckList::Row> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row);
        const auto state = idx.data(PrerequisitesModel::StateRole).value<PrerequisitesModel::State>();
        rows.append({ QLatin1String(kRowNames[row]), kindOf(state), idx.data(Qt::DisplayRole).toString(),
                      idx.data(PrerequisitesModel::DetailRole).toString(),
                      state == PrerequisitesModel::State::Passed
                          ? QString()
                          : idx.data(PrerequisitesModel::FixHintRole).toString() });
    }
    m_checks->setRows(rows);
    m_confirmBox->setVisible(m_model->isPublicApi());
    m_confirmBox->setConfirmed(m_model->confirmed());
    const bool busy = m_model->isBusy();
    m_busy->setVisible(busy);
    m_recheck->setEnabled(!busy);
    m_error->setText(m_model->errorText());
    m_error->setActionText(m_model->errorText().isEmpty() ? QString() : tr("&Retry"));
    if (m_model->isSalesforcePrimary())
        m_salesforce->setText(
            tr("<b>This tenant uses Salesforce as its primary CRM.</b> The Gainsight CS ↔ Staircase AI integration "
               "is for tenants whose primary CRM is Gainsight. Integrate Staircase AI directly with Salesforce "
               "instead: in Staircase, open <i>Settings &gt; Integrations</i>, choose the <i>Salesforce</i> card and "
               "sign in with a Salesforce admin. Nothing has been changed on this tenant; click <i>Next</i> to "
               "export a report that records why."));
    else
        m_salesforce->setText(QString());

    Q_EMIT completeChanged();
}

int PrerequisitesPage::nextId() const
{
    return m_model->isSalesforcePrimary() ? FinishPageId : ActivationPageId;
}

bool PrerequisitesPage::isComplete() const
{
    // On a public-API tenant, AI Follow-Up decides the activation path: it must be confirmed too.
    const bool followUpKnown = !m_model->isPublicApi() || m_model->confirmed().aiFollowUp.has_value();
    return !m_model->isBusy() && ((m_model->canProceed() && followUpKnown) || m_model->isSalesforcePrimary());
}

} // namespace banister
