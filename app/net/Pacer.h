#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace banister {

// Client-side pacing to a tenant's documented rate limit, so 429s are the exception: a token bucket (burst = the
// limit) from which each call reserves its slot. reserve() answers how long the caller must wait before sending;
// calls made while the bucket is empty queue up behind each other.
class Pacer
{
public:
    Pacer();
    void setLimit(int calls, qint64 periodMs); // calls <= 0: unlimited
    bool isUnlimited() const { return m_calls <= 0; }
    qint64 reserve();
    qint64 reserveAt(qint64 nowMs); // for tests

private:
    int m_calls = 0;
    qint64 m_periodMs = 60000;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    QElapsedTimer m_clock;
};

} // namespace banister
