#include "core/RateWindows.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace banister {

WindowCounter::WindowCounter(RateWindows windows)
{
    setWindows(std::move(windows));
}

void WindowCounter::setWindows(RateWindows windows)
{
    m_windows.clear();
    for (const RateWindow& w : windows)
        if (w.calls > 0 && w.lengthMs > 0)
            m_windows.append(w);
    m_counts = QList<Count>(m_windows.size());
    m_last = 0;
}

bool WindowCounter::unlimited() const
{
    return m_windows.isEmpty();
}

qint64 windowGuardMs(qint64 lengthMs)
{
    return std::min<qint64>(1000, lengthMs / 60);
}

qint64 WindowCounter::earliest(qint64 t, qint64 guardMs) const
{
    // Each pass either accepts t or moves it to the start of a later window; there are few windows, and a window
    // that is moved past is empty there, so this ends after at most a few passes per window.
    for (int pass = 0; pass < 64; ++pass) {
        bool moved = false;
        for (int i = 0; i < m_windows.size(); ++i) {
            const RateWindow& w = m_windows.at(i);
            const qint64 index = t / w.lengthMs;
            const qint64 guard = std::min(guardMs, w.lengthMs / 2);
            const int used = m_counts.at(i).index == index ? m_counts.at(i).used : 0;
            if (used >= w.calls || t >= (index + 1) * w.lengthMs - guard) {
                t = (index + 1) * w.lengthMs;
                moved = true;
            }
        }
        if (!moved)
            return t;
    }
    return t;
}

void WindowCounter::book(qint64 t)
{
    for (int i = 0; i < m_windows.size(); ++i) {
        Count& c = m_counts[i];
        const qint64 index = t / m_windows.at(i).lengthMs;
        if (c.index != index) {
            c.index = index;
            c.used = 0;
        }
        ++c.used;
    }
    m_last = std::max(m_last, t);
}

qint64 WindowCounter::take(qint64 nowMs)
{
    if (unlimited())
        return 0;
    const qint64 at = earliest(nowMs);
    if (at > nowMs)
        return at - nowMs;
    book(nowMs);
    return 0;
}

qint64 WindowCounter::reserve(qint64 nowMs)
{
    if (unlimited())
        return 0;
    qint64 guard = 0;
    for (const RateWindow& w : m_windows)
        guard = std::max(guard, windowGuardMs(w.lengthMs));
    const qint64 at = earliest(std::max(nowMs, m_last), guard);
    book(at);
    return at - nowMs;
}

qint64 WindowCounter::dailyCapResetAt(qint64 t, int calls) const
{
    qint64 reset = -1;
    for (int i = 0; i < m_windows.size(); ++i) {
        const RateWindow& w = m_windows.at(i);
        const qint64 index = t / w.lengthMs;
        const int used = m_counts.at(i).index == index ? m_counts.at(i).used : 0;
        if (w.lengthMs >= kDayMs && used + calls > w.calls)
            reset = std::max(reset, (index + 1) * w.lengthMs);
    }
    return reset;
}

QString describeWindows(const RateWindows& windows)
{
    QStringList parts;
    for (const RateWindow& w : windows) {
        if (w.calls <= 0)
            continue;
        const QString n = QLocale::c().toString(w.calls);
        if (w.lengthMs == kDayMs)
            parts << QStringLiteral("%1 calls a day").arg(n);
        else if (w.lengthMs == kHourMs)
            parts << QStringLiteral("%1 calls an hour").arg(n);
        else if (w.lengthMs == kMinuteMs)
            parts << QStringLiteral("%1 calls a minute").arg(n);
        else
            parts << QStringLiteral("%1 calls per %2 s").arg(n).arg(double(w.lengthMs) / 1000.0);
    }
    return parts.isEmpty() ? QStringLiteral("no limit") : parts.join(QStringLiteral(" and "));
}

} // namespace banister
