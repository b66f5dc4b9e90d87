// FieldMappingsModel against a sandbox: type-compatible mappings suggested by name, refusals with reasons
// (incompatible types, out-of-the-box fields, duplicates), Tier required, locked rows.
#include "models/FieldMappingsModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestFieldMappingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
            return m.index(m.rowOf(QLatin1String(key)), FieldMappingsModel::GainsightColumn)
                .data(Qt::EditRole)
                .toString();
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
        QVERIFY(m.setData(m.index(m.rowOf(QStringLiteral("tier")), FieldMappingsModel::GainsightColumn),
                          QStringLiteral("Tier")));
        QVERIFY(!m.flags(m.index(0, FieldMappingsModel::GainsightColumn)).testFlag(Qt::ItemIsEditable)); // locked
        QCOMPARE(m.mappings().size(), 4);
    }
};

QTEST_MAIN(TestFieldMappingsModel)
#include "tst_fieldmappingsmodel.moc"
