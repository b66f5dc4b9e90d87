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
    connect(job, &ApiJob::finished, this, [this, key](const ApiResult& r) {
        m_results.insert(key, r);
        --m_pending;
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
