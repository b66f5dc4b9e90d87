#include "net/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace banister;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1 = unparsable
        QTest::newRow("seconds") << QByteArray("12") << qint64(12000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("http-date") << QByteArray("Sat, 28 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("http-date past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("rfc2822 offset") << QByteArray("Sat, 28 Nov 2026 11:01:00 +0100") << qint64(60000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
        const auto ms = parseRetryAfter(value, now);
        if (expectedMs < 0)
            QVERIFY(!ms.has_value());
        else
            QCOMPARE(ms.value_or(-1), expectedMs);
    }

    void backoffIsFullJitterWithinCap()
    {
        RetryPolicy p; // base 1 s, cap 60 s
        QRandomGenerator rng(42);
        for (int retry = 0; retry < 12; ++retry) {
            const qint64 ceiling = std::min<qint64>(60000, 1000LL << retry);
            qint64 maxSeen = 0;
            for (int i = 0; i < 200; ++i) {
                const qint64 d = p.backoffMs(retry, rng);
                QVERIFY(d >= 0 && d <= ceiling);
                maxSeen = std::max(maxSeen, d);
            }
            QVERIFY2(maxSeen > ceiling / 2, "full jitter spreads over the whole range");
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
