#pragma once

#include "core/Profile.h"

#include <optional>
#include <utility>

namespace banister {

// What every wizard step's model has, in one place: a load from the tenant (busy; its error; loaded once a load has
// succeeded; an answer to an older load is dropped by its ticket), the admin's draft (hasDraft) and the profile
// section it is read from and written to, why the draft cannot be used yet (problem), and so whether the wizard may
// go on (canProceed). Session gathers a profile from every step and hands an opened one to every step through it.
//
// Not a QObject: three step models are item models, whose QObject base is QAbstractItemModel's. Each model keeps its
// own changed() signal and emits it after it changes the state below.
class StepModel
{
public:
    StepModel() = default;
    StepModel(const StepModel&) = delete;
    StepModel& operator=(const StepModel&) = delete;
    virtual ~StepModel();

    // Reads what the step shows from the tenant (changed() when it starts and when it ends).
    virtual void load() = 0;
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    bool hasDraft() const { return m_hasDraft; }

    // Why the draft cannot be used yet, in words; empty when it can.
    virtual QString problem() const;
    // Loaded, not busy, and the draft has no problem. An error of a later call (a count, a search) does not stop
    // the wizard: the page shows it and what is on screen stays usable.
    virtual bool canProceed() const;

    // The draft into its part of a profile (nothing when there is no draft), and a profile's part into the draft.
    virtual void writeDraft(Profile& profile) const = 0;
    virtual void readDraft(const Profile& profile) = 0;

    // The wizard is now connected to another tenant: what was read from the last one is stale. Answers on their way
    // are dropped and the step is no longer loaded (its page loads it again); a model whose draft was only what the
    // last tenant had (nothing the admin chose or opened) lets it go, so the new tenant's state is the draft next.
    virtual void forgetTenant();

protected:
    // A load starts: busy, no error; answers to earlier loads are stale from now on. Returns this load's ticket.
    quint64 beginLoad();
    // Whether an answer carrying this ticket belongs to the latest load.
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket; }
    quint64 currentTicket() const { return m_ticket; }
    // Answers still on their way are stale, without starting a load.
    void dropAnswers() { ++m_ticket; }
    // The latest load ended: not busy; loaded when there is no error (a failed reload keeps what was loaded).
    void endLoad(const QString& error = {});

    void setBusy(bool busy) { m_busy = busy; }
    void setErrorText(const QString& text) { m_errorText = text; }
    void setLoaded(bool loaded) { m_loaded = loaded; }
    void setHasDraft(bool has) { m_hasDraft = has; }
    // Whether the draft is only what the tenant had (read, or suggested from it): neither edited nor opened. Such a
    // draft goes when forgetTenant() runs; the model clears its own content then.
    bool draftIsTenants() const { return m_draftIsTenants; }
    void setDraftIsTenants(bool is) { m_draftIsTenants = is; }
    // Which tenant an answer was asked of: forgetTenant() counts up (answers outside load()'s ticket check it).
    quint64 tenantGeneration() const { return m_tenantGeneration; }

private:
    bool m_busy = false;
    bool m_loaded = false;
    bool m_hasDraft = false;
    bool m_draftIsTenants = false;
    quint64 m_tenantGeneration = 0;
    QString m_errorText;
    quint64 m_ticket = 0;
};

// A profile's section opened before the tenant's data is there to check it against: held, then made the draft when
// the load ends.
template <typename Section> class PendingDraft
{
public:
    void hold(const std::optional<Section>& section) { m_section = section; }
    bool isHeld() const { return m_section.has_value(); }
    const std::optional<Section>& held() const { return m_section; }
    // What was held (and nothing is held any more).
    std::optional<Section> take() { return std::exchange(m_section, std::nullopt); }

private:
    std::optional<Section> m_section;
};

} // namespace banister
