// Pacer on a simulated clock: unlimited by default, calls booked into fixed windows (queued behind each other,
// kept clear of a window's last second), and a used-up daily cap refused at once with the time it resets.
#include "net/Pacer.h"

#include <QDateTime>
#include <QTest>

using namespace banister;

namespace {
// 10:20:00 UTC on some day: well inside a minute, an hour and a day window.
constexpr qint64 kT0 = 20000 * kDayMs + 10 * kHourMs + 20 * kMinuteMs;
} // namespace

class TestPacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unlimitedByDefault()
    {
        Pacer pacer;
        QVERIFY(pacer.isUnlimited());
        QVERIFY(pacer.windows().isEmpty());
        for (int i = 0; i < 10000; ++i) {
            const PaceSlot slot = pacer.reserveAt(kT0);
            QCOMPARE(slot.waitMs, qint64(0));
            QVERIFY(!slot.capped);
            QCOMPARE(slot.resumeAtMs, qint64(0));
        }
    }

    void windowsWithoutCallsAreNoLimit()
    {
        Pacer pacer;
        pacer.setWindows({ { 0, kMinuteMs }, { -5, kHourMs } });
        QVERIFY(pacer.isUnlimited());
        QCOMPARE(pacer.reserveAt(kT0).waitMs, qint64(0));
        pacer.setWindows({ { 0, kMinuteMs }, { 3, kHourMs } });
        QVERIFY(!pacer.isUnlimited());
        QCOMPARE(pacer.windows(), (RateWindows { { 3, kHourMs } })); // only the window that limits is kept
        pacer.setWindows({});
        QVERIFY(pacer.isUnlimited());
    }

    void fullWindowQueuesCallsForTheNextOne()
    {
        Pacer pacer;
        pacer.setWindows({ { 3, kMinuteMs } });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pacer.reserveAt(kT0 + 10000).waitMs, qint64(0));
        // The next window opens at 10:21:00, 50 s away; its whole budget goes out then, queued behind each other.
        for (int i = 0; i < 3; ++i) {
            const PaceSlot slot = pacer.reserveAt(kT0 + 10000);
            QVERIFY(!slot.capped);
            QCOMPARE(slot.waitMs, qint64(50000));
        }
        QCOMPARE(pacer.reserveAt(kT0 + 10000).waitMs, qint64(110000)); // 10:22:00
        // Later, a call waits only for what is left of its own queue.
        QCOMPARE(pacer.reserveAt(kT0 + 100000).waitMs, qint64(20000));
    }

    void bookingsNeverGoBackInTime()
    {
        Pacer pacer;
        pacer.setWindows({ { 2, kMinuteMs } });
        QCOMPARE(pacer.reserveAt(kT0 + 30000).waitMs, qint64(0));
        // A clock that reads earlier than the last booking books after it, never before.
        QCOMPARE(pacer.reserveAt(kT0).waitMs, qint64(30000));
        QCOMPARE(pacer.reserveAt(kT0).waitMs, qint64(kMinuteMs)); // the window is full: 10:21:00
    }

    void aCallIsKeptClearOfTheWindowsEnd()
    {
        // The tenant may count a call sent in a window's last moment in the next window: the last second (a
        // sixtieth of a minute) is left out.
        Pacer pacer;
        pacer.setWindows({ { 100, kMinuteMs } });
        const qint64 late = kT0 + kMinuteMs - 400; // 10:20:59.600
        QCOMPARE(pacer.reserveAt(late).waitMs, qint64(400));
        Pacer other;
        other.setWindows({ { 100, kMinuteMs } });
        QCOMPARE(other.reserveAt(kT0 + kMinuteMs - 1001).waitMs, qint64(0)); // just before the guard
    }

    void usedUpDailyCapIsRefusedWithItsReset()
    {
        Pacer pacer;
        pacer.setWindows({ { 100, kHourMs }, { 4, kDayMs } });
        for (int i = 0; i < 4; ++i)
            QVERIFY(!pacer.reserveAt(kT0).capped);
        const qint64 midnight = 20001 * kDayMs; // 00:00 UTC the next day
        for (int i = 0; i < 2; ++i) { // refusing books nothing: asking again gives the same answer
            const PaceSlot slot = pacer.reserveAt(kT0 + 5000);
            QVERIFY(slot.capped);
            QCOMPARE(slot.resumeAtMs, midnight);
            QCOMPARE(slot.waitMs, midnight - (kT0 + 5000));
        }
        const PaceSlot next = pacer.reserveAt(midnight);
        QVERIFY(!next.capped);
        QCOMPARE(next.waitMs, qint64(0));
        QCOMPARE(next.resumeAtMs, qint64(0));
    }

    void roomForSeveralCallsIsKnownBeforeTheFirst()
    {
        // A sequence that must go out whole (a username fix's three calls) asks first whether today's cap has room.
        Pacer pacer;
        qint64 now = kT0;
        pacer.setClock([&now] { return now; });
        pacer.setWindows({ { 100, kHourMs }, { 4, kDayMs } });
        QCOMPARE(pacer.capResetFor(3), qint64(-1));
        QVERIFY(!pacer.reserve().capped);
        QVERIFY(!pacer.reserve().capped);
        QCOMPARE(pacer.capResetFor(2), qint64(-1)); // two of four left
        QCOMPARE(pacer.capResetFor(3), 20001 * kDayMs); // three do not fit before 00:00 UTC
        now = 20001 * kDayMs;
        QCOMPARE(pacer.capResetFor(3), qint64(-1)); // a new day
        Pacer unlimited;
        QCOMPARE(unlimited.capResetFor(1000), qint64(-1));
    }

    void aShortWindowIsNotACap()
    {
        // Only a day-long (or longer) window refuses; a full hour is waited for.
        Pacer pacer;
        pacer.setWindows({ { 2, kHourMs } });
        pacer.reserveAt(kT0);
        pacer.reserveAt(kT0);
        const PaceSlot slot = pacer.reserveAt(kT0);
        QVERIFY(!slot.capped);
        QCOMPARE(slot.waitMs, 40 * kMinuteMs); // 11:00 UTC
    }

    void newWindowsStartFresh()
    {
        Pacer pacer;
        pacer.setWindows({ { 1, kDayMs } });
        QVERIFY(!pacer.reserveAt(kT0).capped);
        QVERIFY(pacer.reserveAt(kT0).capped);
        pacer.setWindows({ { 1, kDayMs } }); // e.g. the client pointed at another tenant
        QVERIFY(!pacer.reserveAt(kT0).capped);
    }

    void reserveReadsTheInjectedClock()
    {
        Pacer pacer;
        qint64 now = kT0;
        pacer.setClock([&now] { return now; });
        QCOMPARE(pacer.now(), kT0);
        pacer.setWindows({ { 1, kMinuteMs } });
        QCOMPARE(pacer.reserve().waitMs, qint64(0));
        QCOMPARE(pacer.reserve().waitMs, qint64(kMinuteMs));
        now += 3 * kMinuteMs; // time passes: the queue has drained
        QCOMPARE(pacer.now(), kT0 + 3 * kMinuteMs);
        QCOMPARE(pacer.reserve().waitMs, qint64(0));
    }

    void realClockByDefault()
    {
        Pacer pacer;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = pacer.now();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
