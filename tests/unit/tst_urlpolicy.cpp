#include "net/UrlPolicy.h"

#include <QTest>

using namespace banister;

class TestUrlPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("https") << "https://acme.gainsightcloud.com/v1/ignored?x=1" << true
                               << "https://acme.gainsightcloud.com";
        QTest::newRow("scheme added") << "acme.gainsightcloud.com" << true << "https://acme.gainsightcloud.com";
        QTest::newRow("https port") << "https://acme.example:8443" << true << "https://acme.example:8443";
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8787" << true << "http://127.0.0.1:8787";
        QTest::newRow("http loopback range") << "http://127.8.9.10:80" << true << "http://127.8.9.10:80";
        QTest::newRow("http localhost") << "http://localhost:1" << true << "http://localhost:1";
        QTest::newRow("http loopback v6") << "http://[::1]:8787" << true << "http://[::1]:8787";
        QTest::newRow("http remote") << "http://acme.gainsightcloud.com" << false << "";
        QTest::newRow("http private range") << "http://192.168.1.10" << false << "";
        QTest::newRow("ftp") << "ftp://acme.example" << false << "";
        QTest::newRow("empty") << "   " << false << "";
        QTest::newRow("garbage") << "http://" << false << "";
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, normalised);
        const UrlCheck c = checkTenantUrl(input);
        QCOMPARE(c.ok(), ok);
        if (ok)
            QCOMPARE(c.url.toString(), normalised);
        else
            QVERIFY(!c.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
