#pragma once

#include "sandbox/HttpRequestParser.h"
#include "sandbox/RouteTable.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace banister::sandbox {

class SandboxServer;

// One client connection: reads bytes into an HttpRequestParser, answers its requests one at a time and in order
// (pipelining), and closes the connection when it idles, stalls half-sent, breaks the limits or asks to.
// States: Idle -bytes-> Receiving -whole request-> Busy -answer written-> Idle (keep-alive) | Closing
//         Receiving -limit or timeout-> Lingering (answer sent, write side shut, input discarded) -> closed
class HttpConnection : public QObject
{
public:
    // rejected: the server is full; the client is told 503 and the connection closed.
    HttpConnection(QTcpSocket* socket, SandboxServer* owner, bool rejected);
    ~HttpConnection() override;

private:
    enum class Wait { None, Idle, Request, Linger };

    void onReadyRead();
    void onBytesWritten();
    void process();
    void dispatch(const HttpRequest& request);
    void answer(const SandboxResponse* resp, bool malformed);
    // Answers with an error and closes without reading more: the byte stream can no longer be trusted.
    // The write side is shut first and the input drained for a moment, so the client reads the answer
    // instead of a connection reset.
    void refuse(const SandboxResponse& response);
    void shutdownWrite();
    void armTimer();
    void onTimeout();

    SandboxServer* m_owner;
    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    bool m_rejected;
    bool m_busy = false;
    bool m_closing = false;
    bool m_lingering = false;
    bool m_shutdown = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
};

} // namespace banister::sandbox
