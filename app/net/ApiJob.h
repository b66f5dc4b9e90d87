#pragma once

#include "net/ApiError.h"
#include "net/Pacer.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace banister {

struct ApiResult
{
    ApiError error; // kind None on success
    QJsonValue data; // the envelope's "data"
    int httpStatus = 0;
    QString requestId;
    int attempts = 0;
    qint64 elapsedMs = 0;
    // The answer said the tenant offers more than Gainsight's documented REST (Banister's sandbox does, with the
    // X-Banister-Sandbox header; a real tenant never does).
    bool tenantExtensions = false;
    bool ok() const { return !error.isError(); }
    // See ApiError::answerLost: the call may have taken effect although no answer arrived.
    bool answerLost() const { return error.answerLost; }
};

// One call to the tenant, retried as the policy allows. States:
//   Queued -start()-> Sending -reply-> (Waiting -timer-> Sending)* -> Done
// Exactly one terminal signal: finished(), also after abort() (with kind Canceled). The job deletes itself
// after finished() has been delivered.
// Every attempt is bounded twice: timeoutMs of silence, and deadlineMs from sending to the last byte of the
// answer (a server trickling bytes cannot hold a call). Redirects are followed only within the same scheme, host
// and port; any other is refused (ErrorKind::RedirectRefused) so the access key and token never leave the tenant.
// A call that is not idempotent is sent exactly once: never retried by the job, and on a connection of its own
// whose body Qt cannot resend by itself; when its answer is lost, the result says so (ApiResult::answerLost()).
// An answer of kParseElsewhereBytes or more to an idempotent call is parsed on a worker thread (finished() still
// comes on the job's thread); an abort meanwhile drops it, which only an idempotent call can afford.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kParseElsewhereBytes = 64 * 1024;
    struct Spec
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
        bool idempotent = true;
        int timeoutMs = 30000; // inactivity: no byte for this long ends the attempt
        int deadlineMs = 60000; // the whole exchange of one attempt, however steadily bytes trickle
        // How long to wait before each attempt (client-side rate limit), or that a daily cap is used up; may be empty.
        std::function<PaceSlot()> pace;
    };

    ApiJob(QNetworkAccessManager* nam, Spec spec, RetryPolicy policy, ApiError presetError, QObject* parent);
    ~ApiJob() override;

    void abort();
    bool isDone() const { return m_done; }
    // For a call that must go through once its sequence has begun (a username fix's update and reactivation,
    // after the deactivation): a tenant's Retry-After is waited out, up to kLongestRetryAfterMs, instead of being
    // reported as its limit used up. Call before the job starts (the next event-loop turn).
    void waitOutRateLimits();
    static constexpr qint64 kLongestRetryAfterMs = 25LL * 60 * 60 * 1000;
    QString describe() const; // "POST /v1/data/objects/query/Company", for logs and progress text

Q_SIGNALS:
    void finished(const banister::ApiResult& result);
    // A transient failure; the job waits delayMs and sends again. rateLimited: the tenant answered 429 (delayMs is
    // its Retry-After).
    void retrying(int attempt, qint64 delayMs, const QString& reason, bool rateLimited);
    // The client holds the call back for delayMs to stay within the tenant's rate limit.
    void pacing(qint64 delayMs);

private:
    void start();
    void send();
    void transmit();
    void onReplyFinished();
    void settle(const ApiResult& r); // retry or finish with what the tenant answered
    void stamp(ApiResult& r, const QString& replyHost) const; // attempts and host
    void finish(ApiResult result);
    ApiResult classify(QNetworkReply* reply);
    void onRedirected(const QUrl& target);
    void onDeadline();

    QNetworkAccessManager* m_nam;
    Spec m_spec;
    RetryPolicy m_policy;
    ApiError m_presetError;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_paceTimer;
    QTimer m_deadlineTimer;
    QUrl m_refusedRedirect;
    bool m_deadlineHit = false;
    QNetworkAccessManager* m_ownNam = nullptr; // child: a connection no other call shares (non-idempotent calls)
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_done = false;
};

} // namespace banister

Q_DECLARE_METATYPE(banister::ApiResult)
