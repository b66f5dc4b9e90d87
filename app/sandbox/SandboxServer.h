#pragma once

#include "sandbox/HttpRequestParser.h"
#include "sandbox/SandboxTenant.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>
#include <random>

class QTcpServer;
class QTcpSocket;

namespace banister::sandbox {

class HttpConnection;

// How much of the server one client may hold, and for how long.
struct ServerLimits
{
    HttpLimits request;
    int idleTimeoutMs = 5000; // a kept-alive connection with no request in flight is closed after this
    int requestTimeoutMs = 10000; // a request must arrive whole within this from its first byte (408 after)
    int maxConnections = 128; // more get 503 and are closed (also capped below the process's open-file limit)
};

// Puts a SandboxTenant on the wire: an HTTP/1.1 server on loopback, with latency and fault injection
// (5xx, dropped connections, truncated JSON) drawn from a seeded generator so every run is reproducible.
// The transport is our own (QTcpServer + HttpRequestParser), not QHttpServer: QHttpServer 6.4 has no request
// limits or timeouts and ignores "Connection: close", and its API changes between Qt versions.
// With options.statePath, every change to the tenant's configuration is written there, at most once per
// stateWriteInterval and always once more when the server is destroyed.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads options.statePath if it exists. Returns an error text or empty.
    QString loadState();

    // Listens on 127.0.0.1:port (0 = any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0, const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    QUrl url() const;

    SandboxTenant& tenant() { return m_tenant; }
    const QString& accessKey() const { return m_tenant.accessKey(); }
    const QString& staircaseToken() const { return m_tenant.staircaseToken(); }

    void setLatency(int ms) { m_options.latencyMs = ms; }
    void setFaults(double ratio5xx, double ratioDrop, double ratioMalformed);
    void setLimits(const ServerLimits& limits) { m_limits = limits; }
    const ServerLimits& limits() const { return m_limits; }
    void setStateWriteInterval(int ms) { m_saveTimer.setInterval(ms); }
    quint64 requestCount() const { return m_requests; }
    quint64 stateWrites() const { return m_stateWrites; }
    int openConnections() const { return m_connections; }

    // Writes the state file now if the tenant changed since the last write. Returns an error text or empty.
    QString flushState();

    // Called by the transport for each parsed request; reply runs once (maybe later, with latency).
    void serve(const SandboxRequest& request, std::function<void(const SandboxResponse*, bool malformed)> reply);

    // The wire form of an enveloped response (status line, headers, JSON body).
    static QByteArray serialize(const SandboxResponse& response, bool keepAlive, bool truncateBody = false,
                                bool http10 = false);
    // Gainsight's envelope for an error the transport answers itself (413, 431, 503...).
    static SandboxResponse transportError(int status, const QString& text);
    // The tenant-side request for a parsed HTTP request, or nullopt if its target is not a URL.
    static std::optional<SandboxRequest> toSandboxRequest(const HttpRequest& request);

private:
    void onNewConnection();
    void connectionClosed(bool rejected);
    void stateMaybeChanged();

    SandboxOptions m_options;
    SandboxTenant m_tenant;
    ServerLimits m_limits;
    std::unique_ptr<QTcpServer> m_tcp;
    std::mt19937 m_faultRng;
    QTimer m_saveTimer;
    QTimer m_resumeAccept;
    quint16 m_port = 0;
    quint64 m_requests = 0;
    quint64 m_savedVersion = 0;
    quint64 m_stateWrites = 0;
    int m_connections = 0;
    int m_rejecting = 0;
    int m_connectionCap = 0;

    friend class HttpConnection;
};

} // namespace banister::sandbox
