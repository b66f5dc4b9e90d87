// The layout and dashboard step models against a sandbox: placement arithmetic, label rules, profile round trip,
// principal rules and searches.
#include "models/DashboardModel.h"
#include "models/LayoutsModel.h"
#include "models/UserAccessModel.h"
#include "models/UserFilterModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestLayoutModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placements()
    {
        SandboxFixture f;
        LayoutsModel m(&f.client());
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 10000);
        QCOMPARE(m.layouts().size(), 5);
        QVERIFY(!m.canProceed()); // nothing chosen
        const QString smb = QStringLiteral("c360-smb"); // Summary, Timeline, Scorecard
        m.setIncluded(smb, true);
        QVERIFY(m.canProceed());
        QCOMPARE(m.sectionsOf(smb).at(1).first, QStringLiteral("staircase-ai")); // second by default
        m.setPosition(smb, 99);
        QCOMPARE(m.position(smb), 3); // clamped to the end
        QCOMPARE(m.sectionsOf(smb).last().first, QStringLiteral("staircase-ai"));
        m.setPosition(smb, -5);
        QCOMPARE(m.position(smb), 0);
        QVERIFY(m.setLabel(smb, QStringLiteral("  AI insights  ")));
        QCOMPARE(m.label(smb), QStringLiteral("AI insights"));
        QVERIFY(!m.setLabel(smb, QString(81, QLatin1Char('x'))));
        QVERIFY(m.setLabel(smb, QString::fromUtf8("\xF0\x9F\x91\x8D").repeated(80))); // 80 emoji, 160 UTF-16 units
        QVERIFY(!m.setLabel(smb, QString::fromUtf8("\xF0\x9F\x91\x8D").repeated(81)));
        QVERIFY(m.setLabel(smb, QStringLiteral("AI insights")));
        QVERIFY(!m.setLabel(smb, QStringLiteral("   ")));
        QCOMPARE(m.label(smb), QStringLiteral("AI insights"));

        // Profile round trip, including a layout the tenant no longer has (kept; the plan warns).
        const QList<LayoutPlacement> saved{{QStringLiteral("p360-default"), QStringLiteral("Staircase AI"), 1},
                                           {QStringLiteral("c360-gone"), QStringLiteral("Staircase AI"), 0}};
        m.setPlacements(saved);
        QCOMPARE(m.placements().size(), 2);
        QVERIFY(m.isIncluded(QStringLiteral("p360-default")));
        QVERIFY(!m.isIncluded(smb));
        m.setPlacements(std::nullopt);
        QVERIFY(!m.hasDraft());
    }

    void accountSearchAndPreview()
    {
        SandboxFixture f;
        LayoutsModel m(&f.client());
        QSignalSpy found(&m, &LayoutsModel::accountsFound);
        m.searchAccounts(QStringLiteral("harbor"));
        QVERIFY(found.wait(10000));
        const auto accounts = found.first().first().value<QList<QPair<QString, QString>>>();
        QVERIFY(!accounts.isEmpty());
        for (const auto& a : accounts)
            QVERIFY(a.second.contains(QLatin1String("Harbor"), Qt::CaseInsensitive));
        QSignalSpy preview(&m, &LayoutsModel::previewReady);
        m.preview(QStringLiteral("c360-smb"), accounts.first().first);
        QVERIFY(preview.wait(10000));
        QCOMPARE(preview.first().first().toJsonObject().value(QStringLiteral("sections")).toArray().size(), 3);
    }

    void userAccessModel()
    {
        SandboxFixture f(QStringLiteral("messy-users"));
        UserAccessModel m(&f.client());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserFilterModel filter;
        filter.setSourceModel(&m);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 10000);
        QCOMPARE(m.rowCount(), 160);
        QCOMPARE(m.changeCount(), 0);
        QVERIFY(m.section().assignments.isEmpty()); // untouched users are not in the profile
        int mismatch = 0, invalid = 0, inactive = 0;
        for (int r = 0; r < m.rowCount(); ++r) {
            mismatch += m.problemOf(r) == UserAccessModel::Problem::UsernameMismatch;
            invalid += m.problemOf(r) == UserAccessModel::Problem::InvalidEmail;
            inactive += m.problemOf(r) == UserAccessModel::Problem::Inactive;
        }
        QVERIFY(mismatch > 0 && invalid > 0 && inactive > 0);
        filter.setProblemsOnly(true);
        QCOMPARE(filter.rowCount(), [&] { int n = 0; for (int r = 0; r < m.rowCount(); ++r) n += m.problemOf(r) != UserAccessModel::Problem::None; return n; }());
        filter.setProblemsOnly(false);
        filter.setLicense(License::Viewer);
        const int viewers = filter.rowCount();
        QVERIFY(viewers > 0);
        QList<int> rows;
        for (int r = 0; r < filter.rowCount(); ++r)
            rows << filter.mapToSource(filter.index(r, 0)).row();
        m.setRole(rows, StaircaseRole::User);
        for (int row : rows)
            if (m.problemOf(row) != UserAccessModel::Problem::Inactive)
                QCOMPARE(m.problemOf(row) == UserAccessModel::Problem::NoBundle
                             || m.problemOf(row) == UserAccessModel::Problem::UsernameMismatch
                             || m.problemOf(row) == UserAccessModel::Problem::InvalidEmail,
                         true); // a Viewer license gets no bundle
        QVERIFY(m.suggestManagers() > 0);
        const UserAccessSection s = m.section();
        QVERIFY(!s.assignments.isEmpty());
        // Round trip through a profile section.
        UserAccessModel again(&f.client());
        again.setSection(s);
        again.load();
        QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 10000);
        QCOMPARE(again.changeCount(), m.changeCount());
    }

    void dashboardRules()
    {
        SandboxFixture f;
        DashboardModel m(&f.client());
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.canProceed(), 10000);
        QCOMPARE(m.section().permission, DashboardPermission::Specific);
        QCOMPARE(m.section().principals.size(), 1); // System Administrator, the tenant's default
        QCOMPARE(m.suggestedRoles(), (QStringList{QStringLiteral("Staircase Manager"), QStringLiteral("Staircase CSM"),
                                                  QStringLiteral("Staircase Admin")}));
        m.setPermission(DashboardPermission::Public);
        QVERIFY(m.section().principals.isEmpty()); // only "specific" names people
        m.addPrincipal({PrincipalKind::Role, QStringLiteral("Staircase Manager")});
        QCOMPARE(m.section().permission, DashboardPermission::Specific);
        QCOMPARE(m.section().principals.size(), 2); // System Administrator came back
        QVERIFY(!m.removePrincipal({PrincipalKind::Role, QStringLiteral("System Administrator")}));
        QVERIFY(m.removePrincipal({PrincipalKind::Role, QStringLiteral("Staircase Manager")}));
        QCOMPARE(DashboardModel::permissionTypes().size(), 5);
        for (DashboardPermission t : DashboardModel::permissionTypes())
            QVERIFY(!DashboardModel::describe(t).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayoutModels)
#include "tst_layoutmodels.moc"
