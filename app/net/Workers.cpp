#include "net/Workers.h"

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
    }
};
Q_GLOBAL_STATIC(WorkerPool, s_workers)
} // namespace

QThreadPool* workers()
{
    return s_workers();
}

} // namespace banister
