#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace banister {

// Gainsight's documented limits are fixed-window limits: "100 requests between 10:00 and 10:01", not a sliding
// bucket. A window of `lengthMs` starts at every multiple of its length since the epoch (UTC), so a minute window
// starts at :00, an hour window at HH:00 and a day window at 00:00 UTC. Tenant and client count with the same
// windows: the sandbox refuses the call that does not fit (429, Retry-After: the next window), the client books its
// calls into the windows so they never meet that refusal, and the plan's estimate books them the same way.
struct RateWindow
{
    int calls = 0; // <= 0: no limit in this window
    qint64 lengthMs = 60000;
    bool operator==(const RateWindow& o) const { return calls == o.calls && lengthMs == o.lengthMs; }
};
using RateWindows = QList<RateWindow>;

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

// The tenant's documented limits, defined once (Gainsight's API pages): the data APIs (describe, query) 100 calls
// a minute and 50 000 a day; User Management 100 requests an hour and 1 000 a day, at most 50 users a call.
struct TenantLimits
{
    static constexpr int kUsersPerCall = 50;
    static RateWindows data() { return { { 100, kMinuteMs }, { 50000, kDayMs } }; }
    static RateWindows userManagement() { return { { 100, kHourMs }, { 1000, kDayMs } }; }
};

// Counts calls into fixed windows. Bookings never go back in time: each is at or after the one before.
class WindowCounter
{
public:
    explicit WindowCounter(RateWindows windows = {});
    void setWindows(RateWindows windows);
    const RateWindows& windows() const { return m_windows; }
    bool unlimited() const;

    // The earliest time >= t at which one more call fits every window. guardMs keeps a booking that far from its
    // window's end, so a call the client sends just before a boundary is not counted by the tenant in the next one.
    qint64 earliest(qint64 t, qint64 guardMs = 0) const;
    void book(qint64 t);

    // Tenant side: 0 when the call at nowMs fits (and is counted), else how long until it would.
    qint64 take(qint64 nowMs);
    // Client side: books the earliest slot at or after nowMs (behind earlier bookings) and returns the wait.
    qint64 reserve(qint64 nowMs);

    // When a day-long (or longer) window that has no room at t for `calls` more calls resets; -1 when they fit.
    qint64 dailyCapResetAt(qint64 t, int calls = 1) const;

private:
    struct Count
    {
        qint64 index = -1; // which window (t / length) the count belongs to
        int used = 0;
    };
    RateWindows m_windows;
    QList<Count> m_counts;
    qint64 m_last = 0;
};

// The client's guard for a window: a second, or a sixtieth of a short window.
qint64 windowGuardMs(qint64 lengthMs);

// "100 calls a minute", "1 000 calls a day" (English, for logs and the sandbox's messages).
QString describeWindows(const RateWindows& windows);

} // namespace banister
