// TenantClient against a real sandbox over HTTP: every failure class maps to its ErrorKind and to words an admin
// can act on; transient failures are retried within bounds; 429 honours Retry-After; abort gives one terminal signal.
#include "support/SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestTenantClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successUnwrapsEnvelope()
    {
        SandboxFixture f;
        QVERIFY(f.ok());
        const ApiResult r = SandboxFixture::wait(f.client().tenantInfo());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.requestId.startsWith(QLatin1String("sbx-")));
        QCOMPARE(r.data[QStringLiteral("subdomain")].toString(), QStringLiteral("northwind"));
    }

    void countMatchesQuery()
    {
        SandboxFixture f;
        const QJsonObject where{{QStringLiteral("conditions"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Status")},
                                                        {QStringLiteral("operator"), QStringLiteral("IN")},
                                                        {QStringLiteral("value"), QJsonArray{QStringLiteral("Active")}}}}}};
        const ApiResult count = SandboxFixture::wait(f.client().countCompanies(where));
        QVERIFY(count.ok());
        const ApiResult rows = SandboxFixture::wait(f.client().queryCompany(
            {{QStringLiteral("select"), QJsonArray{QStringLiteral("Gsid")}}, {QStringLiteral("where"), where},
             {QStringLiteral("limit"), 5000}}));
        QCOMPARE(TenantClient::countFrom(count.data), qint64(rows.data[QStringLiteral("records")].toArray().size()));
    }

    void unauthorized()
    {
        SandboxFixture f;
        f.client().setGainsight(f.url(), QStringLiteral("wrong-key"));
        const ApiResult r = SandboxFixture::wait(f.client().tenantInfo());
        QCOMPARE(r.error.kind, ErrorKind::Unauthorized);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.attempts, 1); // never retried
        QVERIFY(r.error.message().contains(QLatin1String("401")));
        QVERIFY(r.error.message().contains(QLatin1String("access key")));
        QVERIFY(!r.error.message().contains(QLatin1String("wrong-key"))); // secrets never echoed
    }

    void forbidden()
    {
        SandboxFixture f(QStringLiteral("not-admin"));
        const ApiResult r = SandboxFixture::wait(f.client().staircaseIntegration());
        QCOMPARE(r.error.kind, ErrorKind::Forbidden);
        QVERIFY(r.error.message().contains(QLatin1String("Staircase Admin")));
    }

    void notFound()
    {
        SandboxFixture f(QStringLiteral("no-staircase-subscription"));
        const ApiResult r = SandboxFixture::wait(f.client().staircaseIntegration());
        QCOMPARE(r.error.kind, ErrorKind::NotFound);
        QVERIFY(r.error.message().contains(QLatin1String("not found on this tenant"), Qt::CaseInsensitive));
    }

    void badRequest()
    {
        SandboxFixture f;
        const ApiResult r = SandboxFixture::wait(f.client().distinctCompanyValues(QStringLiteral("Tierr")));
        QCOMPARE(r.error.kind, ErrorKind::BadRequest);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.error.message().contains(QLatin1String("Tierr")));
    }

    void serverErrorsAreRetriedThenReported()
    {
        SandboxFixture f;
        f.server().setFaults(1.0, 0, 0);
        ApiJob* job = f.client().tenantInfo();
        int retrying = 0;
        connect(job, &ApiJob::retrying, this, [&retrying] { ++retrying; });
        const ApiResult r = SandboxFixture::wait(job);
        QCOMPARE(r.error.kind, ErrorKind::ServerError);
        QCOMPARE(r.attempts, 6); // first try + 5 retries
        QCOMPARE(retrying, 5);
        QVERIFY(r.httpStatus >= 500);
        QVERIFY(r.error.message().contains(QLatin1String("internal error")));
    }

    void droppedConnections()
    {
        SandboxFixture f;
        f.server().setFaults(0, 1.0, 0);
        const ApiResult r = SandboxFixture::wait(f.client().tenantInfo());
        QCOMPARE(r.error.kind, ErrorKind::ConnectionDropped);
        QCOMPARE(r.attempts, 6);
        QVERIFY(r.error.message().contains(QLatin1String("closed the connection")));
    }

    void malformedJson()
    {
        SandboxFixture f;
        f.server().setFaults(0, 0, 1.0);
        const ApiResult r = SandboxFixture::wait(f.client().tenantInfo());
        QCOMPARE(r.error.kind, ErrorKind::MalformedResponse);
        QVERIFY(r.error.message().contains(QLatin1String("could not be read")));
    }

    void timeout()
    {
        SandboxFixture f;
        f.server().setLatency(400);
        f.client().setTimeoutMs(50);
        RetryPolicy once = f.client().retryPolicy();
        once.maxRetries = 1;
        f.client().setRetryPolicy(once);
        const ApiResult r = SandboxFixture::wait(f.client().tenantInfo());
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
        QCOMPARE(r.attempts, 2);
        QVERIFY(r.error.message().contains(QLatin1String("did not answer in time")));
    }

    void connectionRefused()
    {
        TenantClient client;
        client.setGainsight(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), QStringLiteral("k"));
        const ApiResult r = SandboxFixture::wait(client.tenantInfo());
        QCOMPARE(r.error.kind, ErrorKind::ConnectionRefused);
        QCOMPARE(r.attempts, 1); // a wrong URL does not get better by retrying
        QVERIFY(r.error.message().contains(QLatin1String("127.0.0.1")));
    }

    void insecureUrlIsRefused()
    {
        TenantClient client;
        QVERIFY(!client.setGainsight(QStringLiteral("http://acme.gainsightcloud.com"), QStringLiteral("k")).isEmpty());
        const ApiResult r = SandboxFixture::wait(client.tenantInfo()); // nothing was set: refused without sending
        QCOMPARE(r.error.kind, ErrorKind::InvalidUrl);
    }

    void flakyTenantStillAnswers()
    {
        // 20 % 5xx and 20 % drops: bounded retries still get every answer through.
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.seed = 3; });
        f.server().setFaults(0.2, 0.2, 0.0);
        int succeeded = 0;
        for (int i = 0; i < 30; ++i)
            succeeded += SandboxFixture::wait(f.client().describeCompany()).ok();
        QCOMPARE(succeeded, 30);
    }

    void rateLimitHonoursRetryAfter()
    {
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.dataRate = {1, 1000}; });
        QVERIFY(SandboxFixture::wait(f.client().describeCompany()).ok());
        ApiJob* job = f.client().describeCompany();
        qint64 waited = -1;
        connect(job, &ApiJob::retrying, this, [&waited](int, qint64 delayMs, const QString&) { waited = delayMs; });
        const ApiResult r = SandboxFixture::wait(job);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(waited, qint64(1000)); // Retry-After: 1, not the jittered backoff
        QVERIFY(r.elapsedMs >= 900);
        QCOMPARE(r.attempts, 2);
    }

    void longRetryAfterIsReportedNotAwaited()
    {
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.dataRate = {1, 3600000}; });
        QVERIFY(SandboxFixture::wait(f.client().describeCompany()).ok());
        const ApiResult r = SandboxFixture::wait(f.client().describeCompany());
        QCOMPARE(r.error.kind, ErrorKind::RateLimited);
        QVERIFY2(r.error.retryAfterMs >= 3599000 && r.error.retryAfterMs <= 3600000, qPrintable(QString::number(r.error.retryAfterMs)));
        QVERIFY(r.error.message().contains(QLatin1String("wait 3")));
        QVERIFY(r.elapsedMs < 2000);
    }

    void pacingKeepsWithinTheLimit()
    {
        // Client at 5 calls/s against a tenant allowing 6/s (margin for scheduling jitter on a loaded machine):
        // twelve calls in a burst are paced, and none meets a 429.
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.dataRate = {6, 1000}; });
        f.client().setRateLimit(TenantClient::RateClass::Data, 5, 1000);
        QElapsedTimer t;
        t.start();
        QList<ApiResult> results;
        int paced = 0;
        for (int i = 0; i < 12; ++i) {
            ApiJob* job = f.client().describeCompany();
            connect(job, &ApiJob::pacing, this, [&paced] { ++paced; });
            connect(job, &ApiJob::finished, this, [&results](const ApiResult& r) { results << r; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 12, 10000);
        for (const ApiResult& r : results) {
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            QCOMPARE(r.attempts, 1);
        }
        QCOMPARE(paced, 7); // five go at once, the rest wait for their slot
        QVERIFY(t.elapsed() >= 1300);
    }

    void pacerArithmetic()
    {
        Pacer p;
        p.setLimit(2, 1000);
        QCOMPARE(p.reserveAt(0), qint64(0));    // a burst of two
        QCOMPARE(p.reserveAt(0), qint64(0));
        QCOMPARE(p.reserveAt(0), qint64(500));  // the third waits one slot
        QCOMPARE(p.reserveAt(0), qint64(1000)); // the fourth queues behind it
        QCOMPARE(p.reserveAt(3000), qint64(0)); // refilled
        Pacer unlimited;
        QCOMPARE(unlimited.reserveAt(0), qint64(0));
    }

    void abortEmitsOneTerminalSignal()
    {
        SandboxFixture f;
        f.server().setLatency(300);
        ApiJob* job = f.client().tenantInfo();
        QSignalSpy spy(job, &ApiJob::finished);
        QTimer::singleShot(20, job, &ApiJob::abort);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ApiResult>().error.kind, ErrorKind::Canceled);
        QVERIFY(!spy.wait(400)); // the late reply arrives in this window: it must not produce a second signal
        QCOMPARE(spy.count(), 1);
    }

    void bodyIsSentAsJson()
    {
        SandboxFixture f;
        const ApiResult r = SandboxFixture::wait(f.client().queryCompany(
            {{QStringLiteral("select"), QJsonArray{QStringLiteral("Name")}}, {QStringLiteral("limit"), 3}}));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.data[QStringLiteral("records")].toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTenantClient)
#include "tst_tenantclient.moc"
