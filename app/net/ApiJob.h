#pragma once

#include "net/ApiError.h"
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
    ApiError error;     // kind None on success
    QJsonValue data;    // the envelope's "data"
    int httpStatus = 0;
    QString requestId;
    int attempts = 0;
    qint64 elapsedMs = 0;
    bool ok() const { return !error.isError(); }
};

// One call to the tenant, retried as the policy allows. States:
//   Queued -start()-> Sending -reply-> (Waiting -timer-> Sending)* -> Done
// Exactly one terminal signal: finished(), also after abort() (with kind Canceled). The job deletes itself
// after finished() has been delivered.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
        bool idempotent = true;
        int timeoutMs = 30000;
        std::function<qint64()> pace; // how long to wait before each attempt (client-side rate limit); may be empty
    };

    ApiJob(QNetworkAccessManager* nam, Spec spec, RetryPolicy policy, ApiError presetError, QObject* parent);
    ~ApiJob() override;

    void abort();
    bool isDone() const { return m_done; }
    QString describe() const; // "POST /v1/data/objects/query/Company", for logs and progress text

Q_SIGNALS:
    void finished(const banister::ApiResult& result);
    // A transient failure; the job waits delayMs and sends again.
    void retrying(int attempt, qint64 delayMs, const QString& reason);
    // The client holds the call back for delayMs to stay within the tenant's rate limit.
    void pacing(qint64 delayMs);

private:
    void start();
    void send();
    void transmit();
    void onReplyFinished();
    void finish(ApiResult result);
    ApiResult classify(QNetworkReply* reply);

    QNetworkAccessManager* m_nam;
    Spec m_spec;
    RetryPolicy m_policy;
    ApiError m_presetError;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_paceTimer;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_done = false;
};

} // namespace banister

Q_DECLARE_METATYPE(banister::ApiResult)
