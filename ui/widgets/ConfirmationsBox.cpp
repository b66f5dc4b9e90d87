#include "widgets/ConfirmationsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace banister {

ConfirmationsBox::ConfirmationsBox(QWidget* parent)
    : QGroupBox(tr("Confirm what Gainsight's public API cannot tell"), parent)
    , m_cs(new QCheckBox(tr("The Gainsight CS subscription is &active"), this))
    , m_staircase(new QCheckBox(tr("There is a Staircase AI &subscription"), this))
    , m_admin(new QCheckBox(tr("&I am an admin in Gainsight CS and a Staircase Admin in Staircase AI"), this))
    , m_crm(new QComboBox(this))
    , m_aiFollowUp(new QComboBox(this))
{
    setObjectName(QStringLiteral("confirmBox"));
    m_cs->setObjectName(QStringLiteral("confirmCsSubscription"));
    m_staircase->setObjectName(QStringLiteral("confirmStaircaseSubscription"));
    m_admin->setObjectName(QStringLiteral("confirmAdminAccess"));
    m_crm->setObjectName(QStringLiteral("confirmPrimaryCrm"));
    m_aiFollowUp->setObjectName(QStringLiteral("confirmAiFollowUp"));
    m_crm->addItems({ tr("Not confirmed yet"), tr("Gainsight"), tr("Salesforce") });
    m_aiFollowUp->addItems({ tr("Not confirmed yet"), tr("Not active"), tr("Active") });
    m_aiFollowUp->setToolTip(tr("Decides how the integration is activated: with AI Follow-Up on, Gainsight Support "
                                "upgrades the existing connection."));

    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("This tenant answers only Gainsight's documented REST, which says nothing about "
                                "subscriptions, your rights or the primary CRM. Check each where the article says and "
                                "confirm it here; the profile and the report record your confirmation."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(m_cs);
    form->addRow(m_staircase);
    form->addRow(m_admin);
    auto* crmLabel = new QLabel(tr("&Primary CRM:"), this);
    crmLabel->setBuddy(m_crm);
    form->addRow(crmLabel, m_crm);
    auto* aiLabel = new QLabel(tr("AI &Follow-Up in Gainsight CS:"), this);
    aiLabel->setBuddy(m_aiFollowUp);
    form->addRow(aiLabel, m_aiFollowUp);

    const auto changed = [this] { Q_EMIT confirmedChanged(confirmed()); };
    for (QCheckBox* b : { m_cs, m_staircase, m_admin })
        connect(b, &QCheckBox::toggled, this, changed);
    for (QComboBox* b : { m_crm, m_aiFollowUp })
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
}

PrerequisiteConfirmations ConfirmationsBox::confirmed() const
{
    const auto tick = [](QCheckBox* b) { return b->isChecked() ? std::optional<bool>(true) : std::nullopt; };
    PrerequisiteConfirmations c;
    c.csSubscription = tick(m_cs);
    c.staircaseSubscription = tick(m_staircase);
    c.adminAccess = tick(m_admin);
    c.gainsightPrimary = m_crm->currentIndex() <= 0 ? std::nullopt : std::optional<bool>(m_crm->currentIndex() == 1);
    c.aiFollowUp
        = m_aiFollowUp->currentIndex() <= 0 ? std::nullopt : std::optional<bool>(m_aiFollowUp->currentIndex() == 2);
    return c;
}

void ConfirmationsBox::setConfirmed(const PrerequisiteConfirmations& c)
{
    const QSignalBlocker b1(m_cs), b2(m_staircase), b3(m_admin), b4(m_crm), b5(m_aiFollowUp);
    m_cs->setChecked(c.csSubscription.value_or(false));
    m_staircase->setChecked(c.staircaseSubscription.value_or(false));
    m_admin->setChecked(c.adminAccess.value_or(false));
    m_crm->setCurrentIndex(!c.gainsightPrimary ? 0 : *c.gainsightPrimary ? 1 : 2);
    m_aiFollowUp->setCurrentIndex(!c.aiFollowUp ? 0 : *c.aiFollowUp ? 2 : 1);
}

} // namespace banister
