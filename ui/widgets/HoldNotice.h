#pragma once

#include "net/CallHold.h"
#include "widgets/MessagePanel.h"

#include <QList>
#include <QTimer>

namespace banister {

class TenantClient;

// While one of the client's calls is held back (a rate limit, a retry after a failure) for a second or more: what it
// waits for and a countdown, second by second, until the next held call goes out. Hidden otherwise: once the call
// has ended (TenantClient::callReleased) or its time has come, and after clear() (the page's work ended).
class HoldNotice : public MessagePanel
{
    Q_OBJECT
public:
    explicit HoldNotice(TenantClient* client, QWidget* parent = nullptr);
    void clear();
    static constexpr qint64 kShortestShownMs = 1000; // a shorter hold would only flicker

private:
    void hold(const CallHold& h);
    void refresh();

    QList<CallHold> m_holds;
    QTimer m_tick;
};

} // namespace banister
