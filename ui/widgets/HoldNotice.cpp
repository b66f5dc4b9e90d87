#include "widgets/HoldNotice.h"

#include "net/TenantClient.h"

#include <QDateTime>
#include <algorithm>

namespace banister {

HoldNotice::HoldNotice(TenantClient* client, QWidget* parent)
    : MessagePanel(MessagePanel::Kind::Info, parent)
{
    // Single-shot and precise: it fires when the shown second runs out, not up to 5 % off a one-second beat.
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &HoldNotice::refresh);
    connect(client, &TenantClient::callHeldBack, this, &HoldNotice::hold);
    connect(client, &TenantClient::callReleased, this, [this](quint64 call) {
        // A call that went out, failed or was aborted (a page moved on) holds nothing any more.
        if (m_holds.removeIf([call](const CallHold& h) { return h.call == call; }) > 0)
            refresh();
    });
}

void HoldNotice::clear()
{
    m_holds.clear();
    refresh();
}

void HoldNotice::hold(const CallHold& h)
{
    if (h.untilMs - QDateTime::currentMSecsSinceEpoch() < kShortestShownMs)
        return;
    m_holds.removeIf([&h](const CallHold& o) { return o.call == h.call; }); // a call's latest hold is the one
    m_holds << h;
    refresh();
}

void HoldNotice::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_holds.removeIf([now](const CallHold& h) { return h.untilMs <= now; });
    if (m_holds.isEmpty()) {
        m_tick.stop();
        setText({});
        return;
    }
    // The call that goes out next is the one the admin waits for.
    const CallHold& next = *std::min_element(
        m_holds.cbegin(), m_holds.cend(), [](const CallHold& a, const CallHold& b) { return a.untilMs < b.untilMs; });
    setText(holdText(next, now));
    // The countdown shows whole seconds, rounded up: the text changes when what is left crosses the next one.
    const qint64 left = next.untilMs - now;
    m_tick.start(int(left % 1000 == 0 ? 1000 : left % 1000) + 1);
}

} // namespace banister
