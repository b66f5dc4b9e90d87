#include "sandbox/RateLimiter.h"

namespace banister::sandbox {

RateLimiter::RateLimiter(RateLimit limit)
{
    setLimit(limit);
}

void RateLimiter::setLimit(RateLimit limit)
{
    m_limit = limit;
    m_counter.setWindows(limit.windows());
}

qint64 RateLimiter::take(qint64 nowMs)
{
    return m_counter.take(nowMs);
}

} // namespace banister::sandbox
