// JobGroup over real calls to a sandbox: every answer under its key, done() once and only after seal() and the last
// answer, never after its context died; queued calls a few at a time, none made after the context died;
// firstError() names the failing key the same way every time.
#include "net/JobGroup.h"
#include "support/SandboxFixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
ApiResult failed(const QString& text)
{
    ApiResult r;
    r.error.kind = ErrorKind::InvalidUrl; // its message is the text itself
    r.error.serverText = text;
    return r;
}

// Every reply the client's network manager delivers (the answers the group is waiting for).
QSignalSpy* countReplies(TenantClient& client)
{
    return new QSignalSpy(client.networkAccessManager(), &QNetworkAccessManager::finished);
}
} // namespace

class TestJobGroup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAnswerUnderItsKey()
    {
        SandboxFixture f;
        QVERIFY(f.ok());
        QObject context;
        int calls = 0;
        QHash<QString, ApiResult> results;
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            ++calls;
            results = r;
        });
        group->add(QStringLiteral("tenant"), f.client().tenantInfo());
        group->add(QStringLiteral("describe"), f.client().describeCompany());
        group->seal();
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QCOMPARE(results.size(), 2);
        QVERIFY(results.value(QStringLiteral("tenant")).ok());
        QVERIFY(results.value(QStringLiteral("describe")).ok());
        QCOMPARE(results.value(QStringLiteral("tenant")).data[QStringLiteral("subdomain")].toString(),
                 QStringLiteral("northwind"));
        QVERIFY(!results.value(QStringLiteral("describe")).data.isUndefined());
        QCOMPARE(JobGroup::firstError(results), QString());
    }

    void doneRunsOnceAndTheGroupGoesAway()
    {
        SandboxFixture f;
        f.server().setLatency(50);
        QObject context;
        int calls = 0;
        QPointer<JobGroup> group = new JobGroup(&context, [&](const QHash<QString, ApiResult>&) { ++calls; });
        group->add(QStringLiteral("a"), f.client().tenantInfo());
        group->add(QStringLiteral("b"), f.client().apps());
        group->seal();
        QCOMPARE(calls, 0); // not from seal() itself, not before the answers
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QTRY_VERIFY(group.isNull()); // it deletes itself once done
        QCOMPARE(calls, 1);
        QCOMPARE(context.children().size(), 0);
    }

    void emptyGroupFinishesOnTheNextTurn()
    {
        QObject context;
        int calls = 0;
        QHash<QString, ApiResult> results { { QStringLiteral("stale"), ApiResult {} } };
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            ++calls;
            results = r;
        });
        group->seal();
        QCOMPARE(calls, 0); // the caller's code after seal() runs first
        QTRY_COMPARE(calls, 1);
        QVERIFY(results.isEmpty());
    }

    void waitsForSealEvenWhenEveryAnswerIsIn()
    {
        SandboxFixture f;
        QObject context;
        int calls = 0;
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            ++calls;
            QCOMPARE(r.size(), 2);
        });
        ApiJob* job = f.client().tenantInfo();
        QSignalSpy answered(job, &ApiJob::finished);
        group->add(QStringLiteral("first"), job);
        QVERIFY(answered.wait(10000));
        QCOMPARE(calls, 0); // one answer in, but more may be added
        ApiJob* second = f.client().apps();
        QSignalSpy secondAnswered(second, &ApiJob::finished);
        group->add(QStringLiteral("second"), second);
        QVERIFY(secondAnswered.wait(10000));
        QCOMPARE(calls, 0); // every answer in, still not sealed
        group->seal();
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
    }

    void nothingAfterTheContextDied()
    {
        SandboxFixture f;
        f.server().setLatency(50);
        auto* context = new QObject;
        int calls = 0;
        QPointer<JobGroup> group = new JobGroup(context, [&](const QHash<QString, ApiResult>&) { ++calls; });
        std::unique_ptr<QSignalSpy> replies(countReplies(f.client()));
        group->add(QStringLiteral("tenant"), f.client().tenantInfo());
        group->seal();
        delete context; // e.g. the page closed while its calls were out
        QVERIFY(group.isNull());
        QTRY_COMPARE_WITH_TIMEOUT(replies->count(), 1, 10000);
        // The answer arrived and its job finished; give the event loop a turn for anything queued behind it.
        bool turned = false;
        QTimer::singleShot(0, [&] { turned = true; });
        QTRY_VERIFY(turned);
        QCOMPARE(calls, 0);
    }

    void aFailureKeepsTheOtherAnswers()
    {
        SandboxFixture f;
        TenantClient unset; // no Staircase URL: the call fails without going out
        QObject context;
        QHash<QString, ApiResult> results;
        bool done = false;
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            results = r;
            done = true;
        });
        group->add(QStringLiteral("tenant"), f.client().tenantInfo());
        group->add(QStringLiteral("staircase"), unset.staircaseIntegration());
        group->seal();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(results.size(), 2);
        QVERIFY(results.value(QStringLiteral("tenant")).ok());
        QCOMPARE(results.value(QStringLiteral("staircase")).error.kind, ErrorKind::InvalidUrl);
        QCOMPARE(JobGroup::firstError(results), QStringLiteral("staircase: No Staircase URL is set; connect first."));
    }

    void sameKeyTwiceKeepsOneAnswer()
    {
        SandboxFixture f;
        QObject context;
        QHash<QString, ApiResult> results;
        bool done = false;
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            results = r;
            done = true;
        });
        group->add(QStringLiteral("x"), f.client().tenantInfo());
        group->add(QStringLiteral("x"), f.client().apps());
        group->seal();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000); // both answers were waited for
        QCOMPARE(results.size(), 1);
    }

    void queuedCallsKeepAFewOutAtATime()
    {
        SandboxFixture f;
        f.server().setLatency(5);
        QObject context;
        int made = 0, answered = 0, mostOut = 0, calls = 0;
        QHash<QString, ApiResult> results;
        auto* group = new JobGroup(&context, [&](const QHash<QString, ApiResult>& r) {
            ++calls;
            results = r;
        });
        const auto make = [&] {
            ApiJob* job = f.client().tenantInfo();
            ++made;
            mostOut = std::max(mostOut, made - answered);
            QObject::connect(job, &ApiJob::finished, [&] { ++answered; });
            return job;
        };
        group->add(QStringLiteral("apps"), f.client().apps()); // not counted against the window
        for (int i = 0; i < 20; ++i)
            group->addQueued(QStringLiteral("q%1").arg(i), make);
        QCOMPARE(made, JobGroup::kWindow); // the first are made at once, the rest wait for a place
        group->seal();
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
        QCOMPARE(made, 20);
        QCOMPARE(mostOut, JobGroup::kWindow);
        QCOMPARE(results.size(), 21);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(results.value(QStringLiteral("q%1").arg(i)).data[QStringLiteral("subdomain")].toString(),
                     QStringLiteral("northwind"));
        QVERIFY(results.value(QStringLiteral("apps")).ok());
    }

    void noQueuedCallAfterTheContextDied()
    {
        SandboxFixture f;
        f.server().setLatency(50);
        auto* context = new QObject;
        int made = 0, calls = 0;
        auto* group = new JobGroup(context, [&](const QHash<QString, ApiResult>&) { ++calls; });
        std::unique_ptr<QSignalSpy> replies(countReplies(f.client()));
        for (int i = 0; i < 20; ++i)
            group->addQueued(QStringLiteral("q%1").arg(i), [&] {
                ++made;
                return f.client().tenantInfo();
            });
        group->seal();
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(replies->count(), JobGroup::kWindow, 10000);
        bool turned = false;
        QTimer::singleShot(0, [&] { turned = true; });
        QTRY_VERIFY(turned);
        QCOMPARE(made, JobGroup::kWindow);
        QCOMPARE(calls, 0);
    }

    void firstErrorIsTheFirstKeyInOrder()
    {
        QCOMPARE(JobGroup::firstError({}), QString());
        QCOMPARE(JobGroup::firstError({ { QStringLiteral("a"), ApiResult {} }, { QStringLiteral("b"), ApiResult {} } }),
                 QString());
        QHash<QString, ApiResult> results { { QStringLiteral("zeta"), failed(QStringLiteral("zeta broke")) },
                                            { QStringLiteral("alpha"), ApiResult {} },
                                            { QStringLiteral("beta"), failed(QStringLiteral("beta broke")) },
                                            { QStringLiteral("gamma"), failed(QStringLiteral("gamma broke")) } };
        // Whatever order the hash keeps, the same failure is named every time.
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(JobGroup::firstError(results), QStringLiteral("beta: beta broke"));
            results.insert(QStringLiteral("k%1").arg(i), ApiResult {});
        }
        results.remove(QStringLiteral("beta"));
        QCOMPARE(JobGroup::firstError(results), QStringLiteral("gamma: gamma broke"));
    }
};

QTEST_GUILESS_MAIN(TestJobGroup)
#include "tst_jobgroup.moc"
