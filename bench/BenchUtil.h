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

// Measures the gaps between the ticks of a 1 ms timer: how long the event loop was kept from running. Keeps every
// gap, so a run can report its median and 99th percentile besides the worst one.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            if (m_last >= 0) {
                m_gapsUs.push_back(now - m_last);
                if (m_onLongGap && now - m_last > 4000)
                    m_onLongGap(double(now - m_last) / 1000.0);
            }
            m_last = now;
        });
        m_ticker.start(1);
    }
    void stop() { m_ticker.stop(); }
    // Starts a new run: the next gap is measured from the next tick.
    void restart()
    {
        m_gapsUs.clear();
        m_last = -1;
        m_ticker.start(1);
    }
    double worstMs() const
    {
        return m_gapsUs.empty() ? 0.0 : double(*std::max_element(m_gapsUs.begin(), m_gapsUs.end())) / 1000.0;
    }
    double percentileMs(double p) const
    {
        if (m_gapsUs.empty())
            return 0.0;
        std::vector<qint64> g = m_gapsUs;
        const size_t k = std::min(g.size() - 1, size_t(p / 100.0 * double(g.size())));
        std::nth_element(g.begin(), g.begin() + long(k), g.end());
        return double(g[k]) / 1000.0;
    }
    const std::vector<qint64>& gapsUs() const { return m_gapsUs; }
    // Called with every gap over 4 ms (for BANISTER_BENCH_VERBOSE output).
    void onLongGap(std::function<void(double ms)> fn) { m_onLongGap = std::move(fn); }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = -1;
    std::vector<qint64> m_gapsUs;
    std::function<void(double)> m_onLongGap;
};

inline double rounded(double v, int digits = 1)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

} // namespace banister::bench
