// The User access page on messy users: filters and search, a role for the selection, problems only,
// Managers → Staircase Manager, and only the touched users in the profile.
#include "support/WizardFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace banister;
using namespace banister::test;

class TestUserAccessPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void bulkAssignToFilteredSelection()
    {
        WizardFixture w(QStringLiteral("messy-users"));
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        session.connection()->connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(session.connection()->canProceed(), 10000);
        wizard.setStartId(UserAccessPageId);
        QVERIFY(w.show());
        UserAccessModel* users = session.userAccess();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 10000);
        QCOMPARE(users->rowCount(), 160);
        QWidget* page = wizard.currentPage();
        auto* view = child<QTableView>(page, "usersView");

        // Filter: Viewer Plus licenses whose name contains "a"; select all shown; make them Staircase User.
        auto* license = child<QComboBox>(page, "licenseFilter");
        license->setCurrentIndex(license->findData(QStringLiteral("Viewer Plus")));
        QTest::keyClicks(child<QLineEdit>(page, "userSearchEdit"), QStringLiteral("a"));
        QTRY_VERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < 160);
        int shown = view->model()->rowCount();
        for (int r = 0; r < shown; ++r)
            QCOMPARE(view->model()->index(r, UserAccessModel::LicenseColumn).data().toString(),
                     QStringLiteral("Viewer Plus"));
        QTest::mouseClick(child<QPushButton>(page, "selectAllShownButton"), Qt::LeftButton);
        auto* role = child<QComboBox>(page, "bulkRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("User")));
        QTest::mouseClick(child<QPushButton>(page, "applyRoleButton"), Qt::LeftButton);
        int active = 0;
        // What follows the name, in any language (the pseudo-locale ends it with a bracket too).
        const QString inactive = QCoreApplication::translate("banister::UserAccessModel", "%1 (inactive)")
                                     .section(QStringLiteral("%1"), 1);
        for (int r = 0; r < shown; ++r) {
            const QModelIndex i = view->model()->index(r, UserAccessModel::NewRoleColumn);
            if (!view->model()->index(r, UserAccessModel::NameColumn).data().toString().endsWith(inactive)) {
                QCOMPARE(i.data(UserAccessModel::NewRoleRole).toString(), QStringLiteral("User"));
                ++active;
            }
        }
        QVERIFY(active > 0);
        QVERIFY(says(child<QLabel>(page, "usersSummary")->text(), "role change"));
        // Only the touched users are in the profile.
        const UserAccessSection section = session.currentProfile().userAccess.value();
        QCOMPARE(int(section.assignments.size()), active);
        QTest::mouseClick(child<QCheckBox>(page, "problemsOnlyCheck"), Qt::LeftButton, {}, QPoint(8, 8));
        license->setCurrentIndex(0);
        child<QLineEdit>(page, "userSearchEdit")->clear();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(!view->model()->index(r, UserAccessModel::ProblemColumn).data().toString().isEmpty());
        screenshot(&wizard, QStringLiteral("users-problems"));
        QTest::mouseClick(child<QCheckBox>(page, "problemsOnlyCheck"), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(child<QPushButton>(page, "suggestManagersButton"), Qt::LeftButton);
        QVERIFY(users->changeCount() > active);
        screenshot(&wizard, QStringLiteral("users-assigned"));
    }
};

QTEST_MAIN(TestUserAccessPage)
#include "tst_useraccesspage.moc"
