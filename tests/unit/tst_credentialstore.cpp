// CredentialStore against a real gnome-keyring (tests/with-keyring.sh), and without any Secret Service.
#include "secrets/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace banister;

namespace {
struct ReadOutcome
{
    CredentialStore::Status status = CredentialStore::Status::Failed;
    QString secret;
    QString error;
    bool done = false;
};

ReadOutcome readNow(CredentialStore& store, const QString& account, QObject* ctx)
{
    ReadOutcome out;
    store.read(account, ctx, [&out](CredentialStore::Status s, const QString& secret, const QString& e) {
        out = { s, secret, e, true };
    });
    if (!QTest::qWaitFor([&] { return out.done; }, 10000))
        qWarning("keychain read timed out");
    return out;
}

CredentialStore::Status writeNow(CredentialStore& store, const QString& account, const QString& secret, bool remember,
                                 QObject* ctx)
{
    CredentialStore::Status status = CredentialStore::Status::Failed;
    bool done = false;
    store.write(account, secret, remember, ctx, [&](CredentialStore::Status s, const QString&) {
        status = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain write timed out");
    return status;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInRealKeyring()
    {
        if (qEnvironmentVariableIsSet("BANISTER_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs inside with-keyring.sh only");
        const QString account
            = CredentialStore::accountFor(QStringLiteral("gainsight-accesskey"), QStringLiteral("acme.example"));
        const QString secret = QStringLiteral("s3cr3t-Grüße-€");
        {
            CredentialStore store(QStringLiteral("BanisterTest"));
            QCOMPARE(writeNow(store, account, secret, true, this), CredentialStore::Status::Ok);
            QVERIFY(!store.isKeychainUnavailable());
        }
        // A fresh store (nothing in memory) reads it back from the keyring.
        CredentialStore store(QStringLiteral("BanisterTest"));
        ReadOutcome r = readNow(store, account, this);
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        QCOMPARE(r.secret, secret);

        bool removed = false;
        store.remove(account, this, [&](CredentialStore::Status s, const QString&) {
            QCOMPARE(s, CredentialStore::Status::Ok);
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        CredentialStore again(QStringLiteral("BanisterTest"));
        QCOMPARE(readNow(again, account, this).status, CredentialStore::Status::NotFound);
    }

    void rememberOffKeepsSessionOnly()
    {
        if (qEnvironmentVariableIsSet("BANISTER_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs inside with-keyring.sh only");
        const QString account = QStringLiteral("staircase-token@acme.example");
        CredentialStore first(QStringLiteral("BanisterTest"));
        QCOMPARE(writeNow(first, account, QStringLiteral("remembered"), true, this), CredentialStore::Status::Ok);
        // Turning "Remember" off replaces the stored copy with a session-only one.
        QCOMPARE(writeNow(first, account, QStringLiteral("session"), false, this), CredentialStore::Status::Ok);
        QCOMPARE(readNow(first, account, this).secret, QStringLiteral("session"));
        CredentialStore second(QStringLiteral("BanisterTest"));
        QCOMPARE(readNow(second, account, this).status, CredentialStore::Status::NotFound);
    }

    void callbackNeverRunsSynchronouslyOrAfterContextDied()
    {
        if (qEnvironmentVariableIsSet("BANISTER_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs inside with-keyring.sh only");
        CredentialStore store(QStringLiteral("BanisterTest"));
        bool called = false;
        auto* ctx = new QObject;
        store.read(QStringLiteral("nobody@nowhere"), ctx,
                   [&](CredentialStore::Status, const QString&, const QString&) { called = true; });
        QVERIFY(!called);
        delete ctx;
        bool probeDone = false;
        store.read(QStringLiteral("nobody@nowhere"), this,
                   [&](CredentialStore::Status, const QString&, const QString&) { probeDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probeDone, 10000);
        QVERIFY(!called);
    }

    void noKeychainKeepsSessionOnly()
    {
        if (!qEnvironmentVariableIsSet("BANISTER_EXPECT_NO_KEYCHAIN"))
            QSKIP("run by the tst_credentialstore_nokeychain test, without a session bus");
        CredentialStore store(QStringLiteral("BanisterTest"));
        QSignalSpy unavailable(&store, &CredentialStore::unavailable);
        QCOMPARE(writeNow(store, QStringLiteral("a@b"), QStringLiteral("secret"), true, this),
                 CredentialStore::Status::Unavailable);
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.unavailableReason().isEmpty());
        // The secret still works for this session, from memory.
        const ReadOutcome r = readNow(store, QStringLiteral("a@b"), this);
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        QCOMPARE(r.secret, QStringLiteral("secret"));
        // And is gone for the next process (a new store has nothing and says why).
        CredentialStore next(QStringLiteral("BanisterTest"));
        QVERIFY(readNow(next, QStringLiteral("a@b"), this).status != CredentialStore::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
