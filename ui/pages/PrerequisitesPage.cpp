#include "pages/PrerequisitesPage.h"

#include "PageIds.h"
#include "models/PrerequisitesModel.h"
#include "widgets/BusyBar.h"
#include "widgets/CheckList.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
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
    , m_confirmBox(new QGroupBox(tr("Confirm what Gainsight's public API cannot tell"), this))
    , m_confirmCs(new QCheckBox(tr("The Gainsight CS subscription is &active"), this))
    , m_confirmStaircase(new QCheckBox(tr("There is a Staircase AI &subscription"), this))
    , m_confirmAdmin(new QCheckBox(tr("&I am an admin in Gainsight CS and a Staircase Admin in Staircase AI"), this))
    , m_confirmCrm(new QComboBox(this))
    , m_confirmAiFollowUp(new QComboBox(this))
{
    setObjectName(QStringLiteral("prerequisitesPage"));
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("The integration needs four things in place. Banister checks each one on the live tenant."));

    m_error->setObjectName(QStringLiteral("errorPanel"));
    m_error->actionButton()->setObjectName(QStringLiteral("retryButton"));
    m_salesforce->setObjectName(QStringLiteral("salesforcePanel"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));

    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_confirmCs->setObjectName(QStringLiteral("confirmCsSubscription"));
    m_confirmStaircase->setObjectName(QStringLiteral("confirmStaircaseSubscription"));
    m_confirmAdmin->setObjectName(QStringLiteral("confirmAdminAccess"));
    m_confirmCrm->setObjectName(QStringLiteral("confirmPrimaryCrm"));
    m_confirmAiFollowUp->setObjectName(QStringLiteral("confirmAiFollowUp"));
    m_confirmCrm->addItems({ tr("Not confirmed yet"), tr("Gainsight"), tr("Salesforce") });
    m_confirmAiFollowUp->addItems({ tr("Not confirmed yet"), tr("Not active"), tr("Active") });
    auto* confirmForm = new QFormLayout(m_confirmBox);
    auto* intro = new QLabel(tr("This tenant answers only Gainsight's documented REST, which says nothing about "
                                "subscriptions, your rights or the primary CRM. Check each where the article says and "
                                "confirm it here; the profile and the report record your confirmation."),
                             m_confirmBox);
    intro->setWordWrap(true);
    confirmForm->addRow(intro);
    confirmForm->addRow(m_confirmCs);
    confirmForm->addRow(m_confirmStaircase);
    confirmForm->addRow(m_confirmAdmin);
    auto* crmLabel = new QLabel(tr("&Primary CRM:"), m_confirmBox);
    crmLabel->setBuddy(m_confirmCrm);
    confirmForm->addRow(crmLabel, m_confirmCrm);
    auto* aiLabel = new QLabel(tr("AI &Follow-Up in Gainsight CS:"), m_confirmBox);
    aiLabel->setBuddy(m_confirmAiFollowUp);
    confirmForm->addRow(aiLabel, m_confirmAiFollowUp);
    m_confirmAiFollowUp->setToolTip(tr("Decides how the integration is activated: with AI Follow-Up on, Gainsight "
                                       "Support upgrades the existing connection."));
    m_confirmBox->setVisible(false);
    const auto confirmChanged = [this] {
        PrerequisiteConfirmations c = m_model->confirmed();
        const auto tick = [](QCheckBox* b) { return b->isChecked() ? std::optional<bool>(true) : std::nullopt; };
        const auto pick = [](QComboBox* b) {
            return b->currentIndex() <= 0 ? std::nullopt : std::optional<bool>(b->currentIndex() == 1);
        };
        c.csSubscription = tick(m_confirmCs);
        c.staircaseSubscription = tick(m_confirmStaircase);
        c.adminAccess = tick(m_confirmAdmin);
        c.gainsightPrimary = pick(m_confirmCrm);
        c.aiFollowUp = m_confirmAiFollowUp->currentIndex() <= 0
            ? std::nullopt
            : std::optional<bool>(m_confirmAiFollowUp->currentIndex() == 2);
        m_model->setConfirmed(c);
    };
    for (QCheckBox* b : { m_confirmCs, m_confirmStaircase, m_confirmAdmin })
        connect(b, &QCheckBox::toggled, this, confirmChanged);
    for (QComboBox* b : { m_confirmCrm, m_confirmAiFollowUp })
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, confirmChanged);

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
    {
        const PrerequisiteConfirmations& c = m_model->confirmed();
        const QSignalBlocker b1(m_confirmCs), b2(m_confirmStaircase), b3(m_confirmAdmin), b4(m_confirmCrm),
            b5(m_confirmAiFollowUp);
        m_confirmCs->setChecked(c.csSubscription.value_or(false));
        m_confirmStaircase->setChecked(c.staircaseSubscription.value_or(false));
        m_confirmAdmin->setChecked(c.adminAccess.value_or(false));
        m_confirmCrm->setCurrentIndex(!c.gainsightPrimary ? 0 : *c.gainsightPrimary ? 1 : 2);
        m_confirmAiFollowUp->setCurrentIndex(!c.aiFollowUp ? 0 : *c.aiFollowUp ? 2 : 1);
    }
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
