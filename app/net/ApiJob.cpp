#include "net/ApiJob.h"

#include "core/Log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace banister {

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
    const qint64 wait = m_spec.pace ? m_spec.pace() : 0;
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
    QNetworkRequest req = m_spec.request;
    req.setTransferTimeout(m_spec.timeoutMs);
    if (m_spec.method == "GET")
        m_reply = m_nam->get(req);
    else
        m_reply = m_nam->sendCustomRequest(req, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    m_paceTimer.stop();
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
    reply->deleteLater();
    ApiResult r = classify(reply);
    qCDebug(lcNet).noquote() << describe() << "->" << r.httpStatus << errorKindName(r.error.kind) << "attempt"
                             << m_attempts;
    const bool transient = isTransient(r.error.kind);
    // A request that may not be repeated is retried only when the tenant says it did nothing (429, 503).
    const bool safeToRepeat = m_spec.idempotent || r.httpStatus == 429 || r.httpStatus == 503;
    if (!transient || !safeToRepeat || m_attempts > m_policy.maxRetries) {
        finish(r);
        return;
    }
    qint64 delay = m_policy.backoffMs(m_attempts - 1, *QRandomGenerator::global());
    if (r.error.kind == ErrorKind::RateLimited && r.error.retryAfterMs > 0) {
        if (r.error.retryAfterMs > m_policy.maxRetryAfterMs) {
            finish(r); // waiting that long silently would look like a hang: say so instead
            return;
        }
        delay = r.error.retryAfterMs;
    }
    Q_EMIT retrying(m_attempts, delay, r.error.message());
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

ApiResult ApiJob::classify(QNetworkReply* reply)
{
    ApiResult r;
    r.attempts = m_attempts;
    r.error.host = reply->url().host();
    r.error.attempts = m_attempts;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error.httpStatus = r.httpStatus;

    if (r.httpStatus == 0) {
        const auto err = reply->error();
        r.error.serverText = reply->errorString();
        switch (err) {
        case QNetworkReply::ConnectionRefusedError: r.error.kind = ErrorKind::ConnectionRefused; break;
        case QNetworkReply::HostNotFoundError: r.error.kind = ErrorKind::HostNotFound; break;
        case QNetworkReply::RemoteHostClosedError: r.error.kind = ErrorKind::ConnectionDropped; break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // setTransferTimeout() reports this, not TimeoutError
            r.error.kind = m_aborted ? ErrorKind::Canceled : ErrorKind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError: r.error.kind = ErrorKind::Tls; break;
        default: r.error.kind = ErrorKind::Network; break;
        }
        return r;
    }

    const QByteArray body = reply->readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject env = doc.object();
    const bool enveloped = pe.error == QJsonParseError::NoError && doc.isObject() && env.contains(QLatin1String("result"));
    if (enveloped) {
        r.requestId = env.value(QLatin1String("requestId")).toString();
        r.error.requestId = r.requestId;
        r.error.errorCode = env.value(QLatin1String("errorCode")).toString();
        r.error.serverText = env.value(QLatin1String("errorDesc")).toString();
    }
    const int s = r.httpStatus;
    if (s >= 200 && s < 300) {
        if (!enveloped) {
            r.error.kind = ErrorKind::MalformedResponse;
            r.error.serverText = pe.error != QJsonParseError::NoError ? pe.errorString() : QString();
        } else if (!env.value(QLatin1String("result")).toBool()) {
            r.error.kind = ErrorKind::BadRequest;
        } else {
            r.data = env.value(QLatin1String("data"));
        }
        return r;
    }
    if (s == 401)
        r.error.kind = ErrorKind::Unauthorized;
    else if (s == 403)
        r.error.kind = ErrorKind::Forbidden;
    else if (s == 404)
        r.error.kind = ErrorKind::NotFound;
    else if (s == 409)
        r.error.kind = ErrorKind::Conflict;
    else if (s == 429) {
        r.error.kind = ErrorKind::RateLimited;
        r.error.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()).value_or(0);
    } else if (s >= 500)
        r.error.kind = ErrorKind::ServerError;
    else
        r.error.kind = ErrorKind::BadRequest;
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
