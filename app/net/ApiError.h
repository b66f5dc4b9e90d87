#pragma once

#include <QMetaType>
#include <QString>

namespace banister {

// Every way a tenant call can fail, as the admin needs to tell them apart (DESIGN §7).
enum class ErrorKind {
    None,
    InvalidUrl, // not a URL, or plain http off loopback
    Unauthorized, // 401: key/token missing or wrong
    Forbidden, // 403: authenticated, a right is missing
    NotFound, // 404
    Conflict, // 409
    BadRequest, // 400/405/413/422 or result:false
    RateLimited, // 429 and waiting would take too long, or retries ran out
    ServerError, // 5xx after retries
    Timeout, // no answer in time, after retries
    ConnectionRefused, // nothing listens there
    HostNotFound, // DNS
    ConnectionDropped, // the peer closed mid-request, after retries
    Tls, // certificate / handshake
    RedirectRefused, // the tenant redirected to another scheme, host or port: not followed, no secret sent there
    MalformedResponse, // not JSON, or not Gainsight's envelope
    Network, // anything else from the network stack
    Canceled, // the caller aborted
};

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString errorCode; // the envelope's errorCode, e.g. GS_AUTH
    QString serverText; // the envelope's errorDesc, or the network stack's words
    QString requestId;
    QString host;
    int attempts = 0;
    qint64 retryAfterMs = 0; // for RateLimited: how long the tenant asked us to wait
    // For RateLimited at a cap (Banister's own pacer refused to send, or the tenant asked to wait longer than the
    // job waits unasked): when it resets, ms since the epoch.
    qint64 resumeAtMs = 0;
    // The request may have reached the tenant and taken effect, but its answer was lost (connection dropped or
    // timed out after sending, or an unreadable answer). A non-idempotent call (filing a support request) that
    // fails this way must find out whether it arrived before it is sent again; any other failure means the tenant
    // did not act on it (nothing sent, or the tenant answered with an error).
    bool answerLost = false;

    bool isError() const { return kind != ErrorKind::None; }
    // A rate limit's budget used up for long (a daily cap, or an hour's budget): the run stops here cleanly and
    // continues later instead of waiting. Known from resumeAtMs (the pacer's own refusal, whatever the time of day,
    // or ApiJob finding the tenant's Retry-After longer than it waits unasked), or from a wait over a quarter hour.
    bool isCapped() const;
    // The pacer's refusal at a used-up daily cap: nothing sent, resuming at resumeAtMs (ms since the epoch).
    static ApiError capped(qint64 resumeAtMs, qint64 nowMs, const QString& host);
    // The error in words an admin understands, with a way forward.
    QString message() const;
    // When a capped limit resets: resumeAtMs when known, otherwise the Retry-After counted from nowMs, rounded up to
    // the second (a tenant's Retry-After is whole seconds): never before the reset.
    qint64 resumeAt(qint64 nowMs) const;
    // A reset time as the admin's clock shows it, rounded up to the minute ("10:21" for 10:20:30): never earlier.
    static QString resumeTimeText(qint64 atMs);
};

QString errorKindName(ErrorKind kind);

// Whether a failure of this kind may go away if the same request is sent again.
bool isTransient(ErrorKind kind);

} // namespace banister

Q_DECLARE_METATYPE(banister::ApiError)
