#pragma once

#include <QSemaphore>
#include <QThreadPool>
#include <atomic>

namespace banister::test {

// Holds the only thread of Qt's global pool (QThreadPool::globalInstance(), where its raster engine splits large fills)
// for up to holdMs or until this goes: work handed to that pool meanwhile waits. On going it lets go, waits for the
// pool and gives it back its thread count.
class HeldGlobalPool
{
public:
    explicit HeldGlobalPool(int holdMs)
        : m_pool(QThreadPool::globalInstance())
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
    ~HeldGlobalPool()
    {
        m_gate.release();
        m_pool->waitForDone();
        m_pool->setMaxThreadCount(m_threads);
    }
    HeldGlobalPool(const HeldGlobalPool&) = delete;
    HeldGlobalPool& operator=(const HeldGlobalPool&) = delete;

    // True once the hold ran out: whatever waited for the pool was let through by the time limit, not by this going.
    bool ranOut() const { return m_ranOut; }

private:
    QThreadPool* m_pool;
    const int m_threads;
    QSemaphore m_held, m_gate;
    std::atomic<bool> m_ranOut { false };
};

} // namespace banister::test
