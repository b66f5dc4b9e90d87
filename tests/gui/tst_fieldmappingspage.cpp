// The Field mappings page before Staircase is connected: the guide's standard fields stand in (and the page says
// so), Tier cleared holds the admin with the reason, a refused mapping is shown with its reason.
#include "support/WizardFixture.h"
#include "widgets/MessagePanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace banister;
using namespace banister::test;

class TestFieldMappingsPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void standardFieldsBeforeStaircaseIsConnected()
    {
        WizardFixture w;
        QVERIFY(w.showAt(FieldMappingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 10000);
        QWidget* page = w.wizard().currentPage();
        FieldMappingsModel* mappings = w.session().fieldMappings();
        QVERIFY(mappings->usesStandardFields());
        auto* note = child<QLabel>(page, "standardFieldsNote");
        QVERIFY(note->isVisible());
        QVERIFY(says(note->text(), "Staircase is not connected yet"));
        auto* view = child<QTableView>(page, "mappingsView");
        QCOMPARE(view->model(), static_cast<QAbstractItemModel*>(mappings));
        QVERIFY(view->model()->rowCount() >= 5);
        QCOMPARE(mappings->index(mappings->rowOf(QStringLiteral("tier")), FieldMappingsModel::GainsightColumn)
                     .data(Qt::EditRole)
                     .toString(),
                 QStringLiteral("Tier"));
    }

    void clearingTierHoldsTheAdminHere()
    {
        WizardFixture w;
        QVERIFY(w.showAt(FieldMappingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 10000);
        QWidget* page = w.wizard().currentPage();
        FieldMappingsModel* mappings = w.session().fieldMappings();
        auto* view = child<QTableView>(page, "mappingsView");
        view->setCurrentIndex(
            mappings->index(mappings->rowOf(QStringLiteral("tier")), FieldMappingsModel::GainsightColumn));
        QTest::mouseClick(child<QPushButton>(page, "clearMappingButton"), Qt::LeftButton);
        QVERIFY(!w.next()->isEnabled()); // Tier is required
        auto* problem = child<QLabel>(page, "mappingProblem");
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(says(problem->text(), "Tier"));

        // A refused choice says why and changes nothing.
        QVERIFY(!mappings->map(QStringLiteral("tier"), QStringLiteral("Customer_Tier__gc")));
        auto* refusal = child<MessagePanel>(page, "mappingRefusal");
        QTRY_VERIFY(refusal->isVisible());
        QVERIFY(says(refusal->text(), "multi-select"));
        QVERIFY(!w.next()->isEnabled());

        QVERIFY(mappings->map(QStringLiteral("tier"), QStringLiteral("Tier")));
        QVERIFY(w.next()->isEnabled());
        QVERIFY(problem->text().isEmpty());
    }
};

QTEST_MAIN(TestFieldMappingsPage)
#include "tst_fieldmappingspage.moc"
