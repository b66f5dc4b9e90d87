// The sandbox request router from raw HTTP bytes: the server's own parser (HttpRequestParser, fed in pieces
// whose size the first byte picks), then SandboxTenant::handle and the wire form of each answer. The tenant's
// configuration is reset after every input so runs do not depend on each other.
#include "sandbox/HttpRequestParser.h"
#include "sandbox/SandboxServer.h"

#include <cstdlib>

using namespace banister::sandbox;

namespace {
struct World
{
    SandboxTenant tenant;
    QJsonObject initial;
    World()
        : tenant([] {
            SandboxOptions o;
            o.scenario = QStringLiteral("ready");
            o.dataRate = {};
            o.userWriteRate = {};
            o.accessKey = QStringLiteral("fuzz-key");
            o.staircaseToken = QStringLiteral("fuzz-token");
            return o;
        }())
        , initial(tenant.saveState())
    {
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static World world;
    if (size == 0)
        return 0;
    HttpLimits limits;
    limits.maxRequestLineBytes = 512;
    limits.maxHeaderCount = 16;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 8192;
    HttpRequestParser parser(limits);
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    int answered = 0;
    for (qsizetype at = 0; at < bytes.size() && parser.state() != HttpRequestParser::State::Error; at += chunk) {
        parser.feed(bytes.mid(at, chunk));
        while (parser.state() == HttpRequestParser::State::Ready && answered < 8) {
            const HttpRequest request = parser.take();
            if (request.body.size() > limits.maxBodyBytes || request.headers.size() > limits.maxHeaderCount)
                std::abort(); // a limit let something through
            const std::optional<SandboxRequest> req = SandboxServer::toSandboxRequest(request);
            const SandboxResponse resp
                = req ? world.tenant.handle(*req, 0) : SandboxServer::transportError(400, QStringLiteral("bad target"));
            if (resp.status < 100 || resp.status > 599 || !resp.body.contains(QLatin1String("result")))
                std::abort(); // every answer is enveloped
            (void)SandboxServer::serialize(resp, request.keepAlive);
            ++answered;
        }
    }
    if (parser.state() == HttpRequestParser::State::Error
        && (parser.errorStatus() < 400 || parser.errorText().isEmpty()))
        std::abort();
    if (answered > 0)
        world.tenant.restoreState(world.initial);
    return 0;
}
