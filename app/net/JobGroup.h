#pragma once

#include "net/ApiJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <utility>

namespace banister {

// Runs several tenant calls at once and reports when all have answered, with each answer under its key.
// done() runs once, from the event loop, and not at all if `context` died first.
class JobGroup : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QHash<QString, ApiResult>&)>;
    JobGroup(QObject* context, Done done);
    void add(const QString& key, ApiJob* job);
    // A call made once fewer than kWindow of the calls added this way are out: for many at once (a sample of 50
    // users' checks), so that a handful, not all of them, are started or answered in one event-loop turn. The first
    // are made here; `make` is not called once the group is gone.
    void addQueued(const QString& key, std::function<ApiJob*()> make);
    static constexpr int kWindow = 6; // QNetworkAccessManager's connections per host
    // Call after the last add(); a group with no jobs finishes on the next event-loop turn.
    void seal();

    // The first failure in the answers, as an admin-readable text prefixed with its key; empty when all succeeded.
    static QString firstError(const QHash<QString, ApiResult>& results);

private:
    void check();
    void pump();
    void collect(const QString& key, ApiJob* job, bool queued);
    Done m_done;
    QList<std::pair<QString, std::function<ApiJob*()>>> m_queue;
    int m_out = 0; // calls from the queue not yet answered
    QHash<QString, ApiResult> m_results;
    int m_pending = 0;
    bool m_sealed = false;
};

} // namespace banister
