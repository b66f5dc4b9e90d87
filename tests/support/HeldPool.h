#pragma once

#include <QSemaphore>
#include <QThreadPool>
#include <atomic>

namespace banister::test {

// Holds the only thread of a pool (Qt's global one, where its raster engine splits large fills, or Banister's
// workers()) for up to holdMs or until this goes: work handed to that pool meanwhile waits. On going it lets go, waits
// for the pool and gives it back its thread count.
class HeldPool
{
public:
    HeldPool(QThreadPool* pool, int holdMs)
        : m_pool(pool)
        , m_threads(m_pool->maxThreadCount())
    {
        m_pool->setMaxThreadCount(1);
        m_pool->start([this, holdMs] {
            m_held.release();
            m_gate.tryAcquire(1, holdMs);
            m_ranOut = true;
        });
        m_held.acquire();
    }
    ~HeldPool()
    {
        m_gate.release();
        m_pool->waitForDone();
        m_pool->setMaxThreadCount(m_threads);
    }
    HeldPool(const HeldPool&) = delete;
    HeldPool& operator=(const HeldPool&) = delete;

    // True once the hold ran out: whatever waited for the pool was let through by the time limit, not by this going.
    bool ranOut() const { return m_ranOut; }

private:
    QThreadPool* m_pool;
    const int m_threads;
    QSemaphore m_held, m_gate;
    std::atomic<bool> m_ranOut { false };
};

} // namespace banister::test
