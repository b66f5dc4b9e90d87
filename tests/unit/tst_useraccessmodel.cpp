// UserAccessModel and its filter against the messy-users sandbox: problems found, filters, bulk roles, bundles,
// managers suggested, and only touched users in the profile (round trip); a replaced load stops asking for pages;
// the search shows exactly the rows whose own text has it (20 000 users, searches drawn from their text); sorting
// orders every column both ways with ties in load order.
#include "models/UserAccessModel.h"
#include "models/UserFilterModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

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

    void aSearchFindsExactlyTheRowsWhoseTextHasIt()
    {
        // The search is one pass over all rows' text; each row must match exactly when its own text (name, email,
        // username) contains the search: never by a match that runs from one row's text into the next. Searches
        // are drawn from the tenant's own users: parts of a row's text, the end of one row's text with the start of
        // the next one's, and text no row has.
        SandboxFixture f(QStringLiteral("large"));
        UserAccessModel m(&f.client());
        UserFilterModel filter;
        filter.setSourceModel(&m);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 60000);
        // Each row's text, from the tenant's own users, in load order: the order the search runs in (the model's
        // rows are not sorted here). The model's copy of each (read back from its one buffer) is the same.
        QStringList texts;
        for (const sandbox::User& u : f.server().tenant().state().users)
            texts << (u.name + QLatin1Char(' ') + u.email + QLatin1Char(' ') + u.username).toLower();
        QCOMPARE(texts.size(), 20000);
        QCOMPARE(m.rowCount(), 20000);
        for (int r = 0; r < m.rowCount(); ++r)
            QCOMPARE(m.index(r, 0).data(UserAccessModel::SearchTextRole).toString(), texts.at(r));
        QRandomGenerator rng(qEnvironmentVariableIntValue("BANISTER_SEARCH_SEED") + 7);
        QStringList searches { QStringLiteral("a"),
                               QStringLiteral("@"),
                               QStringLiteral(" "),
                               QStringLiteral("no such user anywhere"),
                               QStringLiteral("\U0001F600"),
                               texts.first(),
                               texts.last(),
                               texts.last().right(3) };
        for (int k = 0; k < 60; ++k) {
            const QString& t = texts.at(int(rng.bounded(texts.size())));
            const int length = 1 + int(rng.bounded(8));
            searches << t.mid(int(rng.bounded(std::max(1, int(t.size()) - length))), length);
            const int at = int(rng.bounded(texts.size() - 1));
            searches << texts.at(at).right(1 + int(rng.bounded(3))) + texts.at(at + 1).left(1 + int(rng.bounded(3)));
            // The texts lie one after another with a NUL between them: a search with one must not match across.
            searches << texts.at(at).right(2) + QChar(0) + texts.at(at + 1).left(2);
        }
        for (const QString& search : std::as_const(searches)) {
            filter.setSearch(search);
            QSet<int> shown;
            for (int p = 0; p < filter.rowCount(); ++p)
                shown << filter.mapToSource(filter.index(p, 0)).row();
            QSet<int> expected;
            const QString needle = search.trimmed().toLower();
            for (int r = 0; r < texts.size(); ++r)
                if (texts.at(r).contains(needle))
                    expected << r;
            QVERIFY2(shown == expected,
                     qPrintable(QStringLiteral("\"%1\": %2 rows shown, %3 expected")
                                    .arg(QString(search).replace(QChar(0), QLatin1String("\\0")))
                                    .arg(shown.size())
                                    .arg(expected.size())));
        }
        // With another filter at the same time, both apply.
        filter.setSearch(QStringLiteral("ar"));
        filter.setLicense(License::Viewer);
        for (int p = 0; p < filter.rowCount(); ++p) {
            const QModelIndex i = filter.index(p, 0);
            QVERIFY(i.data(UserAccessModel::SearchTextRole).toString().contains(QLatin1String("ar")));
            QCOMPARE(i.data(UserAccessModel::LicenseRole).toString(), licenseName(License::Viewer));
        }
        QVERIFY(filter.rowCount() > 0);
    }

    void sortOrdersEveryColumnBothWays_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("messy-users") << QStringLiteral("messy-users");
        QTest::newRow("large") << QStringLiteral("large");
    }
    void sortOrdersEveryColumnBothWays()
    {
        // Text columns by their lower-case UTF-8 bytes, License by its name, the roles by role; equal keys keep the
        // load order either way; a persistent index follows its user. Checked against the tenant's own users.
        QFETCH(QString, scenario);
        SandboxFixture f(scenario);
        UserAccessModel m(&f.client());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.isLoaded(), 60000);
        QHash<QString, int> loaded;
        QHash<QString, sandbox::User> users;
        for (const sandbox::User& u : f.server().tenant().state().users) {
            loaded.insert(u.id, int(loaded.size()));
            users.insert(u.id, u);
        }
        QCOMPARE(m.rowCount(), int(users.size()));
        QList<int> some, others;
        for (int r = 0; r < m.rowCount(); ++r)
            (r % 3 == 0 ? some : others) << r;
        m.setRole(some, StaircaseRole::Manager);
        m.setRole(others.mid(0, others.size() / 2), StaircaseRole::User);
        const auto idAt = [&m](int r) { return m.index(r, 0).data(UserAccessModel::UserIdRole).toString(); };
        const QPersistentModelIndex kept = m.index(m.rowCount() / 3, UserAccessModel::UsernameColumn);
        const QString keptId = idAt(kept.row());
        for (const int column :
             { UserAccessModel::NameColumn, UserAccessModel::EmailColumn, UserAccessModel::UsernameColumn,
               UserAccessModel::LicenseColumn, UserAccessModel::CurrentRoleColumn, UserAccessModel::NewRoleColumn }) {
            QStringList groupsUp;
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                m.sort(column, order);
                const auto key = [&](int r) -> QByteArray {
                    const sandbox::User& u = users[idAt(r)];
                    switch (column) {
                    case UserAccessModel::NameColumn:
                        return u.name.toLower().toUtf8();
                    case UserAccessModel::EmailColumn:
                        return u.email.toLower().toUtf8();
                    case UserAccessModel::UsernameColumn:
                        return u.username.toLower().toUtf8();
                    case UserAccessModel::LicenseColumn:
                        return u.license.toUtf8();
                    default: // a role: grouped, in an order of the model's own (checked below)
                        return m.index(r, column).data().toString().toUtf8();
                    }
                };
                const bool byText = column < UserAccessModel::CurrentRoleColumn;
                QStringList groups;
                for (int r = 0; r < m.rowCount(); ++r) {
                    const QByteArray k = key(r);
                    if (r == 0 || k != key(r - 1)) {
                        groups << QString::fromUtf8(k);
                        if (r > 0 && byText)
                            QVERIFY2(order == Qt::AscendingOrder ? key(r - 1) < k : key(r - 1) > k,
                                     qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
                        continue;
                    }
                    QVERIFY2(
                        loaded.value(idAt(r - 1)) < loaded.value(idAt(r)),
                        qPrintable(QStringLiteral("column %1 row %2: a tie out of load order").arg(column).arg(r)));
                }
                QCOMPARE(QSet<QString>(groups.begin(), groups.end()).size(), groups.size()); // each key in one run
                if (order == Qt::AscendingOrder) {
                    groupsUp = groups;
                } else {
                    std::reverse(groups.begin(), groups.end());
                    QCOMPARE(groups, groupsUp);
                }
                QCOMPARE(idAt(kept.row()), keptId);
            }
        }
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
