#include "net/ApiJob.h"

#include "core/Log.h"
#include "core/WhenFinished.h"
#include "net/Envelope.h"
#include "net/Workers.h"

#include <QDateTime>
#include <QHstsPolicy>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace banister {

namespace {
// A request body that can be read once and never rewound. Qt resends a request by itself when a connection
// drops before the answer, but only if it can rewind the body (ContentReSendError otherwise): with this body a
// non-idempotent call reaches the tenant at most once.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Scheme, host and port, with the scheme's default port filled in: what "the same tenant" means for a redirect.
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto port = [](const QUrl& u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}
} // namespace

ApiJob::ApiJob(QNetworkAccessManager* nam, Spec spec, RetryPolicy policy, ApiError presetError, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
    , m_policy(policy)
    , m_presetError(std::move(presetError))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early, which would arrive before the tenant's Retry-After has passed.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &ApiJob::transmit);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiJob::onDeadline);
    // Start on the next event-loop turn so the caller can connect to finished() first.
    QTimer::singleShot(0, this, &ApiJob::start);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiJob::describe() const
{
    return QString::fromLatin1(m_spec.method) + QLatin1Char(' ') + m_spec.request.url().path();
}

void ApiJob::start()
{
    if (m_done)
        return;
    m_clock.start();
    if (m_presetError.isError()) {
        ApiResult r;
        r.error = m_presetError;
        finish(r);
        return;
    }
    send();
}

void ApiJob::send()
{
    if (m_done)
        return;
    const PaceSlot slot = m_spec.pace ? m_spec.pace() : PaceSlot {};
    if (slot.capped) {
        // A daily cap is used up: waiting until it resets would look like a hang, so the call ends here, unsent,
        // saying when it may go (the tenant's 429 at its cap says the same through Retry-After).
        ApiResult r;
        r.error = ApiError::capped(slot.resumeAtMs, slot.resumeAtMs - slot.waitMs, m_spec.request.url().host());
        finish(r);
        return;
    }
    const qint64 wait = slot.waitMs;
    if (wait > 0) {
        Q_EMIT pacing(wait);
        m_paceTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    transmit();
}

void ApiJob::transmit()
{
    if (m_done)
        return;
    ++m_attempts;
    m_refusedRedirect.clear();
    m_deadlineHit = false;
    QNetworkRequest req = m_spec.request;
    req.setTransferTimeout(m_spec.timeoutMs);
    // Qt's own policies follow a same-scheme redirect to any host, with our headers: each one is checked here.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    QNetworkAccessManager* nam = m_nam;
    if (!m_spec.idempotent) {
        // A manager of its own: a fresh connection that no earlier call kept alive (a kept-alive connection the
        // server closes just as we send is what makes Qt resend), closed after the answer.
        delete m_ownNam;
        m_ownNam = new QNetworkAccessManager(this);
        m_ownNam->setProxy(m_nam->proxy());
        m_ownNam->setStrictTransportSecurityEnabled(m_nam->isStrictTransportSecurityEnabled());
        m_ownNam->addStrictTransportSecurityHosts(m_nam->strictTransportSecurityHosts());
        req.setRawHeader("Connection", "close");
        nam = m_ownNam;
    }
    if (m_spec.method == "GET") {
        m_reply = nam->get(req);
    } else if (!m_spec.idempotent) {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_spec.body, nullptr);
        m_reply = nam->sendCustomRequest(req, m_spec.method, body);
        body->setParent(m_reply);
    } else {
        m_reply = nam->sendCustomRequest(req, m_spec.method, m_spec.body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    m_deadlineTimer.start(std::max(1, m_spec.deadlineMs));
}

void ApiJob::onRedirected(const QUrl& target)
{
    if (!m_reply)
        return;
    if (sameOrigin(m_spec.request.url(), target)) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_refusedRedirect = target;
    m_reply->abort(); // finished() follows, classified as RedirectRefused
}

void ApiJob::onDeadline()
{
    if (!m_reply)
        return;
    m_deadlineHit = true;
    m_reply->abort(); // finished() follows, classified as Timeout
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    m_paceTimer.stop();
    m_deadlineTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    ApiResult r;
    r.error.kind = ErrorKind::Canceled;
    finish(r);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    m_deadlineTimer.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && !m_deadlineHit && !m_refusedRedirect.isValid() && m_spec.idempotent
        && reply->bytesAvailable() >= kParseElsewhereBytes) {
        // A large answer (a page of 500 users is about 150 KB) is parsed on a worker thread: here it would keep the
        // GUI thread from painting for milliseconds. An abort meanwhile has finished the job; its answer is dropped.
        const QByteArray body = reply->readAll();
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        const bool extensions = reply->hasRawHeader("X-Banister-Sandbox");
        const QString host = reply->url().host();
        whenFinished(
            this,
            QtConcurrent::run(workers(), &resultFromHttp, status, body, retryAfter, QDateTime::currentDateTimeUtc()),
            [this, extensions, host](const QFuture<ApiResult>& parsed) {
                if (m_done)
                    return;
                ApiResult r = parsed.result();
                r.tenantExtensions = extensions;
                stamp(r, host);
                settle(r);
            });
        return;
    }
    settle(classify(reply));
}

void ApiJob::settle(const ApiResult& r)
{
    qCDebug(lcNet).noquote() << describe() << "->" << r.httpStatus << errorKindName(r.error.kind) << "attempt"
                             << m_attempts;
    if (r.error.kind == ErrorKind::RateLimited && r.error.retryAfterMs > m_policy.maxRetryAfterMs) {
        // Waiting that long silently would look like a hang. It is the tenant's limit used up for now (its count
        // was ahead of the pacer's: another tool, or calls before a restart), as at a daily cap: the run stops
        // cleanly and continues after the reset, whatever call this was.
        ApiResult capped = r;
        capped.error.resumeAtMs = r.error.resumeAt(QDateTime::currentMSecsSinceEpoch());
        finish(capped);
        return;
    }
    const bool transient = isTransient(r.error.kind);
    // A request that may not be repeated is never sent again by the job: the caller decides, knowing from
    // answerLost whether it may have arrived.
    if (!transient || !m_spec.idempotent || m_attempts > m_policy.maxRetries) {
        finish(r);
        return;
    }
    qint64 delay = m_policy.backoffMs(m_attempts - 1, *QRandomGenerator::global());
    if (r.error.kind == ErrorKind::RateLimited && r.error.retryAfterMs > 0)
        delay = r.error.retryAfterMs;
    Q_EMIT retrying(m_attempts, delay, r.error.message(), r.error.kind == ErrorKind::RateLimited);
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void ApiJob::waitOutRateLimits()
{
    m_policy.maxRetryAfterMs = std::max(m_policy.maxRetryAfterMs, kLongestRetryAfterMs);
}

void ApiJob::stamp(ApiResult& r, const QString& replyHost) const
{
    r.attempts = m_attempts;
    r.error.host = replyHost;
    if (m_refusedRedirect.isValid() || r.error.host.isEmpty())
        r.error.host = m_spec.request.url().host();
    r.error.attempts = m_attempts;
}

ApiResult ApiJob::classify(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResult r;
    if (m_refusedRedirect.isValid()) {
        r.httpStatus = status;
        r.error.httpStatus = status;
        r.error.kind = ErrorKind::RedirectRefused;
        r.error.serverText
            = m_refusedRedirect
                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                  .toString();
    } else if (status == 0 || m_deadlineHit) {
        const auto err = reply->error();
        r.error.serverText = reply->errorString();
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
            r.error.kind = ErrorKind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            r.error.kind = ErrorKind::HostNotFound;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // Qt wanted to resend a body we do not let it resend
            r.error.kind = ErrorKind::ConnectionDropped;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // setTransferTimeout() reports this, not TimeoutError
            r.error.kind = m_aborted ? ErrorKind::Canceled : ErrorKind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            r.error.kind = ErrorKind::Tls;
            break;
        default:
            r.error.kind = ErrorKind::Network;
            break;
        }
        if (m_deadlineHit) {
            r.error.kind = ErrorKind::Timeout;
            r.error.serverText = tr("no complete answer within %1 s").arg(double(m_spec.deadlineMs) / 1000.0);
        }
        // Nothing was sent when the host could not be reached; after that the request may have arrived.
        r.error.answerLost = r.error.kind != ErrorKind::ConnectionRefused && r.error.kind != ErrorKind::HostNotFound
            && r.error.kind != ErrorKind::Tls && r.error.kind != ErrorKind::Canceled;
    } else {
        r = resultFromHttp(status, reply->readAll(), reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        r.tenantExtensions = reply->hasRawHeader("X-Banister-Sandbox");
    }
    stamp(r, reply->url().host());
    return r;
}

void ApiJob::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    result.attempts = std::max(result.attempts, m_attempts);
    result.error.attempts = result.attempts;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace banister
