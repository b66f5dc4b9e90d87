#pragma once

#include <QMetaType>
#include <QString>

namespace banister {

// Every way a tenant call can fail, as the admin needs to tell them apart (DESIGN §7).
enum class ErrorKind {
    None,
    InvalidUrl,        // not a URL, or plain http off loopback
    Unauthorized,      // 401: key/token missing or wrong
    Forbidden,         // 403: authenticated, a right is missing
    NotFound,          // 404
    Conflict,          // 409
    BadRequest,        // 400/405/413/422 or result:false
    RateLimited,       // 429 and waiting would take too long, or retries ran out
    ServerError,       // 5xx after retries
    Timeout,           // no answer in time, after retries
    ConnectionRefused, // nothing listens there
    HostNotFound,      // DNS
    ConnectionDropped, // the peer closed mid-request, after retries
    Tls,               // certificate / handshake
    MalformedResponse, // not JSON, or not Gainsight's envelope
    Network,           // anything else from the network stack
    Canceled,          // the caller aborted
};

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString errorCode;  // the envelope's errorCode, e.g. GS_AUTH
    QString serverText; // the envelope's errorDesc, or the network stack's words
    QString requestId;
    QString host;
    int attempts = 0;
    qint64 retryAfterMs = 0; // for RateLimited: how long the tenant asked us to wait

    bool isError() const { return kind != ErrorKind::None; }
    // The error in words an admin understands, with a way forward.
    QString message() const;
};

QString errorKindName(ErrorKind kind);

// Whether a failure of this kind may go away if the same request is sent again.
bool isTransient(ErrorKind kind);

} // namespace banister

Q_DECLARE_METATYPE(banister::ApiError)
