#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace banister {

// A call the client holds back for a while: to stay within one of the tenant's rate limits, or before sending it
// again after a transient failure. TenantClient::callHeldBack() says so for every call, so that what waits (an apply
// at User Management's 100 calls an hour, a verification behind the data limit) can say what it waits for and how
// long, rather than look stuck.
struct CallHold
{
    // DataLimit, UserWriteLimit: the client paces itself to that documented limit. TenantLimit: the tenant answered
    // 429 (its count was ahead of the client's: another tool, calls before a restart) and said how long to wait.
    // Retry: another transient failure (5xx, a dropped connection), sent again after a backoff.
    enum class Why { DataLimit, UserWriteLimit, TenantLimit, Retry };
    Why why = Why::DataLimit;
    qint64 untilMs = 0; // when the call goes out (ms since the epoch, UTC)
    QString reason; // Retry, TenantLimit: what the tenant answered, in the admin's words
    int attempt = 0; // Retry, TenantLimit: the attempt that failed (1 = the first)
    quint64 call = 0; // which call (TenantClient::callReleased() names it when it has ended)
};

// "Waiting for the tenant's User Management limit: the next call goes out in 12 min 5 s (at 14:32:10)." at nowMs;
// empty once the hold is over.
QString holdText(const CallHold& hold, qint64 nowMs);
// "12 min 5 s", "1 h 3 min", "8 s": a countdown, rounded up to the second.
QString countdownText(qint64 ms);

} // namespace banister

Q_DECLARE_METATYPE(banister::CallHold)
