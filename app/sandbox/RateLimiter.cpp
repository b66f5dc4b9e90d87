#include "sandbox/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace banister::sandbox {

RateLimiter::RateLimiter(RateLimit limit)
{
    setLimit(limit);
}

void RateLimiter::setLimit(RateLimit limit)
{
    m_limit = limit;
    m_tokens = limit.calls;
    m_lastMs = -1;
}

qint64 RateLimiter::take(qint64 nowMs)
{
    if (m_limit.unlimited())
        return 0;
    const double perMs = double(m_limit.calls) / double(m_limit.periodMs);
    if (m_lastMs >= 0)
        m_tokens = std::min<double>(m_limit.calls, m_tokens + double(nowMs - m_lastMs) * perMs);
    m_lastMs = nowMs;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) / perMs - 1e-6))); // no 1 ms from rounding
}

} // namespace banister::sandbox
