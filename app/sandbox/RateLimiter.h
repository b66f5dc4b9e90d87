#pragma once

#include "sandbox/SandboxOptions.h"

#include <QtGlobal>

namespace banister::sandbox {

// The tenant's fixed windows (core/RateWindows): take() answers 0 when the call fits every window (and counts it),
// otherwise the milliseconds until the next window where it would (the basis of Retry-After).
class RateLimiter
{
public:
    explicit RateLimiter(RateLimit limit = {});
    void setLimit(RateLimit limit);
    qint64 take(qint64 nowMs);

    const RateLimit& limit() const { return m_limit; }

private:
    RateLimit m_limit;
    WindowCounter m_counter;
};

} // namespace banister::sandbox
