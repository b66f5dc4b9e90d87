// ActivationModel against sandboxes: which route applies (AI Follow-Up on or off), where the support request and
// the connection stand, the draft's defaults and a profile's draft, errors, stale answers and a public-API tenant.
#include "models/ActivationModel.h"
#include "support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
bool loadNow(ActivationModel& m)
{
    m.load();
    return QTest::qWaitFor([&] { return !m.isBusy(); }, 10000);
}

// Files a support request of this type and moves it on `steps` times (open -> in-progress -> done), as support does.
bool fileRequest(SandboxFixture& f, const QString& type, int steps)
{
    const ApiResult filed = SandboxFixture::wait(f.client().fileSupportRequest(
        type, QStringLiteral("dana.whitfield@northwind.example"), QStringLiteral("note")));
    if (!filed.ok())
        return false;
    const QString id = filed.data[QStringLiteral("id")].toString();
    for (int i = 0; i < steps; ++i)
        if (!SandboxFixture::wait(f.client().supportRequest(id)).ok())
            return false;
    return !id.isEmpty();
}
} // namespace

class TestActivationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhereTheTenantStands()
    {
        SandboxFixture f;
        ActivationModel m(&f.client());
        QVERIFY(!m.isBusy());
        QVERIFY(!m.canProceed()); // nothing read yet
        QVERIFY(m.statusText().isEmpty());
        QVERIFY(!m.hasDraft());
        QSignalSpy changed(&m, &ActivationModel::changed);
        m.load();
        QVERIFY(m.isBusy());
        QVERIFY(!m.canProceed());
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QCOMPARE(changed.count(), 2);
        QVERIFY2(m.errorText().isEmpty(), qPrintable(m.errorText()));
        QVERIFY(m.canProceed());
        QVERIFY(!m.aiFollowUp());
        QCOMPARE(m.path(), QStringLiteral("connect"));
        QVERIFY(!m.isConnected());
        QVERIFY(!m.isPublicApi());
        QCOMPARE(m.requestStatus(), QStringLiteral("not filed"));
        QVERIFY2(m.statusText().contains(QLatin1String("No support request has been filed yet")),
                 qPrintable(m.statusText()));
        QVERIFY(m.superAdmins().contains(QStringLiteral("Dana Whitfield <dana.whitfield@northwind.example>")));
        for (const QString& admin : m.superAdmins())
            QVERIFY2(admin.contains(QLatin1Char('<')) && admin.endsWith(QLatin1Char('>')), qPrintable(admin));

        // The draft's defaults: the caller as contact, the request for this route in words.
        QVERIFY(m.hasDraft());
        QCOMPARE(m.supportContact(), QStringLiteral("dana.whitfield@northwind.example"));
        QVERIFY2(m.supportNote().contains(QLatin1String("Please link our Staircase AI tenant")),
                 qPrintable(m.supportNote()));
        QVERIFY(m.supportNote().contains(QLatin1String("northwind")));
        QCOMPARE(m.section(), (ActivationSection { QStringLiteral("connect"), m.supportContact(), m.supportNote() }));
    }

    void aiFollowUpTakesTheUpgradeRoute()
    {
        SandboxFixture f(QStringLiteral("ai-followup"));
        ActivationModel m(&f.client());
        QVERIFY(loadNow(m));
        QVERIFY(m.canProceed());
        QVERIFY(m.aiFollowUp());
        QCOMPARE(m.path(), QStringLiteral("upgrade"));
        QCOMPARE(m.section().path, QStringLiteral("upgrade"));
        QVERIFY2(m.supportNote().contains(QLatin1String("upgrade the connection")), qPrintable(m.supportNote()));
        QCOMPARE(m.requestStatus(), QStringLiteral("not filed"));
    }

    void theRequestForThisRouteIsFollowed()
    {
        SandboxFixture f;
        ActivationModel m(&f.client());
        QVERIFY(loadNow(m));
        QCOMPARE(m.requestStatus(), QStringLiteral("not filed"));

        QVERIFY(fileRequest(f, QStringLiteral("staircase-integration"), 0));
        QVERIFY(loadNow(m));
        QCOMPARE(m.requestStatus(), QStringLiteral("open"));
        QVERIFY2(m.statusText().contains(QLatin1String("The support request is open.")), qPrintable(m.statusText()));
        QVERIFY(!m.isConnected());
    }

    void requestStatusInWords_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("open") << 0 << "open"
                              << "The support request is open.";
        QTest::newRow("in progress") << 1 << "in-progress"
                                     << "The support request is in progress.";
        QTest::newRow("done") << 2 << "done"
                              << "The support request is done.";
    }
    void requestStatusInWords()
    {
        QFETCH(int, steps);
        QFETCH(QString, status);
        QFETCH(QString, words);
        SandboxFixture f;
        QVERIFY(fileRequest(f, QStringLiteral("staircase-integration"), steps));
        ActivationModel m(&f.client());
        QVERIFY(loadNow(m));
        QCOMPARE(m.requestStatus(), status);
        QVERIFY2(m.statusText().startsWith(words), qPrintable(m.statusText()));
        QVERIFY(m.statusText().contains(QLatin1String("Banister continues from there")));
    }

    void alreadyConnectedIsNothingToDo()
    {
        SandboxFixture f(QStringLiteral("ai-followup"));
        QVERIFY(fileRequest(f, QStringLiteral("upgrade-connection"), 2)); // support upgrades the connection
        ActivationModel m(&f.client());
        QVERIFY(loadNow(m));
        QVERIFY(m.isConnected());
        QCOMPARE(m.requestStatus(), QStringLiteral("done"));
        QCOMPARE(m.statusText(),
                 QStringLiteral(
                     "Staircase is already connected to Gainsight (subdomain \"northwind\"). Nothing to do here."));
        QVERIFY(m.canProceed());
    }

    void aProfilesDraftIsKept()
    {
        SandboxFixture f;
        ActivationModel m(&f.client());
        QSignalSpy changed(&m, &ActivationModel::changed);
        m.setSection(ActivationSection { QStringLiteral("upgrade"), QStringLiteral("lee@northwind.example"),
                                         QStringLiteral("From the profile") });
        QCOMPARE(changed.count(), 1);
        QVERIFY(m.hasDraft());
        QVERIFY(loadNow(m));
        QCOMPARE(m.supportContact(), QStringLiteral("lee@northwind.example"));
        QCOMPARE(m.supportNote(), QStringLiteral("From the profile"));
        // The route follows the tenant, not the profile: AI Follow-Up is off here.
        QCOMPARE(m.section(),
                 (ActivationSection { QStringLiteral("connect"), QStringLiteral("lee@northwind.example"),
                                      QStringLiteral("From the profile") }));

        // A profile without the section clears the draft; the next load fills in the defaults again.
        changed.clear();
        m.setSection(std::nullopt);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m.hasDraft());
        QVERIFY(m.supportContact().isEmpty());
        QVERIFY(m.supportNote().isEmpty());
        QVERIFY(loadNow(m));
        QVERIFY(m.hasDraft());
        QCOMPARE(m.supportContact(), QStringLiteral("dana.whitfield@northwind.example"));
    }

    void editsAreTheDraft()
    {
        SandboxFixture f;
        ActivationModel m(&f.client());
        QSignalSpy changed(&m, &ActivationModel::changed);
        m.setSupportContact(QString()); // the same as before: no change, but the admin has touched it
        QCOMPARE(changed.count(), 0);
        QVERIFY(m.hasDraft());
        m.setSupportContact(QStringLiteral("ops@northwind.example"));
        QCOMPARE(changed.count(), 1);
        m.setSupportNote(QStringLiteral("Please hurry"));
        QCOMPARE(changed.count(), 2);
        m.setSupportNote(QStringLiteral("Please hurry"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(loadNow(m)); // what the admin typed is not overwritten by the defaults
        QCOMPARE(m.supportContact(), QStringLiteral("ops@northwind.example"));
        QCOMPARE(m.supportNote(), QStringLiteral("Please hurry"));
    }

    void anUnreachableTenantIsAnError()
    {
        TenantClient client;
        client.setGainsight(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), QStringLiteral("k"));
        client.setStaircase(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), QStringLiteral("t"));
        ActivationModel m(&client);
        QVERIFY(loadNow(m));
        QVERIFY2(m.errorText().contains(QLatin1String("127.0.0.1")), qPrintable(m.errorText()));
        QVERIFY(!m.canProceed());
        QVERIFY(m.statusText().isEmpty());
        QVERIFY(!m.hasDraft()); // no defaults from nothing
        QVERIFY(m.supportNote().isEmpty());
    }

    void aStaleAnswerIsDropped()
    {
        SandboxFixture slow; // AI Follow-Up off
        slow.server().setLatency(150);
        SandboxFixture fast(QStringLiteral("ai-followup"));
        TenantClient client;
        client.setGainsight(slow.url(), slow.server().accessKey());
        client.setStaircase(slow.url(), slow.server().staircaseToken());
        QSignalSpy replies(client.networkAccessManager(), &QNetworkAccessManager::finished);
        ActivationModel m(&client);
        m.load();
        // The admin went back and connected to another tenant before the first answer came.
        client.setGainsight(fast.url(), fast.server().accessKey());
        client.setStaircase(fast.url(), fast.server().staircaseToken());
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(m.aiFollowUp());
        QSignalSpy changed(&m, &ActivationModel::changed);
        QTRY_COMPARE_WITH_TIMEOUT(replies.count(), 10, 10000); // five calls per load, the slow ones too
        QVERIFY(m.aiFollowUp()); // the first tenant's answer changed nothing
        QCOMPARE(changed.count(), 0);
        QVERIFY(m.canProceed());
    }

    void publicApiTenantReadsOnlyUsers()
    {
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
        f.client().setSurface(TenantClient::Surface::Public);
        ActivationModel m(&f.client());
        TenantInfo known;
        known.aiFollowUp = true; // the admin's word, confirmed on the Prerequisites page
        known.subdomain = QStringLiteral("northwind");
        m.setKnownTenant(known);
        QVERIFY(loadNow(m));
        QVERIFY2(m.errorText().isEmpty(), qPrintable(m.errorText()));
        QVERIFY(m.canProceed());
        QVERIFY(m.isPublicApi());
        QVERIFY(m.aiFollowUp());
        QCOMPARE(m.path(), QStringLiteral("upgrade"));
        QVERIFY(m.superAdmins().contains(QStringLiteral("Dana Whitfield <dana.whitfield@northwind.example>")));
        QVERIFY2(m.statusText().contains(QLatin1String("Review page lists both as steps you do by hand")),
                 qPrintable(m.statusText()));
        QVERIFY(m.supportContact().isEmpty()); // the caller is not known without tenant info
        QVERIFY(m.supportNote().contains(QLatin1String("northwind")));
        QCOMPARE(f.server().tenant().sandboxOnlyRequests(), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestActivationModel)
#include "tst_activationmodel.moc"
