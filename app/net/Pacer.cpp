#include "net/Pacer.h"

#include <QDateTime>

namespace banister {

Pacer::Pacer()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void Pacer::setWindows(const RateWindows& windows)
{
    m_counter.setWindows(windows);
}

PaceSlot Pacer::reserveAt(qint64 nowMs)
{
    PaceSlot slot;
    if (m_counter.unlimited())
        return slot;
    // Is a daily cap used up? Then the call does not wait for tomorrow: it is refused with the time it resets.
    const qint64 reset = m_counter.dailyCapResetAt(nowMs);
    if (reset >= 0) {
        slot.capped = true;
        slot.resumeAtMs = reset;
        slot.waitMs = reset - nowMs;
        return slot;
    }
    slot.waitMs = m_counter.reserve(nowMs);
    return slot;
}

} // namespace banister
