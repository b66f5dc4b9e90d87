#include "sandbox/SandboxServer.h"

#include "sandbox/HttpConnection.h"

#include <QDateTime>

#include "core/Log.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/socket.h>
#endif

namespace banister::sandbox {

namespace {
constexpr int kMaxRejecting = 64; // refused connections still being told 503; beyond, reset at once
} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_tenant(std::move(options))
    , m_tcp(std::make_unique<QTcpServer>())
    , m_faultRng(m_options.seed ^ 0x5EEDF00Du)
{
    m_limits.request.maxBodyBytes = SandboxTenant::kMaxBodyBytes;
    m_savedVersion = m_tenant.stateVersion();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flushState(); });
    m_resumeAccept.setSingleShot(true);
    connect(&m_resumeAccept, &QTimer::timeout, this, [this] { m_tcp->resumeAccepting(); });
    connect(m_tcp.get(), &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    // Out of file descriptors (EMFILE) QTcpServer pauses accepting for good; try again shortly instead.
    connect(m_tcp.get(), &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError e) {
        qCWarning(lcSandbox) << "accept failed:" << e;
        m_resumeAccept.start(100);
    });
}

SandboxServer::~SandboxServer()
{
    flushState();
    m_tcp->close();
    qDeleteAll(findChildren<HttpConnection*>(QString(), Qt::FindDirectChildrenOnly));
}

QString SandboxServer::loadState()
{
    if (m_options.statePath.isEmpty() || !QFile::exists(m_options.statePath))
        return {};
    QFile f(m_options.statePath);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    const QString error = m_tenant.restoreState(QJsonDocument::fromJson(f.readAll()).object());
    m_savedVersion = m_tenant.stateVersion();
    return error;
}

QString SandboxServer::flushState()
{
    m_saveTimer.stop();
    if (m_options.statePath.isEmpty() || m_tenant.stateVersion() == m_savedVersion)
        return {};
    QSaveFile f(m_options.statePath);
    QString error;
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(m_tenant.saveState()).toJson()) < 0 || !f.commit())
        error = f.errorString();
    if (!error.isEmpty()) {
        qCWarning(lcSandbox).noquote() << "cannot write the state file" << m_options.statePath << ":" << error;
        return error;
    }
    m_savedVersion = m_tenant.stateVersion();
    ++m_stateWrites;
    return {};
}

void SandboxServer::stateMaybeChanged()
{
    if (!m_options.statePath.isEmpty() && m_tenant.stateVersion() != m_savedVersion && !m_saveTimer.isActive())
        m_saveTimer.start();
}

quint16 SandboxServer::listen(quint16 port, const QHostAddress& address)
{
    m_connectionCap = m_limits.maxConnections;
#ifdef Q_OS_UNIX
    // Keep room for the files and sockets the process needs besides its clients.
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        m_connectionCap = int(std::min<rlim_t>(rlim_t(m_connectionCap), std::max<rlim_t>(rl.rlim_cur, 48) - 40));
#endif
    m_connectionCap = std::max(m_connectionCap, 1);
    m_port = m_tcp->listen(address, port) ? m_tcp->serverPort() : 0;
    if (m_port == 0)
        qCWarning(lcSandbox) << "could not listen on" << address.toString() << port << m_tcp->errorString();
    return m_port;
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

void SandboxServer::setFaults(double ratio5xx, double ratioDrop, double ratioMalformed)
{
    m_options.fault5xx = ratio5xx;
    m_options.faultDrop = ratioDrop;
    m_options.faultMalformed = ratioMalformed;
}

void SandboxServer::onNewConnection()
{
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        if (m_connections < m_connectionCap) {
            ++m_connections;
            new HttpConnection(socket, this, false);
        } else if (m_rejecting < kMaxRejecting) {
            ++m_rejecting;
            new HttpConnection(socket, this, true);
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void SandboxServer::connectionClosed(bool rejected)
{
    if (rejected)
        --m_rejecting;
    else
        --m_connections;
}

SandboxResponse SandboxServer::transportError(int status, const QString& text)
{
    static const QHash<int, const char*> codes { { 400, "GS_BAD_REQUEST" },  { 408, "GS_TIMEOUT" },
                                                 { 411, "GS_BAD_REQUEST" },  { 413, "GS_PAYLOAD_TOO_LARGE" },
                                                 { 414, "GS_URI_TOO_LONG" }, { 431, "GS_HEADERS_TOO_LARGE" },
                                                 { 503, "GS_UNAVAILABLE" },  { 505, "GS_BAD_REQUEST" } };
    SandboxResponse r;
    r.status = status;
    r.body = QJsonObject { { QStringLiteral("result"), false },
                           { QStringLiteral("errorCode"), QLatin1String(codes.value(status, "GS_BAD_REQUEST")) },
                           { QStringLiteral("errorDesc"), text },
                           { QStringLiteral("data"), QJsonValue::Null },
                           { QStringLiteral("requestId"), QJsonValue::Null } };
    return r;
}

QByteArray SandboxServer::serialize(const SandboxResponse& response, bool keepAlive, bool truncateBody, bool http10)
{
    QByteArray body
        = response.rawBody.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact) : response.rawBody;
    if (truncateBody)
        body.truncate(body.size() / 2);
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (http10)
        out += "Connection: keep-alive\r\n";
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

std::optional<SandboxRequest> SandboxServer::toSandboxRequest(const HttpRequest& request)
{
    const QUrl url = QUrl::fromEncoded(QByteArray("http://sandbox") + request.target, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    SandboxRequest req;
    req.method = request.method;
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url);
    req.body = request.body;
    for (const auto& h : request.headers)
        req.headers.insert(h.first, h.second);
    return req;
}

void SandboxServer::serve(const SandboxRequest& request,
                          std::function<void(const SandboxResponse*, bool malformed)> reply)
{
    ++m_requests;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    // Draw all three every time so one fault's ratio does not shift the others' sequence.
    const double r5xx = u(m_faultRng), rDrop = u(m_faultRng), rBad = u(m_faultRng);

    std::shared_ptr<SandboxResponse> resp;
    bool drop = false;
    bool malformed = false;
    if (r5xx < m_options.fault5xx) {
        // Fails before the tenant sees the request: nothing changed, like a gateway error.
        static const int codes[] = { 500, 502, 503 };
        resp = std::make_shared<SandboxResponse>();
        resp->status = codes[m_requests % 3];
        resp->body
            = QJsonObject { { QStringLiteral("result"), false },
                            { QStringLiteral("errorCode"), QStringLiteral("GS_UNAVAILABLE") },
                            { QStringLiteral("errorDesc"), QStringLiteral("The tenant is temporarily unavailable.") },
                            { QStringLiteral("data"), QJsonValue::Null },
                            { QStringLiteral("requestId"), QStringLiteral("sbx-fault-%1").arg(m_requests) } };
    } else {
        // Drops and truncation happen after the tenant handled the request: a write may have taken effect
        // although the client never heard the answer, which is what idempotent writes must survive.
        resp = std::make_shared<SandboxResponse>(m_tenant.respond(request, QDateTime::currentMSecsSinceEpoch()));
        stateMaybeChanged();
        drop = rDrop < m_options.faultDrop;
        malformed = !drop && rBad < m_options.faultMalformed;
    }
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << (drop ? 0 : resp->status);
    auto send = [reply = std::move(reply), resp, drop, malformed] { reply(drop ? nullptr : resp.get(), malformed); };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, send);
    else
        send();
}

} // namespace banister::sandbox
