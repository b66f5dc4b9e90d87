#pragma once

#include "core/LiveState.h"
#include "core/Profile.h"
#include "core/TenantInfo.h"
#include "models/StepModel.h"

#include <QObject>
#include <QStringList>

namespace banister {

class TenantClient;

// The Activation step: which route applies (AI Follow-Up on: support upgrades the connection; off: integration
// request, then connect), what the support request says, and where the tenant stands now. The changes themselves
// are made by the engine when the plan is applied.
class ActivationModel : public QObject, public StepModel
{
    Q_OBJECT
public:
    explicit ActivationModel(TenantClient* client, QObject* parent = nullptr);

    void load() override;

    bool aiFollowUp() const;
    QString path() const { return aiFollowUp() ? QStringLiteral("upgrade") : QStringLiteral("connect"); }
    bool isConnected() const;
    // A public-API tenant: nothing here can be read or done through the API; AI Follow-Up is the admin's word.
    bool isPublicApi() const;
    void setKnownTenant(const TenantInfo& known) { m_known = known; }
    QString requestStatus() const; // "not filed", "open", "in-progress", "done"
    QString statusText() const;
    QStringList superAdmins() const; // "Name <email>"

    QString supportContact() const { return m_contact; }
    QString supportNote() const { return m_note; }
    void setSupportContact(const QString& c);
    void setSupportNote(const QString& n);

    // The draft as a profile section, and back (opening a profile).
    ActivationSection section() const;
    void setSection(const std::optional<ActivationSection>& s);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setSection(profile.activation); }
    void forgetTenant() override;

Q_SIGNALS:
    void changed();

private:
    void applyDefaults();

    TenantClient* m_client;
    LiveState m_live;
    QString m_contact;
    QString m_note;
    TenantInfo m_known;
};

} // namespace banister
