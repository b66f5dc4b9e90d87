#include "support/SandboxFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace banister::test {

SandboxFixture::SandboxFixture(const QString& scenario, const std::function<void(sandbox::SandboxOptions&)>& tweak)
{
    sandbox::SandboxOptions opts;
    opts.scenario = scenario;
    opts.dataRate = {};
    opts.userWriteRate = {};
    if (tweak)
        tweak(opts);
    m_server = std::make_unique<sandbox::SandboxServer>(opts);
    m_server->listen(0);
    m_client = std::make_unique<TenantClient>();
    RetryPolicy fast;
    fast.baseMs = 2;
    fast.capMs = 20;
    m_client->setRetryPolicy(fast);
    m_client->setTimeoutMs(5000);
    m_client->setRateLimit(TenantClient::RateClass::Data, 0, 60000); // the sandbox here is unlimited too
    m_client->setRateLimit(TenantClient::RateClass::UserWrites, 0, 60000);
    m_client->setGainsight(url(), m_server->accessKey());
    m_client->setStaircase(url(), m_server->staircaseToken());
}

ApiResult SandboxFixture::wait(ApiJob* job, int timeoutMs)
{
    ApiResult result;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&](const ApiResult& r) {
        result = r;
        done = true;
    });
    QSignalSpy spy(job, &ApiJob::finished);
    if (!done && !spy.wait(timeoutMs))
        qWarning("job did not finish within %d ms", timeoutMs);
    return result;
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

quint16 unusedLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString shippedProfilePath(const QString& file)
{
    return qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/resources/profiles/") + file;
}

std::optional<Profile> shippedProfile(const QString& file)
{
    return loadProfile(shippedProfilePath(file)).profile;
}

} // namespace banister::test
