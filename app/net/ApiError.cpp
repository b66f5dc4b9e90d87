#include "net/ApiError.h"

#include <QDateTime>
#include <algorithm>

#include <QCoreApplication>

namespace banister {

namespace {
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QString detail(const ApiError& e)
{
    QString d = e.serverText.trimmed();
    if (d.isEmpty())
        return {};
    if (!d.endsWith(QLatin1Char('.')))
        d += QLatin1Char('.');
    return QLatin1Char(' ') + ApiErrorText::tr("The tenant says: %1").arg(d);
}

QString attemptsText(const ApiError& e)
{
    if (e.attempts <= 1)
        return {};
    return QLatin1Char(' ') + ApiErrorText::tr("Banister tried %1 times.").arg(e.attempts);
}
} // namespace

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::InvalidUrl:
        return QStringLiteral("invalid-url");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad-request");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::ServerError:
        return QStringLiteral("server-error");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::ConnectionDropped:
        return QStringLiteral("connection-dropped");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case ErrorKind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("unknown");
}

bool isTransient(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::RateLimited:
    case ErrorKind::ServerError:
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionDropped:
    case ErrorKind::MalformedResponse:
    case ErrorKind::Network:
        return true;
    default:
        return false;
    }
}

bool ApiError::isCapped() const
{
    return kind == ErrorKind::RateLimited && (resumeAtMs > 0 || retryAfterMs > 15 * 60 * 1000);
}

qint64 ApiError::resumeAt(qint64 nowMs) const
{
    return resumeAtMs > 0 ? resumeAtMs : (nowMs + retryAfterMs + 999) / 1000 * 1000;
}

QString ApiError::resumeTimeText(qint64 atMs)
{
    const qint64 minute = 60 * 1000;
    return QDateTime::fromMSecsSinceEpoch((atMs + minute - 1) / minute * minute)
        .toLocalTime()
        .toString(QStringLiteral("HH:mm"));
}

ApiError ApiError::capped(qint64 resumeAtMs, qint64 nowMs, const QString& host)
{
    ApiError e;
    e.kind = ErrorKind::RateLimited;
    e.errorCode = QStringLiteral("DAILY_CAP");
    e.retryAfterMs = std::max<qint64>(0, resumeAtMs - nowMs);
    e.resumeAtMs = resumeAtMs;
    e.host = host;
    return e;
}

QString ApiError::message() const
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidUrl:
        return serverText;
    case ErrorKind::Unauthorized:
        return ApiErrorText::tr("The tenant did not accept the credentials (HTTP 401).") + detail(*this)
            + QLatin1Char(' ') + ApiErrorText::tr("Check the access key or token and enter it again.");
    case ErrorKind::Forbidden:
        return ApiErrorText::tr(
                   "The credentials work, but the user behind them lacks a right this step needs (HTTP 403).")
            + detail(*this) + QLatin1Char(' ')
            + ApiErrorText::tr("Ask a super admin to grant it, or use an admin's key.");
    case ErrorKind::NotFound:
        return ApiErrorText::tr("Not found on this tenant (HTTP 404).") + detail(*this) + QLatin1Char(' ')
            + ApiErrorText::tr("It may have been deleted or renamed since it was last read; reload and try again.");
    case ErrorKind::Conflict:
        return ApiErrorText::tr("The tenant refused the change because it conflicts with the current state (HTTP 409).")
            + detail(*this) + QLatin1Char(' ')
            + ApiErrorText::tr("Reload the page to see the current state, then try again.");
    case ErrorKind::BadRequest:
        return ApiErrorText::tr("The tenant rejected the request (HTTP %1).").arg(httpStatus) + detail(*this);
    case ErrorKind::RateLimited:
        if (isCapped())
            return ApiErrorText::tr("The tenant's limit for this API is used up until %1, and Banister sent nothing "
                                    "more. Try again after %1: an apply continues where it stopped.")
                .arg(resumeTimeText(resumeAt(QDateTime::currentMSecsSinceEpoch())));
        return ApiErrorText::tr("The tenant is limiting how fast Banister may call it (HTTP 429).") + detail(*this)
            + (retryAfterMs > 0 ? QLatin1Char(' ')
                       + ApiErrorText::tr("It asks to wait %1 s; try again then.").arg((retryAfterMs + 999) / 1000)
                                : QString())
            + attemptsText(*this);
    case ErrorKind::ServerError:
        return ApiErrorText::tr("The tenant had an internal error (HTTP %1).").arg(httpStatus) + detail(*this)
            + attemptsText(*this) + QLatin1Char(' ')
            + (requestId.isEmpty()
                   ? ApiErrorText::tr("Try again in a few minutes.")
                   : ApiErrorText::tr(
                         "Try again in a few minutes; if it persists, give Gainsight Support the request id %1.")
                         .arg(requestId));
    case ErrorKind::Timeout:
        return ApiErrorText::tr("%1 did not answer in time.").arg(host) + attemptsText(*this) + QLatin1Char(' ')
            + ApiErrorText::tr("Check your network connection and try again.");
    case ErrorKind::ConnectionRefused:
        return ApiErrorText::tr(
                   "Nothing is accepting connections at %1. Check the URL and port (for the sandbox: is it running?).")
            .arg(host);
    case ErrorKind::HostNotFound:
        return ApiErrorText::tr("The host %1 could not be found. Check the URL for typos and your network's DNS.")
            .arg(host);
    case ErrorKind::ConnectionDropped:
        return ApiErrorText::tr("%1 closed the connection before answering.").arg(host) + attemptsText(*this)
            + QLatin1Char(' ')
            + ApiErrorText::tr(
                   "Try again; if it keeps happening, check proxies or firewalls between you and the tenant.");
    case ErrorKind::Tls:
        return ApiErrorText::tr(
                   "A secure connection to %1 could not be established: %2. Check the URL, or the system's trusted "
                   "certificates.")
            .arg(host, serverText);
    case ErrorKind::RedirectRefused:
        return ApiErrorText::tr(
                   "%1 redirected Banister to %2, which is not the tenant's own address. Banister did not follow "
                   "it, so the access key and token were not sent there. Check the URL: enter the address the "
                   "tenant finally answers at.")
            .arg(host, serverText);
    case ErrorKind::MalformedResponse:
        return ApiErrorText::tr("The tenant's answer could not be read (it is not the JSON Gainsight sends).")
            + attemptsText(*this) + QLatin1Char(' ')
            + ApiErrorText::tr("Check that the URL points at the tenant itself, not a login page or proxy.");
    case ErrorKind::Network:
        return ApiErrorText::tr("Network error talking to %1: %2.").arg(host, serverText) + attemptsText(*this);
    case ErrorKind::Canceled:
        return ApiErrorText::tr("Canceled.");
    }
    return serverText;
}

} // namespace banister
