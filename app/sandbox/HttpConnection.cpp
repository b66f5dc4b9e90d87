#include "sandbox/HttpConnection.h"

#include "sandbox/SandboxServer.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace banister::sandbox {

namespace {
constexpr int kLingerMs = 2000; // how long a refused client may keep sending before we reset it
constexpr qint64 kReadChunk = 64 * 1024; // socket read buffer: the rest waits in the kernel (backpressure)
constexpr qint64 kMaxUnsentBytes = 1 << 20; // a client that does not read its answers gets no more of them
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, SandboxServer* owner, bool rejected)
    : QObject(owner)
    , m_owner(owner)
    , m_socket(socket)
    , m_parser(owner->m_limits.request)
    , m_rejected(rejected)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadChunk);
    // Small responses must leave at once: with Nagle on, a client's delayed ACK adds ~40 ms per request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (rejected) {
        SandboxResponse busy = SandboxServer::transportError(
            503, QStringLiteral("The sandbox has too many open connections; try again shortly."));
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        refuse(busy);
        return;
    }
    armTimer();
}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
    m_owner->connectionClosed(m_rejected);
}

void HttpConnection::onReadyRead()
{
    if (m_lingering) {
        m_socket->readAll(); // discarded: the answer is out, the client only has to notice
        return;
    }
    process();
}

void HttpConnection::onBytesWritten()
{
    if (m_lingering && m_socket->bytesToWrite() == 0)
        shutdownWrite();
    else if (!m_busy && !m_closing && m_socket->bytesToWrite() < kMaxUnsentBytes)
        process();
}

void HttpConnection::process()
{
    if (m_busy || m_closing || !m_socket || m_socket->bytesToWrite() >= kMaxUnsentBytes)
        return;
    if (m_parser.state() == HttpRequestParser::State::NeedMore && m_socket->bytesAvailable() > 0)
        m_parser.feed(m_socket->read(kReadChunk));
    switch (m_parser.state()) {
    case HttpRequestParser::State::Error:
        refuse(SandboxServer::transportError(m_parser.errorStatus(), m_parser.errorText()));
        return;
    case HttpRequestParser::State::Ready:
        dispatch(m_parser.take());
        return;
    case HttpRequestParser::State::NeedMore:
        if (m_parser.wantsContinue()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.markContinueSent();
        }
        armTimer();
        if (m_socket->bytesAvailable() > 0) // more than one chunk arrived at once
            QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
        return;
    }
}

void HttpConnection::dispatch(const HttpRequest& request)
{
    m_busy = true;
    m_timer.stop();
    m_wait = Wait::None;
    m_keepAlive = request.keepAlive;
    m_http10 = request.minorVersion == 0;
    const std::optional<SandboxRequest> req = SandboxServer::toSandboxRequest(request);
    if (!req) {
        refuse(SandboxServer::transportError(400, QStringLiteral("The request target is not a valid URL path.")));
        return;
    }
    QPointer<HttpConnection> self(this);
    m_owner->serve(*req, [self](const SandboxResponse* resp, bool malformed) {
        if (self)
            self->answer(resp, malformed);
    });
}

void HttpConnection::answer(const SandboxResponse* resp, bool malformed)
{
    // The client may have gone away while a delayed answer waited.
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!resp) { // fault injection: the connection drops after the tenant handled the request
        m_closing = true;
        m_socket->abort();
        deleteLater();
        return;
    }
    m_socket->write(SandboxServer::serialize(*resp, m_keepAlive, malformed, m_http10));
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::refuse(const SandboxResponse& response)
{
    m_closing = true;
    m_busy = false;
    m_lingering = true;
    m_socket->write(SandboxServer::serialize(response, false));
    m_wait = Wait::Linger;
    m_timer.start(kLingerMs);
}

void HttpConnection::shutdownWrite()
{
    if (m_shutdown)
        return;
    m_shutdown = true;
    m_socket->flush();
#ifdef Q_OS_UNIX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::armTimer()
{
    if (m_parser.inRequest()) {
        if (m_wait != Wait::Request) { // from the request's first byte: trickling does not extend it
            m_wait = Wait::Request;
            m_timer.start(m_owner->m_limits.requestTimeoutMs);
        }
    } else if (m_wait != Wait::Idle) {
        m_wait = Wait::Idle;
        m_timer.start(m_owner->m_limits.idleTimeoutMs);
    }
}

void HttpConnection::onTimeout()
{
    switch (m_wait) {
    case Wait::Idle:
        m_closing = true;
        m_socket->disconnectFromHost();
        break;
    case Wait::Request:
        refuse(SandboxServer::transportError(
            408,
            QStringLiteral("The request did not arrive whole within %1 ms.").arg(m_owner->m_limits.requestTimeoutMs)));
        break;
    case Wait::Linger:
    case Wait::None:
        m_socket->abort();
        deleteLater();
        break;
    }
}

} // namespace banister::sandbox
