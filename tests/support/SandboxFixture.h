#pragma once

#include "core/Profile.h"
#include "net/TenantClient.h"
#include "sandbox/SandboxServer.h"

#include <functional>
#include <memory>
#include <optional>

namespace banister::test {

// A sandbox tenant on a random loopback port plus a TenantClient pointed at it, with fast retries so fault
// tests finish in milliseconds. Rates are unlimited unless a test sets them.
class SandboxFixture
{
public:
    explicit SandboxFixture(const QString& scenario = QStringLiteral("ready"),
                            const std::function<void(sandbox::SandboxOptions&)>& tweak = {});

    bool ok() const { return m_server && m_server->port() != 0; }
    sandbox::SandboxServer& server() { return *m_server; }
    TenantClient& client() { return *m_client; }
    QString url() const { return m_server->url().toString(); }

    // Waits (event loop running) for the job's terminal signal; fails the test on timeout.
    static ApiResult wait(ApiJob* job, int timeoutMs = 15000);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<TenantClient> m_client;
};

// A profile shipped in the source tree's resources/profiles (e.g. "sandbox-messy-users.json"): its path, and the
// profile loaded (empty if it does not load).
QString shippedProfilePath(const QString& file);
std::optional<Profile> shippedProfile(const QString& file);

// Writes bytes to dir/name and returns the path (test input files).
QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes);

// A port on 127.0.0.1 where nothing listens (bound, read, released).
quint16 unusedLoopbackPort();

} // namespace banister::test
