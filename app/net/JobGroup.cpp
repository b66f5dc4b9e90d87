#include "net/JobGroup.h"

#include <QTimer>

namespace banister {

JobGroup::JobGroup(QObject* context, Done done)
    : QObject(context)
    , m_done(std::move(done))
{
}

void JobGroup::add(const QString& key, ApiJob* job)
{
    ++m_pending;
    collect(key, job, false);
}

void JobGroup::addQueued(const QString& key, std::function<ApiJob*()> make)
{
    ++m_pending;
    m_queue.append({ key, std::move(make) });
    pump();
}

void JobGroup::pump()
{
    while (m_out < kWindow && !m_queue.isEmpty()) {
        auto [key, make] = m_queue.takeFirst();
        ++m_out;
        collect(key, make(), true);
    }
}

void JobGroup::collect(const QString& key, ApiJob* job, bool queued)
{
    connect(job, &ApiJob::finished, this, [this, key, queued](const ApiResult& r) {
        m_results.insert(key, r);
        --m_pending;
        if (queued) {
            --m_out;
            pump();
        }
        check();
    });
}

void JobGroup::seal()
{
    m_sealed = true;
    QTimer::singleShot(0, this, &JobGroup::check);
}

void JobGroup::check()
{
    if (!m_sealed || m_pending > 0 || !m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(m_results);
    deleteLater();
}

QString JobGroup::firstError(const QHash<QString, ApiResult>& results)
{
    QStringList keys = results.keys();
    keys.sort(); // the same failure reads the same every time
    for (const QString& key : keys)
        if (!results.value(key).ok())
            return key + QStringLiteral(": ") + results.value(key).error.message();
    return {};
}

} // namespace banister
