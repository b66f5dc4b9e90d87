#include "net/Pacer.h"

#include <algorithm>
#include <cmath>

namespace banister {

Pacer::Pacer()
{
    m_clock.start();
}

void Pacer::setLimit(int calls, qint64 periodMs)
{
    m_calls = calls;
    m_periodMs = std::max<qint64>(1, periodMs);
    m_tokens = calls;
    m_lastMs = m_clock.elapsed();
}

qint64 Pacer::reserve()
{
    return reserveAt(m_clock.elapsed());
}

qint64 Pacer::reserveAt(qint64 nowMs)
{
    if (m_calls <= 0)
        return 0;
    const double perMs = double(m_calls) / double(m_periodMs);
    m_tokens = std::min<double>(m_calls, m_tokens + double(std::max<qint64>(0, nowMs - m_lastMs)) * perMs);
    m_lastMs = std::max(m_lastMs, nowMs);
    m_tokens -= 1.0; // reserve, even if that means waiting: the next caller queues behind
    return m_tokens >= 0 ? 0 : qint64(std::ceil(-m_tokens / perMs));
}

} // namespace banister
