// The sandbox tenant's contract (DESIGN §4), through SandboxTenant::handle: auth, envelope, query semantics, bad
// input, rate limits, scenarios.
#include "sandbox/CompanyQuery.h"
#include "sandbox/SandboxTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace banister::sandbox;

namespace {
SandboxOptions opts(const QString& scenario = QStringLiteral("ready"), quint32 seed = 1)
{
    SandboxOptions o;
    o.scenario = scenario;
    o.seed = seed;
    o.dataRate = {};
    o.userWriteRate = {};
    return o;
}

SandboxRequest gsRequest(const SandboxTenant& t, const QByteArray& method, const QString& path,
                         const QByteArray& body = {}, const QString& query = {})
{
    SandboxRequest r;
    r.method = method;
    r.path = path;
    r.query = QUrlQuery(query);
    r.body = body;
    r.headers.insert("accesskey", t.accessKey().toUtf8());
    return r;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject cond(const char* name, const char* op, const QJsonArray& values, const char* alias = nullptr)
{
    QJsonObject c { { QStringLiteral("name"), QLatin1String(name) },
                    { QStringLiteral("operator"), QLatin1String(op) },
                    { QStringLiteral("value"), values } };
    if (alias)
        c.insert(QStringLiteral("alias"), QLatin1String(alias));
    return c;
}

qint64 count(SandboxTenant& t, const QJsonObject& where)
{
    QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("COUNT(Gsid)") } } };
    if (!where.isEmpty())
        q.insert(QStringLiteral("where"), where);
    const auto resp = t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
    if (resp.status != 200)
        qWarning() << resp.body;
    return qint64(
        resp.body[QStringLiteral("data")][QStringLiteral("records")][0][QStringLiteral("COUNT(Gsid)")].toDouble(-1));
}
} // namespace

class TestSandboxTenant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void envelopeOnSuccess()
    {
        SandboxTenant t(opts());
        const auto r = t.handle(gsRequest(t, "GET", QStringLiteral("/v1/tenant/info")), 0);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("result")).toBool(), true);
        QVERIFY(r.body.value(QStringLiteral("errorCode")).isNull());
        QVERIFY(!r.body.value(QStringLiteral("requestId")).toString().isEmpty());
        QCOMPARE(r.body[QStringLiteral("data")][QStringLiteral("primaryCrm")].toString(), QStringLiteral("Gainsight"));
        QCOMPARE(r.body[QStringLiteral("data")][QStringLiteral("caller")][QStringLiteral("isAdmin")].toBool(), true);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("gainsight no key") << QByteArray() << QByteArray() << "/v1/tenant/info" << 401;
        QTest::newRow("gainsight wrong key")
            << QByteArray("accesskey") << QByteArray("nope") << "/v1/tenant/info" << 401;
        QTest::newRow("gainsight bearer instead of key")
            << QByteArray("authorization") << QByteArray("Bearer x") << "/v1/tenant/info" << 401;
        QTest::newRow("staircase no token")
            << QByteArray() << QByteArray() << "/staircase/v1/integrations/gainsight" << 401;
        QTest::newRow("staircase wrong token") << QByteArray("authorization") << QByteArray("Bearer nope")
                                               << "/staircase/v1/integrations/gainsight" << 401;
        QTest::newRow("staircase key instead of token")
            << QByteArray("accesskey") << QByteArray("KEY") << "/staircase/v1/integrations/gainsight" << 401;
    }
    void authentication()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QFETCH(int, status);
        SandboxTenant t(opts());
        SandboxRequest r;
        r.method = "GET";
        r.path = path;
        if (!header.isEmpty())
            r.headers.insert(header, value == "KEY" ? t.accessKey().toUtf8() : value);
        const auto resp = t.handle(r, 0);
        QCOMPARE(resp.status, status);
        QCOMPARE(resp.body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("GS_AUTH"));
        QVERIFY(resp.body.value(QStringLiteral("errorDesc")).toString().size() > 20);
        QCOMPARE(resp.body.value(QStringLiteral("result")).toBool(true), false);
    }

    void staircaseRightsAndSubscription()
    {
        for (const auto& [scenario, status] :
             { std::pair { "ready", 200 }, { "not-admin", 403 }, { "no-staircase-subscription", 404 } }) {
            SandboxTenant t(opts(QLatin1String(scenario)));
            SandboxRequest r;
            r.method = "GET";
            r.path = QStringLiteral("/staircase/v1/integrations/gainsight");
            r.headers.insert("authorization", "Bearer " + t.staircaseToken().toUtf8());
            QCOMPARE(t.handle(r, 0).status, status);
        }
    }

    void unknownRouteAndMethod()
    {
        SandboxTenant t(opts());
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/nope")), 0).status, 404);
        QCOMPARE(t.handle(gsRequest(t, "DELETE", QStringLiteral("/v1/tenant/info")), 0).status, 405);
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/meta/services/objects/Widget/describe")), 0).status,
                 404);
    }

    void describeHasTheSeededFields()
    {
        SandboxTenant t(opts());
        const auto r = t.handle(gsRequest(t, "GET", QStringLiteral("/v1/meta/services/objects/Company/describe")), 0);
        QCOMPARE(r.status, 200);
        QHash<QString, QJsonObject> byName;
        for (const auto& f : r.body[QStringLiteral("data")][QStringLiteral("fields")].toArray())
            byName.insert(f[QStringLiteral("name")].toString(), f.toObject());
        for (const char* name :
             { "Gsid", "Name", "Status", "Tier", "Customer_Tier__gc", "ARR", "MRR", "Renewal_Date", "Stage",
               "Journey_Stage__gc", "Region", "Industry", "Employees", "CSM", "Parent_Company", "Created_Date" })
            QVERIFY2(byName.contains(QLatin1String(name)), name);
        QCOMPARE(byName[QStringLiteral("Tier")][QStringLiteral("dataType")].toString(), QStringLiteral("PICKLIST"));
        QCOMPARE(byName[QStringLiteral("Tier")][QStringLiteral("multiSelect")].toBool(), false);
        QCOMPARE(byName[QStringLiteral("Customer_Tier__gc")][QStringLiteral("multiSelect")].toBool(), true);
        QCOMPARE(byName[QStringLiteral("ARR")][QStringLiteral("dataType")].toString(), QStringLiteral("CURRENCY"));
        QCOMPARE(byName[QStringLiteral("Renewal_Date")][QStringLiteral("dataType")].toString(), QStringLiteral("DATE"));
        QCOMPARE(byName[QStringLiteral("Status")][QStringLiteral("picklistValues")].toArray().size(), 6);
    }

    void countEqualsRecordsPagedOut_data()
    {
        QTest::addColumn<QJsonObject>("where");
        QTest::newRow("all") << QJsonObject();
        QTest::newRow("status in") << QJsonObject {
            { QStringLiteral("conditions"),
              QJsonArray { cond("Status", "IN", { QStringLiteral("Active"), QStringLiteral("At Risk") }) } }
        };
        QTest::newRow("and of two") << QJsonObject {
            { QStringLiteral("conditions"),
              QJsonArray { cond("Region", "IN", { QStringLiteral("EMEA") }, "A"), cond("ARR", "GT", { 50000 }, "B") } },
            { QStringLiteral("expression"), QStringLiteral("A AND B") }
        };
        QTest::newRow("or with not") << QJsonObject {
            { QStringLiteral("conditions"),
              QJsonArray { cond("Tier", "EQ", { QStringLiteral("Tier 1") }, "A"),
                           cond("Renewal_Date", "LT", { QStringLiteral("2026-06-30") }, "B"),
                           cond("Status", "IN", { QStringLiteral("Churned") }, "C") } },
            { QStringLiteral("expression"), QStringLiteral("(A OR B) AND NOT C") }
        };
        QTest::newRow("multi-select any of")
            << QJsonObject { { QStringLiteral("conditions"),
                               QJsonArray { cond("Customer_Tier__gc", "IN", { QStringLiteral("Strategic") }) } } };
    }
    void countEqualsRecordsPagedOut()
    {
        QFETCH(QJsonObject, where);
        SandboxTenant t(opts());
        const qint64 n = count(t, where);
        QVERIFY(n > 0);
        qint64 paged = 0;
        QSet<QString> seen;
        for (int offset = 0;; offset += 500) {
            QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("Gsid") } },
                            { QStringLiteral("limit"), 500 },
                            { QStringLiteral("offset"), offset } };
            if (!where.isEmpty())
                q.insert(QStringLiteral("where"), where);
            const auto r = t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
            QCOMPARE(r.status, 200);
            const QJsonArray records = r.body[QStringLiteral("data")][QStringLiteral("records")].toArray();
            for (const auto& rec : records)
                seen.insert(rec[QStringLiteral("Gsid")].toString());
            paged += records.size();
            if (records.size() < 500)
                break;
        }
        QCOMPARE(paged, n);
        QCOMPARE(qint64(seen.size()), n); // no row twice across pages
    }

    void filtersReallyFilter()
    {
        SandboxTenant t(opts());
        const qint64 all = count(t, {});
        QCOMPARE(all, qint64(t.data().companyCount()));
        const qint64 emea = count(
            t, { { QStringLiteral("conditions"), QJsonArray { cond("Region", "IN", { QStringLiteral("EMEA") }) } } });
        const qint64 notEmea = count(
            t, { { QStringLiteral("conditions"), QJsonArray { cond("Region", "NE", { QStringLiteral("EMEA") }) } } });
        QVERIFY(emea > 0 && emea < all);
        QCOMPARE(emea + notEmea, all);
        // Every returned record satisfies the condition.
        QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("Region"), QStringLiteral("ARR") } },
                        { QStringLiteral("where"),
                          QJsonObject { { QStringLiteral("conditions"),
                                          QJsonArray { cond("Region", "IN", { QStringLiteral("EMEA") }),
                                                       cond("ARR", "GTE", { 100000 }) } } } },
                        { QStringLiteral("limit"), 5000 } };
        const auto r = t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
        for (const auto& rec : r.body[QStringLiteral("data")][QStringLiteral("records")].toArray()) {
            QCOMPARE(rec[QStringLiteral("Region")].toString(), QStringLiteral("EMEA"));
            QVERIFY(rec[QStringLiteral("ARR")].toDouble() >= 100000);
        }
    }

    void orderByAndLimit()
    {
        SandboxTenant t(opts());
        QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("ARR") } },
                        { QStringLiteral("orderBy"),
                          QJsonObject { { QStringLiteral("ARR"), QStringLiteral("desc") } } },
                        { QStringLiteral("limit"), 50 } };
        const auto r = t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
        const QJsonArray recs = r.body[QStringLiteral("data")][QStringLiteral("records")].toArray();
        QCOMPARE(recs.size(), 50);
        for (int i = 1; i < recs.size(); ++i)
            QVERIFY(recs[i - 1][QStringLiteral("ARR")].toDouble() >= recs[i][QStringLiteral("ARR")].toDouble());
    }

    void badInputGives400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"select\":[") << "not valid JSON";
        QTest::newRow("array body") << QByteArray("[1,2]") << "JSON object";
        QTest::newRow("empty select") << QByteArray("{\"select\":[]}") << "select";
        QTest::newRow("unknown select field") << QByteArray("{\"select\":[\"Tierr\"]}") << "Tierr";
        QTest::newRow("unknown key") << QByteArray("{\"select\":[\"Name\"],\"limt\":5}") << "limt";
        QTest::newRow("huge limit") << QByteArray("{\"select\":[\"Name\"],\"limit\":5001}") << "limit";
        QTest::newRow("negative offset") << QByteArray("{\"select\":[\"Name\"],\"offset\":-1}") << "offset";
        QTest::newRow("fractional limit") << QByteArray("{\"select\":[\"Name\"],\"limit\":2.5}") << "limit";
        QTest::newRow("overflowing limit")
            << QByteArray("{\"select\":[\"Name\"],\"limit\":99999999999999999999}") << "limit";
        QTest::newRow("overflowing number") << QByteArray("{\"select\":[\"Name\"],\"limit\":1e400}") << "JSON";
        QTest::newRow("overflowing value") << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":"
                                                         "\"ARR\",\"operator\":\"GT\",\"value\":[1e300]}]}}")
                                           << "ARR";
        QTest::newRow("unknown where field")
            << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":\"Tierr\",\"operator\":\"IN\","
                          "\"value\":[\"x\"]}]}}")
            << "unknown field \"Tierr\"";
        QTest::newRow("unknown operator") << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":"
                                                        "\"Tier\",\"operator\":\"LIKE\",\"value\":[\"x\"]}]}}")
                                          << "LIKE";
        QTest::newRow("value not array") << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":"
                                                       "\"Tier\",\"operator\":\"IN\",\"value\":\"x\"}]}}")
                                         << "array";
        QTest::newRow("bad date") << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":\"Renewal_"
                                                "Date\",\"operator\":\"GT\",\"value\":[\"soon\"]}]}}")
                                  << "YYYY-MM-DD";
        QTest::newRow("dangling alias") << QByteArray(
            "{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":\"Tier\",\"alias\":\"A\",\"operator\":\"IN\","
            "\"value\":[\"Tier 1\"]}],\"expression\":\"A AND Z\"}}")
                                        << "\"Z\"";
        QTest::newRow("unbalanced expression")
            << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":\"Tier\",\"alias\":\"A\","
                          "\"operator\":\"IN\",\"value\":[\"Tier 1\"]}],\"expression\":\"(A\"}}")
            << ")";
        QTest::newRow("not filterable") << QByteArray("{\"select\":[\"Name\"],\"where\":{\"conditions\":[{\"name\":"
                                                      "\"Parent_Company\",\"operator\":\"IN\",\"value\":[\"x\"]}]}}")
                                        << "Parent_Company";
        QTest::newRow("count with fields") << QByteArray("{\"select\":[\"COUNT(Gsid)\",\"Name\"]}") << "COUNT";
    }
    void badInputGives400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        SandboxTenant t(opts());
        const auto r = t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), body), 0);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("GS_BAD_REQUEST"));
        const QString desc = r.body.value(QStringLiteral("errorDesc")).toString();
        QVERIFY2(desc.contains(mentions), qPrintable(desc));
    }

    void deeplyNestedExpressionIsRefused()
    {
        SandboxTenant t(opts());
        const QString expr = QString(200, QLatin1Char('(')) + QStringLiteral("A") + QString(200, QLatin1Char(')'));
        QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("COUNT(Gsid)") } },
                        { QStringLiteral("where"),
                          QJsonObject { { QStringLiteral("conditions"),
                                          QJsonArray { cond("Tier", "IN", { QStringLiteral("Tier 1") }, "A") } },
                                        { QStringLiteral("expression"), expr } } } };
        QCOMPARE(t.handle(gsRequest(t, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0).status,
                 400);
    }

    void distinctCountsAddUp()
    {
        SandboxTenant t(opts());
        const auto r = t.handle(gsRequest(t, "GET", QStringLiteral("/v1/data/objects/Company/distinct"), {},
                                          QStringLiteral("field=Status")),
                                0);
        QCOMPARE(r.status, 200);
        qint64 sum = 0;
        for (const auto& v : r.body[QStringLiteral("data")][QStringLiteral("values")].toArray()) {
            const qint64 c = qint64(v[QStringLiteral("count")].toDouble());
            QCOMPARE(c,
                     count(t,
                           { { QStringLiteral("conditions"),
                               QJsonArray { cond("Status", "EQ", { v[QStringLiteral("value")] }) } } }));
            sum += c;
        }
        QCOMPARE(sum, qint64(t.data().companyCount()));
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/data/objects/Company/distinct"), {},
                                    QStringLiteral("field=Nope")),
                          0)
                     .status,
                 400);
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/data/objects/Company/distinct")), 0).status, 400);
    }

    void usersArePagedAndSearchable()
    {
        SandboxTenant t(opts());
        const int total = int(t.data().users().size());
        QVERIFY(total >= 150);
        QSet<QString> ids;
        for (int page = 1; page <= (total + 49) / 50; ++page) {
            const auto r = t.handle(
                gsRequest(t, "GET", QStringLiteral("/v1/users"), {}, QStringLiteral("page=%1&pageSize=50").arg(page)),
                0);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body[QStringLiteral("data")][QStringLiteral("total")].toInt(), total);
            for (const auto& u : r.body[QStringLiteral("data")][QStringLiteral("records")].toArray())
                ids.insert(u[QStringLiteral("id")].toString());
        }
        QCOMPARE(ids.size(), total);
        const auto r = t.handle(gsRequest(t, "GET", QStringLiteral("/v1/users"), {}, QStringLiteral("q=WHITFIELD")), 0);
        const QJsonArray found = r.body[QStringLiteral("data")][QStringLiteral("records")].toArray();
        QVERIFY(!found.isEmpty());
        for (const auto& u : found)
            QVERIFY(u[QStringLiteral("name")].toString().contains(QStringLiteral("Whitfield"), Qt::CaseInsensitive)
                    || u[QStringLiteral("email")].toString().contains(QStringLiteral("whitfield")));
        for (const char* bad : { "page=0", "pageSize=501", "page=abc", "pageSize=-3", "page=99999999999999" })
            QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/users"), {}, QLatin1String(bad)), 0).status, 400);
    }

    // Pages of users are written as bytes directly: exactly what QJsonDocument writes for the same answer, also for
    // text that needs escaping, and without the sandbox's own field on the public API.
    void usersPagesAreWrittenAsQtWritesThem()
    {
        for (const bool publicOnly : { false, true }) {
            SandboxOptions o = opts(QStringLiteral("messy-users"));
            o.publicApiOnly = publicOnly;
            SandboxTenant t(o);
            const QString id = t.data().users().at(4).id;
            const QString odd = QStringLiteral("Zo\u00eb \"q\" \\ /\t\u0001\u2603\U0001F600\u007f@x.example");
            const auto put = [&](const char* path, const QJsonObject& user) {
                return t
                    .handle(gsRequest(t, "PUT", QLatin1String(path),
                                      json({ { QStringLiteral("users"), QJsonArray { user } } })),
                            0)
                    .status;
            };
            QCOMPARE(put("/v1/users/status", { { QStringLiteral("userId"), id }, { QStringLiteral("active"), false } }),
                     200);
            QCOMPARE(put("/v1/users", { { QStringLiteral("userId"), id }, { QStringLiteral("username"), odd } }), 200);
            for (const QString& query :
                 { QStringLiteral("page=1&pageSize=7"), QStringLiteral("page=2&pageSize=500"), QStringLiteral("q=zo"),
                   QStringLiteral("q=nobody-has-this"), QStringLiteral("page=9999"), QString() }) {
                const auto r = t.respond(gsRequest(t, "GET", QStringLiteral("/v1/users"), {}, query), 0);
                QCOMPARE(r.status, 200);
                QVERIFY(r.body.isEmpty());
                QCOMPARE(r.rawBody, QJsonDocument::fromJson(r.rawBody).toJson(QJsonDocument::Compact));
            }
            const auto r = t.handle(gsRequest(t, "GET", QStringLiteral("/v1/users"), {}, QStringLiteral("q=zo")), 0);
            const QJsonArray records = r.body[QStringLiteral("data")][QStringLiteral("records")].toArray();
            const auto it = std::find_if(records.begin(), records.end(),
                                         [&](const QJsonValue& u) { return u[QStringLiteral("id")].toString() == id; });
            QVERIFY(it != records.end());
            QCOMPARE((*it)[QStringLiteral("username")].toString(), odd);
            QCOMPARE((*it).toObject().contains(QStringLiteral("staircaseAccess")), !publicOnly);
        }
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        SandboxOptions o = opts();
        o.dataRate = { 3, 60000 };
        SandboxTenant t(o);
        const auto describe = [&](qint64 now) {
            return t.handle(gsRequest(t, "GET", QStringLiteral("/v1/meta/services/objects/Company/describe")), now);
        };
        // Fixed windows: three calls between 10:00:00 and 10:01:00, whenever in the minute they come.
        using banister::kDayMs;
        using banister::kHourMs;
        const qint64 t0 = 1000 * kDayMs + 10 * kHourMs + 15000; // 10:00:15 UTC
        for (int i = 0; i < 3; ++i)
            QCOMPARE(describe(t0).status, 200);
        const auto limited = describe(t0);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("GS_RATE_LIMIT"));
        QByteArray retryAfter;
        for (const auto& h : limited.headers)
            if (h.first == "Retry-After")
                retryAfter = h.second;
        QCOMPARE(retryAfter, QByteArray("45")); // the next window opens at 10:01:00
        QCOMPARE(describe(t0 + 44999).status, 429);
        QCOMPARE(describe(t0 + 45000).status, 200); // a new window: its whole budget at once
        QCOMPARE(describe(t0 + 45001).status, 200);
        QCOMPARE(describe(t0 + 45002).status, 200);
        QCOMPARE(describe(t0 + 45003).status, 429);
        // A daily cap: the 429 points at 00:00 UTC.
        SandboxOptions d = opts();
        d.userWriteRate = RateLimit { 100, kHourMs, 2 };
        SandboxTenant capped(d);
        const auto status = [&](qint64 now) {
            return capped.handle(
                gsRequest(capped, "PUT", QStringLiteral("/v1/users/status"),
                          json(QJsonObject {
                              { QStringLiteral("users"),
                                QJsonArray { QJsonObject { { QStringLiteral("userId"), capped.data().users().at(5).id },
                                                           { QStringLiteral("active"), true } } } } })),
                now);
        };
        QCOMPARE(status(t0).status, 200);
        QCOMPARE(status(t0 + kHourMs).status, 200);
        const auto dayCapped = status(t0 + 2 * kHourMs);
        QCOMPARE(dayCapped.status, 429);
        for (const auto& h : dayCapped.headers)
            if (h.first == "Retry-After")
                QCOMPARE(h.second.toLongLong(), (1001 * kDayMs - (t0 + 2 * kHourMs)) / 1000);
        QCOMPARE(status(1001 * kDayMs).status, 200);
        // Tenant info is not a data API: never limited.
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/tenant/info")), 0).status, 200);
    }

    void scenariosDiffer()
    {
        QCOMPARE(SandboxTenant(opts(QStringLiteral("salesforce-primary"))).data().facts().primaryCrm,
                 QStringLiteral("Salesforce"));
        QCOMPARE(SandboxTenant(opts(QStringLiteral("no-staircase-subscription"))).data().facts().staircase, false);
        QCOMPARE(SandboxTenant(opts(QStringLiteral("ai-followup"))).data().facts().aiFollowUp, true);
        SandboxTenant notAdmin(opts(QStringLiteral("not-admin")));
        const auto info = notAdmin.handle(gsRequest(notAdmin, "GET", QStringLiteral("/v1/tenant/info")), 0);
        QCOMPARE(info.body[QStringLiteral("data")][QStringLiteral("caller")][QStringLiteral("isAdmin")].toBool(),
                 false);
        QVERIFY(SandboxTenant(opts()).data().companyCount() >= 2000);
    }

    void writesNeedAnAdmin()
    {
        // Every route but GET changes the configuration, except the read-only POSTs (query, SSO check): exactly
        // those refuse a caller who is not an admin.
        SandboxTenant t(opts(QStringLiteral("not-admin")));
        QStringList forbidden;
        for (const auto& r : t.routes()) {
            if (r.method == "GET")
                continue;
            QString path = r.path;
            path.replace(QStringLiteral("([^/]+)"), QStringLiteral("x1"));
            SandboxRequest req = gsRequest(t, r.method, path, "{}");
            req.headers.insert("authorization", "Bearer " + t.staircaseToken().toUtf8());
            const auto resp = t.handle(req, 0);
            if (resp.status == 403)
                forbidden << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
        }
        forbidden.sort();
        QCOMPARE(forbidden,
                 (QStringList { QStringLiteral("POST /staircase/v1/integrations/gainsight/connect"),
                                QStringLiteral("POST /v1/support/requests"),
                                QStringLiteral("PUT /staircase/v1/fields/account/mappings"),
                                QStringLiteral("PUT /staircase/v1/integrations/gainsight/crm"),
                                QStringLiteral("PUT /v1/dashboards/([^/]+)/permissions"),
                                QStringLiteral("PUT /v1/layouts/([^/]+)"),
                                QStringLiteral("PUT /v1/permissions/bundles/([^/]+)"), QStringLiteral("PUT /v1/users"),
                                QStringLiteral("PUT /v1/users/status") }));
        QCOMPARE(t.stateVersion(), quint64(0)); // a refused write changes nothing
    }

    void seedIsDeterministic()
    {
        SandboxTenant a(opts(QStringLiteral("ready"), 7)), b(opts(QStringLiteral("ready"), 7)),
            c(opts(QStringLiteral("ready"), 8));
        const QJsonObject q { { QStringLiteral("select"),
                                QJsonArray { QStringLiteral("Gsid"), QStringLiteral("Name"), QStringLiteral("ARR"),
                                             QStringLiteral("Status") } },
                              { QStringLiteral("limit"), 200 } };
        const auto ra = a.handle(gsRequest(a, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
        const auto rb = b.handle(gsRequest(b, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
        const auto rc = c.handle(gsRequest(c, "POST", QStringLiteral("/v1/data/objects/query/Company"), json(q)), 0);
        QCOMPARE(ra.body[QStringLiteral("data")], rb.body[QStringLiteral("data")]);
        QVERIFY(ra.body[QStringLiteral("data")] != rc.body[QStringLiteral("data")]);
        QVERIFY(a.accessKey() != b.accessKey()); // keys are random per start, never seeded
    }

    void largeScenarioSize()
    {
        SandboxTenant t(opts(QStringLiteral("large")));
        QCOMPARE(t.data().companyCount(), 200000);
        QCOMPARE(int(t.data().users().size()), 20000);
    }

    void layoutValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("same") << QByteArray("{\"sections\":[{\"key\":\"summary\",\"label\":\"Summary\"}]}") << 200
                              << "";
        QTest::newRow("unknown section") << QByteArray("{\"sections\":[{\"key\":\"weather\",\"label\":\"W\"}]}") << 400
                                         << "weather";
        QTest::newRow("duplicate") << QByteArray(
            "{\"sections\":[{\"key\":\"summary\",\"label\":\"A\"},{\"key\":\"summary\",\"label\":\"B\"}]}")
                                   << 400 << "twice";
        QTest::newRow("empty label") << QByteArray("{\"sections\":[{\"key\":\"summary\",\"label\":\" \"}]}") << 400
                                     << "label";
        QTest::newRow("long label") << QByteArray("{\"sections\":[{\"key\":\"summary\",\"label\":\"")
                + QByteArray(81, 'x')
                + "\"}]}" << 400 << "80";
        QTest::newRow("staircase before connect")
            << QByteArray("{\"sections\":[{\"key\":\"staircase-ai\",\"label\":\"S\"}]}") << 400 << "connected";
        QTest::newRow("not a list") << QByteArray("{\"sections\":{}}") << 400 << "sections";
        // Characters as a person counts them: 41 emoji are 82 UTF-16 units.
        QTest::newRow("41 emoji") << QByteArray("{\"sections\":[{\"key\":\"summary\",\"label\":\"")
                + QString(41, QChar(0x2728)).toUtf8() + QString::fromUtf8("\xF0\x9F\x91\x8D").repeated(20).toUtf8()
                + "\"}]}" << 200 << "";
        QTest::newRow("81 emoji") << QByteArray("{\"sections\":[{\"key\":\"summary\",\"label\":\"")
                + QString(81, QChar(0x2728)).toUtf8()
                + "\"}]}" << 400 << "80";
    }
    void layoutValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        SandboxTenant t(opts());
        const auto r = t.handle(gsRequest(t, "PUT", QStringLiteral("/v1/layouts/c360-smb"), body), 0);
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.value(QStringLiteral("errorDesc")).toString().contains(mentions),
                 qPrintable(r.body.value(QStringLiteral("errorDesc")).toString()));
        QCOMPARE(t.handle(gsRequest(t, "GET", QStringLiteral("/v1/layouts/nope")), 0).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTenant)
#include "tst_sandboxtenant.moc"
