// The CRM sync page: sync on, specific accounts, filter rows by picked and typed values with their operators
// and AND / OR, the live count equal to one made over HTTP; then a field mapping edited and the whole applied.
#include "engine/FieldMappingsArea.h"
#include "support/WizardFixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>

using namespace banister;
using namespace banister::test;

class TestCrmPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void crmFilterAndMappingsThenApply()
    {
        WizardFixture w;
        SandboxFixture& f = w.sandbox();
        Session& session = w.session();
        session.engine()->activation()->setSupportPolling(5, 10);
        session.crm()->setCountDelay(10);
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        for (int page : { int(PrerequisitesPageId), int(ActivationPageId), int(CrmPageId) }) {
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), page, 10000);
        }
        QWidget* page = wizard.currentPage();
        auto* count = child<QLabel>(page, "matchingCountLabel");
        QTRY_VERIFY_WITH_TIMEOUT(session.crm()->isLoaded(), 10000); // the page is laid out and has its fields
        auto* sync = child<QCheckBox>(page, "syncCheck");
        // Check boxes take clicks on their box and text only, not across the whole stretched row.
        QTest::mouseClick(sync, Qt::LeftButton, {}, QPoint(8, sync->height() / 2));
        QVERIFY(session.crm()->section().syncAccounts);
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && session.crm()->matchingCount() == 2400, 10000);
        QVERIFY(says(count->text(), "accounts match"));
        auto* specific = child<QRadioButton>(page, "syncSpecificRadio");
        QTRY_VERIFY(specific->isVisible());
        QTest::mouseClick(specific, Qt::LeftButton, {}, QPoint(8, specific->height() / 2));
        QCOMPARE(session.crm()->section().filterMode, CrmFilterMode::Specific);
        QVERIFY(!next->isEnabled()); // an empty filter row

        // Row 1: Region in {EMEA}, picked from the values with their counts.
        auto* field0 = child<QComboBox>(page, "filterField0");
        field0->setCurrentIndex(field0->findData(QStringLiteral("Region")));
        QMenu* menu0 = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((menu0 = page->findChild<QMenu*>(QStringLiteral("filterValuesMenu0")))
                                     && !menu0->actions().isEmpty(),
                                 10000);
        QVERIFY(menu0->actions().first()->text().contains(QLatin1Char('('))); // "NA (1084)": value and count
        // The list stays open while ticking: EMEA and APAC clicked one after the other, then APAC again (off).
        auto* values0 = child<QToolButton>(page, "filterValues0");
        menu0->popup(values0->mapToGlobal(QPoint(0, values0->height())));
        QTRY_VERIFY(menu0->isVisible());
        const auto clickValue = [menu0](const char* value) {
            for (QAction* a : menu0->actions())
                if (a->data().toString() == QLatin1String(value))
                    QTest::mouseClick(menu0, Qt::LeftButton, {}, menu0->actionGeometry(a).center());
        };
        clickValue("EMEA");
        clickValue("APAC");
        QVERIFY(menu0->isVisible());
        QStringList ticked = session.crm()->section().rows.first().values;
        ticked.sort();
        QCOMPARE(ticked, (QStringList { QStringLiteral("APAC"), QStringLiteral("EMEA") }));
        clickValue("APAC");
        QVERIFY(menu0->isVisible());
        QCOMPARE(session.crm()->section().rows.first().values, QStringList { QStringLiteral("EMEA") });
        QTest::keyClick(menu0, Qt::Key_Escape);
        QTRY_VERIFY(!menu0->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting(), 10000);
        const QString oneRow = count->text();
        QVERIFY(session.crm()->matchingCount() < 2400);

        // Row 2: ARR typed as numbers (a typed editor), the count changes again.
        QTest::mouseClick(child<QPushButton>(page, "addFilterRowButton"), Qt::LeftButton);
        auto* field1 = child<QComboBox>(page, "filterField1");
        field1->setCurrentIndex(field1->findData(QStringLiteral("Employees")));
        auto* typed = child<QLineEdit>(page, "filterValuesEdit1");
        QTRY_VERIFY(typed->isVisible());
        QTest::keyClicks(typed, QStringLiteral("abc")); // refused by the number validator
        QCOMPARE(typed->text(), QString());
        QTest::keyClicks(typed, QStringLiteral("30, 60, 90"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && count->text() != oneRow, 10000);
        const auto countedOverHttp = [&] {
            return TenantClient::countFrom(
                SandboxFixture::wait(f.client().countCompanies(session.crm()->whereFor(session.crm()->section().rows)))
                    .data);
        };
        QCOMPARE(session.crm()->matchingCount(), countedOverHttp());
        QVERIFY(next->isEnabled());
        // Employees between 50 and 500 (the operators follow the type; between shows a second box), rows OR-ed.
        auto* op1 = child<QComboBox>(page, "filterOperator1");
        QCOMPARE(op1->count(), 7); // = ≠ > ≥ < ≤ between
        QCOMPARE(child<QComboBox>(page, "filterOperator0")->count(), 2); // a picklist: is, is not
        op1->setCurrentIndex(op1->findData(QStringLiteral("between")));
        auto* high = child<QLineEdit>(page, "filterValuesHigh1");
        QTRY_VERIFY(high->isVisible());
        QCOMPARE(typed->text(), QStringLiteral("30")); // the first two of 30, 60, 90 are kept
        QCOMPARE(high->text(), QStringLiteral("60"));
        for (QLineEdit* edit : { typed, high }) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
        }
        QTest::keyClicks(typed, QStringLiteral("50"));
        QVERIFY(!next->isEnabled()); // between needs both values
        QTest::keyClicks(high, QStringLiteral("500"));
        QCOMPARE(session.crm()->section().rows.at(1).values,
                 (QStringList { QStringLiteral("50"), QStringLiteral("500") }));
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting(), 10000);
        const qint64 both = session.crm()->matchingCount();
        QCOMPARE(both, countedOverHttp());
        auto* combine = child<QComboBox>(page, "filterCombineCombo");
        combine->setCurrentIndex(combine->findData(QStringLiteral("or")));
        QCOMPARE(session.crm()->section().combine, CrmCombine::Or);
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && session.crm()->matchingCount() > both, 10000);
        QCOMPARE(session.crm()->matchingCount(), countedOverHttp());
        QVERIFY(next->isEnabled());
        screenshot(&wizard, QStringLiteral("crm-two-rows"));

        // Field mappings: suggested, then Revenue changed to MRR through the table's editor.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FieldMappingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        FieldMappingsModel* mappings = session.fieldMappings();
        auto* view = child<QTableView>(wizard.currentPage(), "mappingsView");
        const QModelIndex revenue
            = mappings->index(mappings->rowOf(QStringLiteral("revenue")), FieldMappingsModel::GainsightColumn);
        view->setCurrentIndex(revenue);
        view->edit(revenue);
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("gainsightFieldCombo"));
        QVERIFY(combo);
        QVERIFY(combo->findData(QStringLiteral("Renewal_Date")) < 0); // only compatible fields are offered
        combo->setCurrentIndex(combo->findData(QStringLiteral("MRR")));
        QCOMPARE(revenue.data(Qt::EditRole).toString(), QStringLiteral("MRR"));
        QCOMPARE(mappings->mappings().size(), 4);
        screenshot(&wizard, QStringLiteral("fields-edited"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(UserAccessPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(LayoutPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.layouts()->isLoaded(), 10000);
        QVERIFY(!next->isEnabled()); // no layout chosen yet
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "addSectionButton"), Qt::LeftButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DashboardPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* apply = child<QPushButton>(wizard.currentPage(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        // The tenant now holds exactly what the pages showed.
        const ApiResult crm = SandboxFixture::wait(f.client().crmSettings());
        QCOMPARE(crm.data.toObject(), toJson(session.crm()->section()));
        const ApiResult fields = SandboxFixture::wait(f.client().accountFields());
        QCOMPARE(FieldMappingsArea::liveMappings(fields.data).value(QStringLiteral("revenue")).toString(),
                 QStringLiteral("MRR"));
    }
};

QTEST_MAIN(TestCrmPage)
#include "tst_crmpage.moc"
