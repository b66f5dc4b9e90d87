#include "net/Workers.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <algorithm>

namespace banister {

namespace {
struct WorkerPool : QThreadPool
{
    WorkerPool()
    {
        setObjectName(QStringLiteral("banister-workers"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        // Drained as the application object goes, as Qt drains its own pool: not later, among static destructors.
        qAddPostRoutine(&drain);
    }
    static void drain();
};
Q_GLOBAL_STATIC(WorkerPool, s_workers)

void WorkerPool::drain()
{
    if (s_workers.exists())
        s_workers->waitForDone();
}
} // namespace

QThreadPool* workers()
{
    return s_workers();
}

} // namespace banister
