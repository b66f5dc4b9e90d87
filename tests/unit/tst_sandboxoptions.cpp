// The sandbox's scenario table and options (SandboxOptions): every scenario defined once, with its faults and its
// seeded world, and the --rate spec parsed or refused.
#include "sandbox/SandboxOptions.h"

#include <QTest>

using namespace banister::sandbox;

class TestSandboxOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenariosAreDefinedOnce()
    {
        QCOMPARE(knownScenarios(),
                 (QStringList { QStringLiteral("ready"), QStringLiteral("salesforce-primary"),
                                QStringLiteral("no-staircase-subscription"), QStringLiteral("ai-followup"),
                                QStringLiteral("not-admin"), QStringLiteral("messy-users"), QStringLiteral("large"),
                                QStringLiteral("flaky") }));
        for (const QString& s : knownScenarios())
            QVERIFY2(!scenarioDescription(s).isEmpty(), qPrintable(s));
        const SandboxOptions flaky = forScenario(QStringLiteral("flaky"), 7);
        QCOMPARE(flaky.seed, 7u);
        QCOMPARE(flaky.latencyMs, 30);
        QCOMPARE(flaky.fault5xx, 0.1);
        QCOMPARE(forScenario(QStringLiteral("ready")).fault5xx, 0.0);
        QCOMPARE(scenarioWorld(QStringLiteral("large")).users, 20000);
        QVERIFY(!scenarioWorld(QStringLiteral("not-admin")).callerIsAdmin);
        QCOMPARE(scenarioWorld(QStringLiteral("nope")).companies, ScenarioWorld {}.companies);
        QVERIFY(scenarioDescription(QStringLiteral("nope")).isEmpty());
    }

    void rateSpecParsing()
    {
        SandboxOptions o;
        QVERIFY(parseRateSpec(QStringLiteral("data=100/min,users=100/h"), o).ok());
        QCOMPARE(o.dataRate.calls, 100);
        QCOMPARE(o.dataRate.periodMs, qint64(60000));
        QCOMPARE(o.userWriteRate.periodMs, qint64(3600000));
        const SandboxOptions before = o;
        for (const char* bad : { "", "data", "data=x/min", "data=5/week", "disk=5/min", "data=-1/min" })
            QVERIFY2(!parseRateSpec(QLatin1String(bad), o).ok(), bad);
        QCOMPARE(o.dataRate.calls, before.dataRate.calls); // a bad spec changes nothing
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
