#pragma once

#include "core/Profile.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;

namespace banister {

// What Gainsight's public API cannot tell, confirmed by the admin: the subscriptions, their admin rights, the primary
// CRM and AI Follow-Up. Each stays "not confirmed" until ticked or picked.
class ConfirmationsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConfirmationsBox(QWidget* parent = nullptr);

    void setConfirmed(const PrerequisiteConfirmations& c); // emits nothing

Q_SIGNALS:
    void confirmedChanged(const banister::PrerequisiteConfirmations& c);

private:
    PrerequisiteConfirmations confirmed() const;

    QCheckBox* m_cs;
    QCheckBox* m_staircase;
    QCheckBox* m_admin;
    QComboBox* m_crm;
    QComboBox* m_aiFollowUp;
};

} // namespace banister
