#pragma once

#include "sandbox/SandboxOptions.h"

#include <QtGlobal>

namespace banister::sandbox {

// Token bucket: `calls` tokens, refilled continuously over `periodMs`. take() answers 0 when the call may go ahead,
// otherwise the milliseconds until a token is free (the basis of Retry-After).
class RateLimiter
{
public:
    explicit RateLimiter(RateLimit limit = {});
    void setLimit(RateLimit limit);
    qint64 take(qint64 nowMs);

private:
    RateLimit m_limit;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace banister::sandbox
