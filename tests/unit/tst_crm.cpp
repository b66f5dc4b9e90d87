// CRM sync and field mapping models against sandboxes: live count (also on 200 000 accounts), stale answers dropped,
// status exclusivity, type-compatible mappings and refusals with reasons.
#include "models/CrmModel.h"
#include "models/FieldMappingsModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
void loadCrm(CrmModel& m)
{
    m.setCountDelay(0);
    m.load();
    QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 15000);
}

qint64 countOverHttp(SandboxFixture& f, const QJsonObject& where)
{
    return TenantClient::countFrom(SandboxFixture::wait(f.client().countCompanies(where)).data);
}
} // namespace

class TestCrm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countFollowsTheDraft()
    {
        SandboxFixture f;
        CrmModel m(&f.client());
        loadCrm(m);
        QVERIFY(m.filterableFields().size() > 5);
        QVERIFY(m.statusValues().contains(QStringLiteral("Churned")));
        m.setSyncAccounts(true);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting() && m.matchingCount() >= 0, 10000);
        const qint64 all = m.matchingCount();
        QCOMPARE(all, qint64(f.server().tenant().data().companyCount()));

        m.setFilterMode(QStringLiteral("specific"));
        QCOMPARE(m.section().rows.size(), 1);
        QVERIFY(!m.canProceed()); // a row without field and values
        m.setRowField(0, QStringLiteral("Region"));
        m.setRowValues(0, {QStringLiteral("EMEA")});
        m.addRow();
        m.setRowField(1, QStringLiteral("ARR"));
        QCOMPARE(m.editorFor(QStringLiteral("ARR")), CrmModel::ValueEditor::Number);
        m.setRowValues(1, {QStringLiteral("12000"), QStringLiteral("40000")});
        QVERIFY(m.canProceed());
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting(), 10000);
        // The count equals a COUNT made independently over HTTP for the same conditions.
        QCOMPARE(m.matchingCount(), countOverHttp(f, m.whereFor(m.section().rows)));
        QVERIFY(m.matchingCount() < all);

        m.setChurnedStatuses({QStringLiteral("Churned")});
        m.setProspectStatuses({QStringLiteral("Prospect"), QStringLiteral("Churned")});
        QCOMPARE(m.section().churnedStatuses, QStringList{}); // a status is one or the other
        QVERIFY2(m.statusNotice().contains(QLatin1String("Churned was a churned status")), qPrintable(m.statusNotice()));
        m.setProspectStatuses({QStringLiteral("Prospect"), QStringLiteral("Churned")});
        QVERIFY(m.statusNotice().isEmpty()); // nothing moved this time
        // The same field twice is refused with where it already is.
        m.addRow();
        m.setRowField(2, QStringLiteral("Region"));
        m.setRowValues(2, {QStringLiteral("NA")});
        QVERIFY(!m.canProceed());
        QVERIFY2(m.problem().contains(QLatin1String("Region is already filtered in row 1")), qPrintable(m.problem()));
        m.removeRow(2);
        QVERIFY(m.canProceed());
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting(), 10000);
        QCOMPARE(m.excludedCount(),
                 countOverHttp(f, m.whereFor(m.section().rows, {QStringLiteral("Prospect"), QStringLiteral("Churned")})));
    }

    void staleCountsAreDropped()
    {
        SandboxFixture f;
        f.server().setLatency(150);
        CrmModel m(&f.client());
        loadCrm(m);
        m.setSyncAccounts(true);
        m.setFilterMode(QStringLiteral("specific"));
        m.setRowField(0, QStringLiteral("Region"));
        const quint64 before = f.server().requestCount();
        m.setRowValues(0, {QStringLiteral("NA")});
        QTRY_VERIFY(f.server().requestCount() > before); // the NA count is in flight (answered 150 ms later)…
        m.setRowValues(0, {QStringLiteral("APAC")});     // …when the draft changes
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting() && m.matchingCount() >= 0, 10000);
        QCOMPARE(m.matchingCount(), countOverHttp(f, m.whereFor(m.section().rows)));
    }

    void countOnLargeTenant()
    {
        SandboxFixture f(QStringLiteral("large"));
        CrmModel m(&f.client());
        loadCrm(m);
        m.setSyncAccounts(true);
        m.setFilterMode(QStringLiteral("specific"));
        m.setRowField(0, QStringLiteral("Status"));
        m.setRowValues(0, {QStringLiteral("Active"), QStringLiteral("At Risk")});
        m.addRow();
        m.setRowField(1, QStringLiteral("Industry"));
        m.setRowValues(1, {QStringLiteral("Software"), QStringLiteral("Healthcare")});
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting() && m.matchingCount() > 0, 15000);
        QCOMPARE(m.matchingCount(), countOverHttp(f, m.whereFor(m.section().rows)));
        QVERIFY(m.matchingCount() < 200000);
    }

    void tenThousandValues()
    {
        SandboxFixture f;
        CrmModel m(&f.client());
        loadCrm(m);
        QStringList many;
        for (int i = 0; i < 10000; ++i)
            many << QStringLiteral("Value %1").arg(i);
        many << QStringLiteral("EMEA");
        m.setSyncAccounts(true);
        m.setFilterMode(QStringLiteral("specific"));
        m.setRowField(0, QStringLiteral("Region"));
        m.setRowValues(0, many.mid(1)); // 10 000 values, one of them real
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting(), 15000);
        QVERIFY2(m.errorText().isEmpty(), qPrintable(m.errorText()));
        QCOMPARE(m.matchingCount(), countOverHttp(f, QJsonObject{{QStringLiteral("conditions"),
                                                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Region")},
                                                                                         {QStringLiteral("operator"), QStringLiteral("IN")},
                                                                                         {QStringLiteral("value"), QJsonArray{QStringLiteral("EMEA")}}}}}}));
        m.setRowValues(0, many); // 10 001: the tenant refuses, the model says why and keeps the draft
        QTRY_VERIFY_WITH_TIMEOUT(!m.isCounting(), 15000);
        QVERIFY(m.errorText().contains(QLatin1String("10 000")));
        QCOMPARE(m.section().rows.first().values.size(), 10001);
    }

    void distinctValuesWithCounts()
    {
        SandboxFixture f;
        CrmModel m(&f.client());
        loadCrm(m);
        QSignalSpy loaded(&m, &CrmModel::distinctLoaded);
        QVERIFY(m.distinctValues(QStringLiteral("Tier")).isEmpty());
        QVERIFY(loaded.wait(10000));
        const auto values = m.distinctValues(QStringLiteral("Tier"));
        QCOMPARE(values.size(), 4);
        qint64 sum = 0;
        for (const auto& v : values)
            sum += v.second;
        QCOMPARE(sum, qint64(f.server().tenant().data().companyCount()));
    }

    void mappingsSuggestAndRefuse()
    {
        SandboxFixture f;
        FieldMappingsModel m(&f.client());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy() && m.canProceed(), 10000);
        QVERIFY(m.usesStandardFields()); // not connected yet
        // Suggested by name and type.
        const auto mapped = [&m](const char* key) {
            return m.index(m.rowOf(QLatin1String(key)), FieldMappingsModel::GainsightColumn).data(Qt::EditRole).toString();
        };
        QCOMPARE(mapped("tier"), QStringLiteral("Tier"));
        QCOMPARE(mapped("revenue"), QStringLiteral("ARR"));
        QCOMPARE(mapped("renewalDate"), QStringLiteral("Renewal_Date"));
        QCOMPARE(mapped("journeyStage"), QStringLiteral("Journey_Stage__gc"));
        QVERIFY(!m.compatibleFields(QStringLiteral("tier")).contains(QStringLiteral("Customer_Tier__gc")));

        QVERIFY(!m.map(QStringLiteral("tier"), QStringLiteral("Customer_Tier__gc")));
        QVERIFY(m.lastRefusal().contains(QLatin1String("multi-select")));
        QVERIFY(!m.map(QStringLiteral("revenue"), QStringLiteral("Renewal_Date")));
        QVERIFY(m.lastRefusal().contains(QLatin1String("number or currency")));
        QVERIFY(!m.map(QStringLiteral("name"), QStringLiteral("Industry")));
        QVERIFY(m.lastRefusal().contains(QLatin1String("out of the box")));
        QVERIFY(!m.map(QStringLiteral("journeyStage"), QStringLiteral("Tier"))); // Tier already feeds Tier
        QVERIFY(m.lastRefusal().contains(QLatin1String("already feeds")));
        QCOMPARE(mapped("tier"), QStringLiteral("Tier")); // refusals change nothing

        QVERIFY(m.map(QStringLiteral("tier"), QString()));
        QVERIFY(!m.canProceed()); // Tier is required to proceed
        QVERIFY(m.problem().contains(QLatin1String("Tier")));
        QVERIFY(m.setData(m.index(m.rowOf(QStringLiteral("tier")), FieldMappingsModel::GainsightColumn), QStringLiteral("Tier")));
        QVERIFY(!m.flags(m.index(0, FieldMappingsModel::GainsightColumn)).testFlag(Qt::ItemIsEditable)); // locked
        QCOMPARE(m.mappings().size(), 4);
    }
};

QTEST_MAIN(TestCrm)
#include "tst_crm.moc"
