// The sandbox's mutable state as one value: the state file format (read as the first version wrote it), round
// trips, and the worlds a file is refused for.
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace banister::sandbox;

namespace {
// A state file as banister.sandbox-state/1 has always been written, cut down to three users and two layouts: one
// that the tenant has and one it no longer has.
const char* const kStateFile = R"({
  "schema": "banister.sandbox-state/1", "scenario": "ready", "seed": 1,
  "supportRequests": [{"id": "SR-1001", "type": "staircase-integration", "status": "done", "contact": "a@b.c",
                       "note": "hi"}],
  "linked": true,
  "integration": {"connected": true, "subdomain": "northwind", "connectedAs": "dana.whitfield@northwind.example",
                  "tabs": ["CRM", "Account Fields", "Users"]},
  "gsRoles": {"1U00000001": ["System Administrator", "Staircase Admin"], "1U00000006": ["CSM", "Staircase User"],
              "1UFFFFFFFF": ["CSM"]},
  "accounts": {"1U00000006": {"active": false, "username": "five@n.example"}},
  "crm": {"syncAccounts": true, "filter": {"mode": "specific", "rows": [{"field": "Status", "operator": "in",
          "values": ["Active"]}]}, "churnedStatuses": ["Churned"], "prospectStatuses": [], "syncTeamHierarchy": false,
          "callSummaryUpload": true},
  "layouts": [{"id": "c360-smb", "name": "SMB C360", "type": "C360",
               "sections": [{"key": "staircase-ai", "label": "Staircase AI"}, {"key": "summary", "label": "Sum"}]},
              {"id": "c360-gone", "name": "Gone", "type": "C360", "sections": []}],
  "dashboard": {"permission": "public", "principals": []},
  "mappings": {"tier": "Tier", "revenue": "ARR"}
})";

QJsonObject stateFile()
{
    return QJsonDocument::fromJson(kStateFile).object();
}

SandboxOptions opts(quint32 seed = 1)
{
    SandboxOptions o;
    o.seed = seed;
    o.dataRate = {};
    o.userWriteRate = {};
    return o;
}

const Layout* layout(const TenantState& s, const QString& id)
{
    for (const Layout& l : s.layouts)
        if (l.id == id)
            return &l;
    return nullptr;
}
} // namespace

class TestTenantState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheStateFileFormat()
    {
        const SandboxTenant seeded(opts());
        const auto read = fromJson(stateFile(), seeded.state());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const TenantState& s = read.value();
        QCOMPARE(s.supportRequests.size(), 1);
        QCOMPARE(s.supportRequests.at(0).status, QStringLiteral("done"));
        QCOMPARE(s.supportRequests.at(0).note, QStringLiteral("hi"));
        QVERIFY(s.linked);
        QVERIFY(s.connected);
        QCOMPARE(s.connectedSubdomain, QStringLiteral("northwind"));
        QCOMPARE(s.connectedAs, QStringLiteral("dana.whitfield@northwind.example"));
        QCOMPARE(s.users.at(5).gsRoles, (QStringList { QStringLiteral("CSM"), QStringLiteral("Staircase User") }));
        QCOMPARE(s.users.at(5).active, false);
        QCOMPARE(s.users.at(5).username, QStringLiteral("five@n.example"));
        QCOMPARE(s.users.at(0).gsRoles.last(), QStringLiteral("Staircase Admin"));
        QCOMPARE(s.users.size(), seeded.state().users.size()); // an unknown user id is ignored
        QCOMPARE(s.users.at(1), seeded.state().users.at(1)); // a user the file does not name keeps what it had
        QCOMPARE(layout(s, QStringLiteral("c360-smb"))->sections.size(), 2);
        QCOMPARE(*layout(s, QStringLiteral("c360-enterprise")),
                 *layout(seeded.state(), QStringLiteral("c360-enterprise")));
        QVERIFY(!layout(s, QStringLiteral("c360-gone"))); // a layout the tenant does not have is ignored
        QCOMPARE(s.dashboardPermissions.value(QLatin1String("permission")).toString(), QStringLiteral("public"));
        QCOMPARE(s.mappings.value(QStringLiteral("revenue")), QStringLiteral("ARR"));
        QCOMPARE(s.crm, stateFile().value(QLatin1String("crm")).toObject());
    }

    void writesWhatItRead()
    {
        const SandboxTenant seeded(opts());
        const QJsonObject file = stateFile();
        const QJsonObject written = toJson(fromJson(file, seeded.state()).value());
        for (const char* key : { "schema", "scenario", "seed", "supportRequests", "linked", "integration", "crm",
                                 "dashboard", "mappings" })
            QCOMPARE(written.value(QLatin1String(key)), file.value(QLatin1String(key)));
        const auto roles = written.value(QLatin1String("gsRoles")).toObject();
        const auto accounts = written.value(QLatin1String("accounts")).toObject();
        QCOMPARE(roles.size(), int(seeded.state().users.size())); // every user, by id
        QCOMPARE(roles.value(QLatin1String("1U00000006")),
                 file[QStringLiteral("gsRoles")][QStringLiteral("1U00000006")]);
        QCOMPARE(accounts.value(QLatin1String("1U00000006")),
                 file[QStringLiteral("accounts")][QStringLiteral("1U00000006")]);
        QCOMPARE(written.value(QLatin1String("layouts")).toArray().size(), 5);
    }

    void roundTrips()
    {
        SandboxTenant t(opts());
        TenantState s = t.state();
        s.supportRequests.append({ QStringLiteral("SR-1001"), QStringLiteral("upgrade-connection"),
                                   QStringLiteral("in-progress"), QString(), QStringLiteral("note") });
        markConnected(s, QStringLiteral("northwind"), QStringLiteral("Gainsight Support"));
        s.users[7].active = false;
        s.users[7].username = QStringLiteral("old_login");
        s.mappings.insert(QStringLiteral("tier"), QStringLiteral("Tier"));
        s.layouts[2].sections.prepend({ QStringLiteral("staircase-ai"), QStringLiteral("Staircase AI") });
        s.crm = QJsonObject { { QStringLiteral("syncAccounts"), true } };
        const auto back = fromJson(toJson(s), t.state());
        QVERIFY(back.ok());
        QVERIFY(back.value() == s);
        QVERIFY(back.value() != t.state());
        // Through the tenant: what restoreState reads, saveState writes.
        QCOMPARE(t.restoreState(toJson(s)), QString());
        QVERIFY(t.state() == s);
        QCOMPARE(t.saveState(), toJson(s));
        QVERIFY(t.state().users.at(0).gsRoles.contains(QStringLiteral("Staircase Admin"))); // markConnected's rule
    }

    void refusesAnotherWorld_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("schema") << "schema" << QJsonValue(QStringLiteral("banister.sandbox-state/2"))
                                << "not a sandbox state file";
        QTest::newRow("scenario") << "scenario" << QJsonValue(QStringLiteral("large"))
                                  << "the state was saved for scenario large, seed 1";
        QTest::newRow("seed") << "seed" << QJsonValue(2) << "the state was saved for scenario ready, seed 2";
    }
    void refusesAnotherWorld()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject file = stateFile();
        file.insert(key, value);
        SandboxTenant t(opts());
        const QJsonObject before = t.saveState();
        QCOMPARE(t.restoreState(file), error);
        QCOMPARE(t.saveState(), before); // nothing read
    }
};

QTEST_GUILESS_MAIN(TestTenantState)
#include "tst_tenantstate.moc"
