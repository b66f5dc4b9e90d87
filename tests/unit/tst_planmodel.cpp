// PlanModel over a sandbox: the plan as a tree (areas, their steps, Change | Now | After | Status), its phases from
// planning to applied, failed or canceled, per-step status while applying, the summary, and the undo plan.
#include "engine/PlanModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <utility>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
Profile activationProfile()
{
    Profile p;
    p.tenant.subdomain = QStringLiteral("northwind");
    p.activation = ActivationSection { QStringLiteral("connect"), QStringLiteral("dana.whitfield@northwind.example"),
                                       QStringLiteral("note") };
    return p;
}

Profile sampleProfile()
{
    return banister::test::shippedProfile(QStringLiteral("sandbox-ready.json")).value_or(Profile {});
}

bool planned(PlanModel& m, const Profile& p, const QString& journal = {})
{
    m.plan(p, journal);
    return QTest::qWaitFor([&] { return m.phase() == PlanModel::Phase::Planned; }, 15000);
}

// What every test starts from: a sandbox tenant, an engine over it and the model under test, which
// QAbstractItemModelTester checks throughout. Support answers the activation request within maxPolls looks, 5 ms apart.
struct Fixture
{
    explicit Fixture(const QString& scenario = QStringLiteral("ready"), int maxPolls = 10)
        : sandbox(scenario)
        , engine(&sandbox.client())
        , model(&engine)
    {
        engine.activation()->setSupportPolling(5, maxPolls);
    }

    SandboxFixture sandbox;
    Engine engine;
    PlanModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
};

// The model's child rows in order: (area row, step row) for every step.
QList<QModelIndex> stepRows(const PlanModel& m, int column = PlanModel::TitleColumn)
{
    QList<QModelIndex> rows;
    for (int g = 0; g < m.rowCount(); ++g) {
        const QModelIndex area = m.index(g, 0);
        for (int r = 0; r < m.rowCount(area); ++r)
            rows << m.index(r, column, area);
    }
    return rows;
}
} // namespace

class TestPlanModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sampleProfile().crm.has_value()); }

    void emptyBeforeThePlan()
    {
        Fixture t;
        PlanModel& m = t.model;
        QCOMPARE(m.phase(), PlanModel::Phase::Idle);
        QVERIFY(!m.isBusy());
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.columnCount(), int(PlanModel::ColumnCount));
        QCOMPARE(m.headerData(PlanModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
        QCOMPARE(m.headerData(PlanModel::BeforeColumn, Qt::Horizontal).toString(), QStringLiteral("Now"));
        QCOMPARE(m.headerData(PlanModel::AfterColumn, Qt::Horizontal).toString(), QStringLiteral("After"));
        QCOMPARE(m.headerData(PlanModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QVERIFY(!m.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!m.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QCOMPARE(m.summary(), QStringLiteral("Comparing the profile with the live tenant…"));
        QCOMPARE(m.applyOutcome(), QString());
        QSignalSpy changed(&m, &PlanModel::changed);
        m.apply(QString(), QStringLiteral("northwind")); // nothing planned: nothing happens
        m.cancel();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m.phase(), PlanModel::Phase::Idle);
        QVERIFY(!m.cancelRequested());
    }

    void thePlanAsATree()
    {
        Fixture t;
        PlanModel& m = t.model;
        QSignalSpy changed(&m, &PlanModel::changed);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        const Profile p = sampleProfile();
        m.plan(p);
        QCOMPARE(m.phase(), PlanModel::Phase::Planning);
        QVERIFY(m.isBusy());
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Planned, 15000);
        QVERIFY(!m.isBusy());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.profile(), p);
        QVERIFY(!m.isUndo());
        const Plan& plan = m.currentPlan();
        QVERIFY(plan.canApply());
        QCOMPARE(plan.steps.size(), 9);

        // One row per area, in the plan's order, its steps below.
        QCOMPARE(m.rowCount(), 5);
        const QStringList areas { QStringLiteral("activation"), QStringLiteral("crm"), QStringLiteral("fields"),
                                  QStringLiteral("layouts"), QStringLiteral("dashboard") };
        int steps = 0;
        for (int g = 0; g < m.rowCount(); ++g) {
            const QModelIndex area = m.index(g, PlanModel::TitleColumn);
            QCOMPARE(m.parent(area), QModelIndex());
            const QString id = area.data(PlanModel::StepIdRole).toString();
            QCOMPARE(id, areas.at(g));
            QVERIFY(t.engine.area(id));
            QVERIFY2(area.data().toString().startsWith(t.engine.area(id)->title() + QStringLiteral(" (")),
                     qPrintable(area.data().toString()));
            QVERIFY(area.data().toString().contains(QStringLiteral("%1 change").arg(m.rowCount(area))));
            QVERIFY(!m.index(g, PlanModel::StatusColumn).data().isValid()); // only the title on an area row
            QCOMPARE(m.rowCount(m.index(g, PlanModel::StatusColumn)), 0);
            for (int r = 0; r < m.rowCount(area); ++r) {
                const PlanStep& s = plan.steps.at(steps++);
                const QModelIndex row = m.index(r, PlanModel::TitleColumn, area);
                QCOMPARE(m.parent(row), area);
                QCOMPARE(s.area, id);
                QCOMPARE(row.data().toString(), s.title);
                QCOMPARE(row.data(PlanModel::StepIdRole).toString(), s.id);
                QCOMPARE(row.data(PlanModel::StepStatusRole).toString(), QStringLiteral("pending"));
                QCOMPARE(m.index(r, PlanModel::StatusColumn, area).data().toString(), QStringLiteral("planned"));
                QVERIFY(row.data(Qt::ToolTipRole).toString().startsWith(s.requests.join(QLatin1Char('\n'))));
                QCOMPARE(m.rowCount(row), 0);
            }
        }
        QCOMPARE(steps, 9);
        QCOMPARE(m.rowCount(m.index(0, 0)), 3); // file the request, wait for support, connect

        const QString summary = m.summary();
        QVERIFY2(summary.startsWith(QLatin1String("9 change(s), ")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("on a real tenant at its documented rate limits")));
        QVERIFY(
            summary.contains(t.engine.area(QStringLiteral("activation"))->title() + QStringLiteral(": 3 change(s)")));
        QVERIFY(!summary.contains(QLatin1String("by hand")));
        QVERIFY(!m.index(99, 0).isValid());
        QVERIFY(!m.index(0, PlanModel::ColumnCount).isValid());
    }

    void beforeAndAfterInWords()
    {
        Fixture t;
        PlanModel& m = t.model;
        QVERIFY(planned(m, sampleProfile()));
        int lists = 0;
        const QList<QModelIndex> rows = stepRows(m);
        QCOMPARE(rows.size(), m.currentPlan().steps.size());
        for (int i = 0; i < rows.size(); ++i) {
            const PlanStep& s = m.currentPlan().steps.at(i);
            for (const auto& [column, text] : { std::pair { int(PlanModel::BeforeColumn), s.beforeText },
                                                std::pair { int(PlanModel::AfterColumn), s.afterText } }) {
                const QModelIndex cell = rows.at(i).siblingAtColumn(column);
                const QStringList lines = text.split(QLatin1Char('\n'));
                if (text.isEmpty()) {
                    QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("—"));
                } else if (lines.size() == 1) {
                    QCOMPARE(cell.data().toString(), text);
                } else {
                    ++lists; // a list shows its first line and how many more; the tooltip has them all
                    QCOMPARE(cell.data().toString(),
                             QStringLiteral("%1 (+ %2 more)").arg(lines.first()).arg(lines.size() - 1));
                    if (lines.size() <= 40)
                        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), text);
                }
                QVERIFY(!cell.data().toString().contains(QLatin1Char('{'))); // never raw JSON
            }
        }
        QVERIFY(lists + rows.size() > 0);
    }

    void applyShowsEachStepsStatus()
    {
        Fixture t;
        PlanModel& m = t.model;
        const Profile p = sampleProfile();
        QVERIFY(planned(m, p));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.json"));
        QSignalSpy dataChanged(&m, &QAbstractItemModel::dataChanged);
        QStringList seen; // each step's status text as it changes
        connect(&m, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& from, const QModelIndex&) {
            if (from.parent().isValid())
                seen << m.index(from.row(), PlanModel::StatusColumn, from.parent()).data().toString();
        });
        m.apply(journal, QStringLiteral("northwind"));
        QCOMPARE(m.phase(), PlanModel::Phase::Applying);
        QVERIFY(m.isBusy());
        QCOMPARE(stepRows(m, PlanModel::StatusColumn).last().data().toString(), QStringLiteral("waiting"));
        m.apply(journal, QStringLiteral("northwind")); // already applying: ignored
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Applied, 30000);
        QVERIFY(!m.isBusy());
        QVERIFY(dataChanged.count() > 0);
        QVERIFY2(seen.contains(QStringLiteral("running…")), qPrintable(seen.join(QLatin1String(" | "))));
        QVERIFY(seen.contains(QStringLiteral("done")) || std::any_of(seen.begin(), seen.end(), [](const QString& s) {
                    return s.startsWith(QStringLiteral("done — "));
                }));
        QCOMPARE(m.applyOutcome(), QStringLiteral("completed"));
        QCOMPARE(m.stepsDone(), 9);
        QCOMPARE(m.results().size(), 9);
        for (const QModelIndex& row : stepRows(m)) {
            QCOMPARE(row.data(PlanModel::StepStatusRole).toString(), QStringLiteral("done"));
            QVERIFY(row.siblingAtColumn(PlanModel::StatusColumn).data().toString().startsWith(QLatin1String("done")));
            QCOMPARE(row.siblingAtColumn(PlanModel::StatusColumn).data(Qt::ToolTipRole),
                     row.siblingAtColumn(PlanModel::StatusColumn).data());
        }
        QCOMPARE(m.journal().outcome(), QStringLiteral("completed"));
        QCOMPARE(m.journal().path(), journal);
        QCOMPARE(ApplyJournal::load(journal).outcome(), QStringLiteral("completed"));
        QVERIFY(m.summary().startsWith(QLatin1String("9 change(s), "))); // the applied plan still shows

        // Planning again finds nothing left to change.
        QVERIFY(planned(m, p, journal));
        QVERIFY(m.currentPlan().isEmpty());
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.summary(), QStringLiteral("Nothing to change: the tenant already matches every setting."));
        QSignalSpy changed(&m, &PlanModel::changed);
        m.apply(journal, QStringLiteral("northwind")); // an empty plan is not applied
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m.phase(), PlanModel::Phase::Planned);
    }

    void aFailedStepFailsTheApply()
    {
        Fixture t(QStringLiteral("ready"), 1); // support is still working after one look
        PlanModel& m = t.model;
        QVERIFY(planned(m, activationProfile()));
        QCOMPARE(m.currentPlan().steps.size(), 3);
        m.apply(QString(), QStringLiteral("northwind"));
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Failed, 15000);
        QCOMPARE(m.applyOutcome(), QStringLiteral("failed"));
        QVERIFY(!m.cancelRequested());
        const QList<QModelIndex> rows = stepRows(m, PlanModel::StatusColumn);
        QCOMPARE(rows.at(0).data(PlanModel::StepStatusRole).toString(), QStringLiteral("done"));
        QCOMPARE(rows.at(1).data(PlanModel::StepStatusRole).toString(), QStringLiteral("failed"));
        QVERIFY2(rows.at(1).data().toString().startsWith(QStringLiteral("failed — ")),
                 qPrintable(rows.at(1).data().toString()));
        QCOMPARE(m.journal().outcome(), QStringLiteral("failed"));
    }

    void cancelStopsAfterTheCurrentStep()
    {
        Fixture t;
        PlanModel& m = t.model;
        QVERIFY(planned(m, activationProfile()));
        bool asked = false;
        connect(&m, &QAbstractItemModel::dataChanged, this, [&] {
            if (!asked && m.phase() == PlanModel::Phase::Applying) {
                asked = true;
                m.cancel();
            }
        });
        m.apply(QString(), QStringLiteral("northwind"));
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 15000);
        QVERIFY(asked);
        QVERIFY(m.cancelRequested());
        QCOMPARE(m.phase(), PlanModel::Phase::Canceled);
        QCOMPARE(m.applyOutcome(), QStringLiteral("canceled"));
        QCOMPARE(m.journal().outcome(), QStringLiteral("canceled"));
        const QList<QModelIndex> rows = stepRows(m, PlanModel::StatusColumn);
        QCOMPARE(rows.last().data(PlanModel::StepStatusRole).toString(), QStringLiteral("canceled"));
        QVERIFY(rows.last().data().toString().startsWith(QLatin1String("canceled")));
        m.cancel(); // not applying any more: nothing to cancel
        QCOMPARE(m.phase(), PlanModel::Phase::Canceled);
    }

    void aProfileThatCannotApplyIsNotApplied()
    {
        Fixture t(QStringLiteral("not-admin"));
        PlanModel& m = t.model;
        QVERIFY(planned(m, sampleProfile()));
        QVERIFY(!m.currentPlan().canApply());
        QCOMPARE(m.summary(),
                 QStringLiteral("The profile cannot be applied to this tenant as it is; see the errors below."));
        QSignalSpy changed(&m, &PlanModel::changed);
        m.apply(QString(), QStringLiteral("northwind"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m.phase(), PlanModel::Phase::Planned);
    }

    void undoPlansTheReverse()
    {
        Fixture t;
        PlanModel& m = t.model;
        const Profile p = sampleProfile();
        QVERIFY(planned(m, p));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.json"));
        m.apply(journal, QStringLiteral("northwind"));
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Applied, 30000);

        m.planUndo(&t.sandbox.client());
        QCOMPARE(m.phase(), PlanModel::Phase::Planning);
        m.planUndo(&t.sandbox.client()); // already planning: ignored
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Planned, 15000);
        QVERIFY(m.isUndo());
        QVERIFY(m.currentPlan().canApply());
        QVERIFY(!m.currentPlan().isEmpty());
        QVERIFY2(m.summary().startsWith(QLatin1String("Undo: ")), qPrintable(m.summary()));
        for (const QModelIndex& row : stepRows(m))
            QCOMPARE(row.data(PlanModel::StepStatusRole).toString(), QStringLiteral("pending"));
        m.apply(dir.filePath(QStringLiteral("undo.json")), QStringLiteral("northwind"));
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Applied, 30000);
        const ApiResult layout = SandboxFixture::wait(t.sandbox.client().layout(QStringLiteral("c360-enterprise")));
        for (const QJsonValue& s : layout.data[QStringLiteral("sections")].toArray())
            QVERIFY(s[QStringLiteral("key")].toString() != QLatin1String("staircase-ai"));

        // The undo's own apply can be reviewed for undoing in turn.
        m.planUndo(&t.sandbox.client());
        QTRY_COMPARE_WITH_TIMEOUT(m.phase(), PlanModel::Phase::Planned, 15000);
        QVERIFY(m.isUndo());
        // A plan from the profile is no undo.
        QVERIFY(planned(m, p));
        QVERIFY(!m.isUndo());
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
