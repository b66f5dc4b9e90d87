#pragma once

// Shared by the benchmarks: one JSON object per output line, and waiting on the event loop with a bound.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace banister::bench {

inline void line(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Runs the event loop until done() or the timeout. It sleeps in the event dispatcher between events, as the app
// does in exec(): a busy loop here would compete with the sandbox and worker threads for the two cores.
template <typename Pred> void spinUntil(Pred done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    QTimer wake; // done() may turn true in another thread, and the timeout needs checking
    wake.start(5);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// The CPU time this thread has used, in microseconds.
inline qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// Measures the gaps between the ticks of a 1 ms timer: how long the event loop was kept from running. Keeps every
// gap, so a run can report its median and 99th percentile besides the worst one. Beside each gap it keeps the CPU
// time the thread itself used in it: the thread's own work, where the rest of a long gap is time the thread was ready
// but not running (another process, or the hypervisor, had the core). A pause the hypervisor does not account as
// steal can still be charged to the thread, so the CPU figure is an upper bound of the work.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            const qint64 cpu = threadCpuUs();
            if (m_last >= 0) {
                m_gapsUs.push_back(now - m_last);
                m_cpuUs.push_back(cpu - m_lastCpu);
                if (m_onLongGap && now - m_last > 4000)
                    m_onLongGap(double(now - m_last) / 1000.0, double(cpu - m_lastCpu) / 1000.0);
            }
            if (m_onTick)
                m_onTick();
            m_last = now;
            m_lastCpu = cpu;
        });
        m_ticker.start(1);
    }
    void stop() { m_ticker.stop(); }
    // Starts a new run: the next gap is measured from the next tick.
    void restart()
    {
        m_gapsUs.clear();
        m_cpuUs.clear();
        m_last = -1;
        m_ticker.start(1);
    }
    double worstMs() const { return double(largest(m_gapsUs)) / 1000.0; }
    double percentileMs(double p) const
    {
        if (m_gapsUs.empty())
            return 0.0;
        std::vector<qint64> g = m_gapsUs;
        const size_t k = std::min(g.size() - 1, size_t(p / 100.0 * double(g.size())));
        std::nth_element(g.begin(), g.begin() + long(k), g.end());
        return double(g[k]) / 1000.0;
    }
    // The CPU time the thread used within the longest gap: near the gap itself when the thread was working, near 0
    // when it was kept from running.
    double worstGapCpuMs() const
    {
        if (m_gapsUs.empty())
            return 0.0;
        const auto worst = std::max_element(m_gapsUs.begin(), m_gapsUs.end()) - m_gapsUs.begin();
        return double(m_cpuUs.at(size_t(worst))) / 1000.0;
    }
    // The most CPU time the thread used within any one gap.
    double worstCpuMs() const { return double(largest(m_cpuUs)) / 1000.0; }
    const std::vector<qint64>& gapsUs() const { return m_gapsUs; }
    // Called with every gap over 4 ms and the CPU time the thread used in it (for BANISTER_BENCH_VERBOSE output).
    void onLongGap(std::function<void(double ms, double cpuMs)> fn) { m_onLongGap = std::move(fn); }
    // Called at every tick, after onLongGap: where a caller that watches events starts its next gap.
    void onTick(std::function<void()> fn) { m_onTick = std::move(fn); }

private:
    static qint64 largest(const std::vector<qint64>& us)
    {
        return us.empty() ? 0 : *std::max_element(us.begin(), us.end());
    }

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = -1, m_lastCpu = 0;
    std::vector<qint64> m_gapsUs, m_cpuUs;
    std::function<void(double, double)> m_onLongGap;
    std::function<void()> m_onTick;
};

inline double rounded(double v, int digits = 1)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

} // namespace banister::bench
