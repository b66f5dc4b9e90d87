#include "net/CallHold.h"

#include <QCoreApplication>
#include <QDateTime>

namespace banister {

namespace {
struct HoldText
{
    Q_DECLARE_TR_FUNCTIONS(banister::CallHold)
};
} // namespace

QString countdownText(qint64 ms)
{
    const qint64 s = std::max<qint64>(1, (ms + 999) / 1000);
    if (s < 60)
        return HoldText::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return HoldText::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    const qint64 minutes = (s + 59) / 60; // rounded up as a whole: 7 199 s is 2 h 0 min, not 1 h 60 min
    return HoldText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString holdText(const CallHold& hold, qint64 nowMs)
{
    const qint64 left = hold.untilMs - nowMs;
    if (left <= 0)
        return {};
    const QString at = QDateTime::fromMSecsSinceEpoch(hold.untilMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    switch (hold.why) {
    case CallHold::Why::DataLimit:
        return HoldText::tr("Waiting for the tenant's limit on data calls: the next call goes out in %1 (at %2).")
            .arg(countdownText(left), at);
    case CallHold::Why::UserWriteLimit:
        return HoldText::tr("Waiting for the tenant's User Management limit: the next call goes out in %1 (at %2).")
            .arg(countdownText(left), at);
    case CallHold::Why::TenantLimit:
        return HoldText::tr("The tenant asked Banister to wait (its rate limit, HTTP 429): the call goes out again in "
                            "%1 (at %2).")
            .arg(countdownText(left), at);
    case CallHold::Why::Retry:
        return HoldText::tr("The tenant did not answer as expected (%1). Trying again in %2 (attempt %3).")
            .arg(hold.reason, countdownText(left),
                 QString::number(hold.attempt + 1)); // one pass: the reason may hold "%2"
    }
    return {};
}

} // namespace banister
