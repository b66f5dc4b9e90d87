#pragma once

// Shared by the benchmarks: one JSON object per output line, and waiting on the event loop with a bound.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace banister::bench {

inline void line(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

template <typename Pred>
void spinUntil(Pred done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// Measures the longest gap between the ticks of a 1 ms timer: how long the event loop was kept from running.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            if (m_last >= 0)
                m_worstUs = std::max(m_worstUs, now - m_last);
            m_last = now;
        });
        m_ticker.start(1);
    }
    void stop() { m_ticker.stop(); }
    double worstMs() const { return double(m_worstUs) / 1000.0; }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = -1;
    qint64 m_worstUs = 0;
};

} // namespace banister::bench
