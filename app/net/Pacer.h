#pragma once

#include "core/RateWindows.h"

#include <functional>

namespace banister {

// What the pacer answers a call that wants to go out.
struct PaceSlot
{
    qint64 waitMs = 0; // how long to wait before sending
    bool capped = false; // refused: the call would only fit after a daily cap resets (nothing was booked)
    qint64 resumeAtMs = 0; // capped: when the cap resets (ms since the epoch, UTC)
};

// Client-side pacing to the tenant's documented limits, so 429s are the exception: the same fixed windows the tenant
// counts (core/RateWindows), each call booking its slot; calls made while a window is full queue up behind each
// other and go out when the next window opens, a whole window's budget at once if the tenant allows it. A call that
// would have to wait for a daily cap to reset is refused instead: an apply stops there cleanly and continues later.
class Pacer
{
public:
    Pacer();
    void setWindows(const RateWindows& windows); // empty: unlimited
    const RateWindows& windows() const { return m_counter.windows(); }
    bool isUnlimited() const { return m_counter.unlimited(); }
    // The clock in ms since the epoch (UTC); tests inject a simulated one.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    PaceSlot reserve() { return reserveAt(now()); }
    // When the daily cap that leaves no room now for `calls` more calls resets; -1 when they fit (nothing booked).
    qint64 capResetFor(int calls) const { return m_counter.dailyCapResetAt(now(), calls); }
    PaceSlot reserveAt(qint64 nowMs);

private:
    WindowCounter m_counter;
    std::function<qint64()> m_clock;
};

} // namespace banister
