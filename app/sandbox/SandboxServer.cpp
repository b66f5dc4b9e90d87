#include "sandbox/SandboxServer.h"

#include "core/Log.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QSaveFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace banister::sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}
} // namespace

// Subclassing QAbstractHttpServer (instead of QHttpServer's router) gives one entry point for every request,
// so auth, rate limits, faults and JSON 404/405s apply uniformly, and no typed path argument can overflow.
class HttpTransport : public QAbstractHttpServer
{
public:
    explicit HttpTransport(SandboxServer* owner)
        : m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        // Small responses must leave at once: with Nagle on, a client's delayed ACK adds ~40 ms per request.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        SandboxRequest req;
        req.method = methodName(request.method());
        req.path = request.url().path(QUrl::FullyDecoded);
        req.query = QUrlQuery(request.url());
        req.body = request.body();
        for (const auto& h : request.headers())
            req.headers.insert(h.first.toLower(), h.second);

        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        m_owner->serve(req, [responder, guard](const SandboxResponse* resp, bool malformed) {
            // The client may have gone away while a delayed answer waited: writing then would touch a freed socket.
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            if (!resp) {
                guard->abort();
                return;
            }
            QByteArray body = QJsonDocument(resp->body).toJson(QJsonDocument::Compact);
            if (malformed)
                body.truncate(body.size() / 2);
            responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(resp->status));
            responder->writeHeader("Content-Type", "application/json");
            responder->writeHeader("Content-Length", QByteArray::number(body.size()));
            for (const auto& h : resp->headers)
                responder->writeHeader(h.first, h.second);
            responder->writeBody(body);
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override { }

private:
    SandboxServer* m_owner;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_tenant(std::move(options))
    , m_transport(std::make_unique<HttpTransport>(this))
    , m_faultRng(m_options.seed ^ 0x5EEDF00Du)
{
    m_clock.start();
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::loadState()
{
    if (m_options.statePath.isEmpty() || !QFile::exists(m_options.statePath))
        return {};
    QFile f(m_options.statePath);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    return m_tenant.restoreState(QJsonDocument::fromJson(f.readAll()).object());
}

quint16 SandboxServer::listen(quint16 port, const QHostAddress& address)
{
    m_port = m_transport->listen(address, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "could not listen on" << address.toString() << port;
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
        static const int codes[] = {500, 502, 503};
        resp = std::make_shared<SandboxResponse>();
        resp->status = codes[m_requests % 3];
        resp->body = QJsonObject{{QStringLiteral("result"), false},
                                 {QStringLiteral("errorCode"), QStringLiteral("GS_UNAVAILABLE")},
                                 {QStringLiteral("errorDesc"), QStringLiteral("The tenant is temporarily unavailable.")},
                                 {QStringLiteral("data"), QJsonValue::Null},
                                 {QStringLiteral("requestId"), QStringLiteral("sbx-fault-%1").arg(m_requests)}};
    } else {
        // Drops and truncation happen after the tenant handled the request: a write may have taken effect
        // although the client never heard the answer, which is what idempotent writes must survive.
        resp = std::make_shared<SandboxResponse>(m_tenant.handle(request, m_clock.elapsed()));
        if (!m_options.statePath.isEmpty() && request.method != "GET" && resp->status < 400) {
            QSaveFile f(m_options.statePath);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(QJsonDocument(m_tenant.saveState()).toJson());
                f.commit();
            }
        }
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
