#pragma once

#include "core/LiveState.h"
#include "core/Profile.h"
#include "core/TenantInfo.h"

#include <QObject>
#include <QStringList>

namespace banister {

class TenantClient;

// The Activation step: which route applies (AI Follow-Up on: support upgrades the connection; off: integration
// request, then connect), what the support request says, and where the tenant stands now. The changes themselves
// are made by the engine when the plan is applied.
class ActivationModel : public QObject
{
    Q_OBJECT
public:
    explicit ActivationModel(TenantClient* client, QObject* parent = nullptr);

    void load();
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool canProceed() const { return !m_busy && m_loaded && m_errorText.isEmpty(); }

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
    bool hasDraft() const { return m_hasDraft; }

Q_SIGNALS:
    void changed();

private:
    void applyDefaults();

    TenantClient* m_client;
    LiveState m_live;
    bool m_busy = false;
    bool m_loaded = false;
    QString m_errorText;
    QString m_contact;
    QString m_note;
    TenantInfo m_known;
    bool m_hasDraft = false;
    bool m_fromProfile = false;
    quint64 m_generation = 0;
};

} // namespace banister
