#include "net/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace banister {

ApiResult resultFromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfter, const QDateTime& nowUtc)
{
    ApiResult r;
    r.httpStatus = httpStatus;
    r.error.httpStatus = httpStatus;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject env = doc.object();
    const bool enveloped
        = pe.error == QJsonParseError::NoError && doc.isObject() && env.contains(QLatin1String("result"));
    if (enveloped) {
        r.requestId = env.value(QLatin1String("requestId")).toString();
        r.error.requestId = r.requestId;
        r.error.errorCode = env.value(QLatin1String("errorCode")).toString();
        r.error.serverText = env.value(QLatin1String("errorDesc")).toString();
    }
    const int s = httpStatus;
    if (s >= 200 && s < 300) {
        if (!enveloped) {
            r.error.kind = ErrorKind::MalformedResponse;
            r.error.serverText = pe.error != QJsonParseError::NoError ? pe.errorString() : QString();
            r.error.answerLost = true; // the tenant acted on the request, but what it said cannot be read
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
        r.error.retryAfterMs = parseRetryAfter(retryAfter, nowUtc).value_or(0);
    } else if (s >= 500)
        r.error.kind = ErrorKind::ServerError;
    else
        r.error.kind = ErrorKind::BadRequest;
    return r;
}

} // namespace banister
