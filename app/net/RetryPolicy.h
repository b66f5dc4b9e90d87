#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

class QRandomGenerator;

namespace banister {

// Bounded retries with exponential backoff and full jitter (DESIGN §7): the n-th retry waits a uniformly random
// time in [0, min(cap, base·2^n)]. A tenant's Retry-After overrides the backoff, up to maxRetryAfterMs.
struct RetryPolicy
{
    int maxRetries = 5;
    int baseMs = 1000;
    int capMs = 60000;
    qint64 maxRetryAfterMs = 120000;

    qint64 backoffMs(int retry, QRandomGenerator& rng) const;
};

// Retry-After as delta-seconds ("120") or HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"), in ms from now.
std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);

} // namespace banister
