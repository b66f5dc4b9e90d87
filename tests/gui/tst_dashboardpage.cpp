// The Executive dashboard page: specific people, the suggested roles added, System Administrator kept, a user
// found by search and added.
#include "support/WizardFixture.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace banister;
using namespace banister::test;

class TestDashboardPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void dashboardSpecificPeople()
    {
        WizardFixture w;
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        QVERIFY(w.showAt(DashboardPageId)); // this test is about step 8 only
        // Dashboard: specific people, suggested roles added, System Administrator cannot be removed.
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(DashboardPageId));
        DashboardModel* dashboard = session.dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->canProceed(), 10000);
        QWidget* page = wizard.currentPage();
        QCOMPARE(dashboard->section().permission, DashboardPermission::Specific); // the tenant's default
        QTest::mouseClick(child<QPushButton>(page, "addSuggestedButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 4); // System Administrator + Manager, CSM, Admin
        auto* principals = child<QListWidget>(page, "principalList");
        principals->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(page, "removePrincipalButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 4);
        QVERIFY(says(dashboard->refusal(), "System Administrator"));
        QTest::keyClicks(child<QLineEdit>(page, "userSearchEdit"), QStringLiteral("whitfield"));
        auto* users = child<QListWidget>(page, "userResults");
        QTRY_VERIFY_WITH_TIMEOUT(users->count() > 0, 10000);
        QTest::mouseClick(child<QPushButton>(page, "addUserButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 5);
        screenshot(&wizard, QStringLiteral("dashboard-specific"));
        QVERIFY(next->isEnabled());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
