#pragma once

#include "core/Plan.h"
#include "engine/ApplyJournal.h"

#include <QJsonObject>
#include <QObject>

namespace banister {

class TenantClient;

// The reverse of an apply, from its journal: every step that ran is put back to the before value the journal
// recorded at plan time, newest first. Steps that cannot be reversed (a filed support request, the connection
// itself, a username fix that signed users out) are named in plan.manual as "Not undone: …", never skipped
// silently. When the tenant changed since the apply (its value is no longer the journal's after value) the step is
// a plan error naming the conflict, unless force is set. The result is an ordinary Plan: the Applier runs it.
class UndoPlanner : public QObject
{
    Q_OBJECT
public:
    explicit UndoPlanner(TenantClient* client, QObject* parent = nullptr);
    void run(const ApplyJournal& journal, bool force);

    // Reverses one journal step against the live state read for it (for tests and the CLI).
    static void reverse(const ApplyJournal::Entry& entry, const QJsonObject& live, bool force, Plan& plan);

Q_SIGNALS:
    void finished(const banister::Plan& plan);

private:
    TenantClient* m_client;
    quint64 m_generation = 0;
};

} // namespace banister
