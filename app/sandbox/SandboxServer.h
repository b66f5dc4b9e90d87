#pragma once

#include "sandbox/SandboxTenant.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <memory>
#include <random>

namespace banister::sandbox {

class HttpTransport;

// Puts a SandboxTenant on the wire: an HTTP server on loopback, with latency and fault injection
// (5xx, dropped connections, truncated JSON) drawn from a seeded generator so every run is reproducible.
// All QHttpServer code lives in this class's .cpp: the QHttpServer API changes between Qt versions.
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
    quint64 requestCount() const { return m_requests; }

    // Called by the transport for each parsed request.
    void serve(const SandboxRequest& request, std::function<void(const SandboxResponse*, bool malformed)> reply);

private:
    SandboxOptions m_options;
    SandboxTenant m_tenant;
    std::unique_ptr<HttpTransport> m_transport;
    QElapsedTimer m_clock;
    std::mt19937 m_faultRng;
    quint16 m_port = 0;
    quint64 m_requests = 0;
};

} // namespace banister::sandbox
