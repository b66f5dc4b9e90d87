// The C360 / P360 layouts page: the Staircase AI section dragged from the palette into a layout (the drop
// indicator shows where), Move up / Move down clamped, renamed, an empty label refused.
#include "support/WizardFixture.h"
#include "widgets/SectionDrag.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace banister;
using namespace banister::test;

class TestLayoutPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void layoutDragAndKeyboard()
    {
        WizardFixture w;
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        QVERIFY(w.showAt(LayoutPageId)); // this test is about step 7 only
        QTRY_VERIFY_WITH_TIMEOUT(session.layouts()->isLoaded(), 10000);
        QWidget* page = wizard.currentPage();
        LayoutsModel* layouts = session.layouts();
        const QString enterprise = QStringLiteral("c360-enterprise");
        QVERIFY(!layouts->isIncluded(enterprise));

        // Drag "Staircase AI" from the palette to just before the third section.
        auto* palette = child<QListWidget>(page, "paletteList");
        auto* sections = child<SectionList>(page, "sectionList");
        QTRY_VERIFY(sections->count() == 7);
        QTRY_VERIFY(child<QListWidget>(page, "recordList")->count() > 0); // the accounts to preview, in the shot
        const QPoint from = palette->visualItemRect(palette->item(0)).center();
        const QRect third = sections->visualItemRect(sections->item(2));
        const QPoint over = palette->viewport()->mapFromGlobal(
            sections->viewport()->mapToGlobal(QPoint(third.center().x(), third.top() + 2)));
        QTest::mousePress(palette->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(palette->viewport(), from + QPoint(20, 0));
        QTest::mouseMove(palette->viewport(), over);
        QCOMPARE(sections->dropRow(), 2); // the drop indicator shows where it will land
        screenshot(&wizard, QStringLiteral("layouts-dragging"));
        QTest::mouseRelease(palette->viewport(), Qt::LeftButton, {}, over);
        QCOMPARE(sections->dropRow(), -1);
        QVERIFY(layouts->isIncluded(enterprise));
        QCOMPARE(layouts->position(enterprise), 2);
        QTRY_COMPARE(child<SectionList>(page, "sectionList")->item(2)->data(Qt::UserRole).toString(),
                     QStringLiteral("staircase-ai"));

        // Keyboard path: move up twice (clamped at the top), then down once; rename.
        QTest::mouseClick(child<QPushButton>(page, "moveUpButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page, "moveUpButton"), Qt::LeftButton);
        QCOMPARE(layouts->position(enterprise), 0);
        QTest::mouseClick(child<QPushButton>(page, "moveDownButton"), Qt::LeftButton);
        QCOMPARE(layouts->position(enterprise), 1);
        auto* label = child<QLineEdit>(page, "sectionLabelEdit");
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Staircase AI Insights"));
        QCOMPARE(layouts->label(enterprise), QStringLiteral("Staircase AI Insights"));
        label->clear();
        QVERIFY(!layouts->setLabel(enterprise, QString())); // refused, reason shown
        QVERIFY(!layouts->refusal().isEmpty());
        QCOMPARE(layouts->label(enterprise), QStringLiteral("Staircase AI Insights"));
        QCOMPARE(layouts->placements().size(), 1);
        // Remove takes the layout out again; with none left, the page says why Next waits.
        auto* problem = child<QLabel>(page, "layoutProblem");
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(child<QPushButton>(page, "removeSectionButton"), Qt::LeftButton);
        QVERIFY(!layouts->isIncluded(enterprise));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(says(problem->text(), "Choose at least one layout"));
        QTest::mouseClick(child<QPushButton>(page, "addSectionButton"), Qt::LeftButton);
        QVERIFY(layouts->isIncluded(enterprise));
        layouts->setPosition(enterprise, 1);
        layouts->setLabel(enterprise, QStringLiteral("Staircase AI Insights"));
        QVERIFY(!problem->isVisible());
    }
};

QTEST_MAIN(TestLayoutPage)
#include "tst_layoutpage.moc"
