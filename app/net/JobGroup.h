#pragma once

#include "net/ApiJob.h"

#include <QHash>
#include <QObject>
#include <functional>

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
    // Call after the last add(); a group with no jobs finishes on the next event-loop turn.
    void seal();

    // The first failure in the answers, as an admin-readable text prefixed with its key; empty when all succeeded.
    static QString firstError(const QHash<QString, ApiResult>& results);

private:
    void check();
    Done m_done;
    QHash<QString, ApiResult> m_results;
    int m_pending = 0;
    bool m_sealed = false;
};

} // namespace banister
