// UserAccessModel and its filter against the messy-users sandbox: problems found, filters, bulk roles, bundles,
// managers suggested, and only touched users in the profile (round trip); a replaced load stops asking for pages.
#include "models/UserAccessModel.h"
#include "models/UserFilterModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestUserAccessModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReplacedLoadAsksForNoMorePages()
    {
        // 20 000 users are forty pages. A load replaced before its first answer asks for nothing more: the
        // tenant's request budget (100 an hour on a real one) goes to the load that counts.
        SandboxFixture f(QStringLiteral("large"));
        UserAccessModel m(&f.client());
        const quint64 before = f.server().requestCount();
        m.load();
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 60000);
        QCOMPARE(m.rowCount(), 20000);
        const quint64 asked = f.server().requestCount() - before;
        QVERIFY2(asked <= 41, qPrintable(QStringLiteral("%1 requests for forty pages").arg(asked)));
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
        QCOMPARE(filter.rowCount(), [&] {
            int n = 0;
            for (int r = 0; r < m.rowCount(); ++r)
                n += m.problemOf(r) != UserAccessModel::Problem::None;
            return n;
        }());
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

        // Loading again (Retry) keeps what was set.
        const int changes = m.changeCount();
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 10000);
        QCOMPARE(m.changeCount(), changes);
        QCOMPARE(m.section().assignments.size(), s.assignments.size());
    }
};

QTEST_GUILESS_MAIN(TestUserAccessModel)
#include "tst_useraccessmodel.moc"
