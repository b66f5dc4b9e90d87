// ConnectionModel against sandboxes: connecting, secrets kept in the keychain when Remember is on, wrong key or
// token in words, insecure URLs refused before sending, stale answers dropped, real credentials after the sandbox.
#include "models/ConnectionModel.h"
#include "support/SandboxFixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestConnectionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BanisterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionmodel"));
    }

    void connectSucceedsAndStoresSecrets()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        QVERIFY(!m.isFilled());
        m.setGainsightUrl(f.url());
        m.setStaircaseUrl(f.url());
        m.setAccessKey(f.server().accessKey());
        m.setStaircaseToken(f.server().staircaseToken());
        m.setRemember(true);
        QVERIFY(m.isFilled());
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        QVERIFY(m.isBusy());
        QVERIFY(!m.canProceed());
        QVERIFY(connected.wait(10000));
        QVERIFY(!m.isBusy());
        QVERIFY(m.canProceed());
        QVERIFY2(m.errorText().isEmpty(), qPrintable(m.errorText()));
        QCOMPARE(m.tenantInfo().subdomain, QStringLiteral("northwind"));

        // A new session restores URL and secrets (from settings and the keychain).
        CredentialStore freshStore(QStringLiteral("BanisterTest"));
        ConnectionModel restored(&client, &freshStore);
        restored.restoreSaved();
        QCOMPARE(restored.gainsightUrl(), f.url());
        QTRY_COMPARE_WITH_TIMEOUT(restored.accessKey(), f.server().accessKey(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.staircaseToken(), f.server().staircaseToken(), 10000);
    }

    void wrongKeyFailsWithWords()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), QStringLiteral("not-the-key"), f.server().staircaseToken(), QStringLiteral("ready"));
        m.connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(!m.canProceed());
        QVERIFY(m.errorText().contains(QLatin1String("Gainsight")));
        QVERIFY(m.errorText().contains(QLatin1String("401")));
    }

    void wrongTokenFails()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), f.server().accessKey(), QStringLiteral("nope"), QStringLiteral("ready"));
        m.connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(!m.canProceed());
        QVERIFY(m.errorText().contains(QLatin1String("Staircase")));
    }

    void insecureUrlRefusedBeforeSending()
    {
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.setGainsightUrl(QStringLiteral("http://acme.gainsightcloud.com"));
        m.setStaircaseUrl(QStringLiteral("https://app.staircase.ai"));
        m.setAccessKey(QStringLiteral("k"));
        m.setStaircaseToken(QStringLiteral("t"));
        m.connectToTenant();
        QVERIFY(!m.isBusy());
        QVERIFY(m.errorText().contains(QLatin1String("https")));
    }

    void editingDropsStaleAnswer()
    {
        SandboxFixture f;
        f.server().setLatency(200);
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        m.setAccessKey(QStringLiteral("edited-while-checking"));
        QVERIFY(!connected.wait(600)); // the answer for the old key arrives and is dropped
        QVERIFY(!m.canProceed());
        QVERIFY(!m.isBusy());
    }

    void realCredentialsAfterTheSandboxAreRemembered()
    {
        SandboxFixture sandbox;
        SandboxFixture real; // stands in for a real tenant: another address, other secrets
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(sandbox.url(), sandbox.server().accessKey(), sandbox.server().staircaseToken(),
                     QStringLiteral("ready"));
        QVERIFY(!m.remember());
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        QVERIFY(connected.wait(10000));

        // The admin switches to the real tenant, as typed on the Connect page, with Remember on.
        m.setGainsightUrl(real.url());
        QVERIFY(!m.isSandbox());
        QVERIFY(m.remember()); // back to what it was before the sandbox
        m.setStaircaseUrl(real.url());
        m.setAccessKey(real.server().accessKey());
        m.setStaircaseToken(real.server().staircaseToken());
        m.setRemember(true);
        m.connectToTenant();
        QVERIFY(connected.wait(10000));

        CredentialStore freshStore(QStringLiteral("BanisterTest"));
        ConnectionModel restored(&client, &freshStore);
        restored.restoreSaved();
        QCOMPARE(restored.gainsightUrl(), real.url());
        QTRY_COMPARE_WITH_TIMEOUT(restored.accessKey(), real.server().accessKey(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.staircaseToken(), real.server().staircaseToken(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionModel)
#include "tst_connectionmodel.moc"
