#include "widgets/HoldNotice.h"

#include "net/TenantClient.h"

#include <QDateTime>
#include <algorithm>

namespace banister {

HoldNotice::HoldNotice(TenantClient* client, QWidget* parent)
    : MessagePanel(MessagePanel::Kind::Info, parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &HoldNotice::refresh);
    connect(client, &TenantClient::callHeldBack, this, &HoldNotice::hold);
}

void HoldNotice::clear()
{
    m_holds.clear();
    refresh();
}

void HoldNotice::hold(const CallHold& h)
{
    if (h.untilMs - m_clock() < kShortestShownMs)
        return;
    m_holds << h;
    refresh();
}

void HoldNotice::refresh()
{
    const qint64 now = m_clock();
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
    if (!m_tick.isActive())
        m_tick.start();
}

} // namespace banister
