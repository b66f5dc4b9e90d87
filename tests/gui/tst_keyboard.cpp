// The whole wizard with the keyboard alone, offscreen, on the ready sandbox tenant: Connect to Finish with Tab,
// Space, Return, arrows and accelerators, no mouse and no setter on a widget. On every page Tab reaches every
// focusable widget and comes back around (no keyboard trap); a failure names what Tab never reached.
#include "support/WizardFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPointer>
#include <QSet>

using namespace banister;
using namespace banister::test;

namespace {

QString describe(const QWidget* w)
{
    return describeWidget(w, false);
}

// Where keyboard focus goes for w (a combo box's line edit, a compound's focus proxy).
QWidget* focusTarget(QWidget* w)
{
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

// What a key press reaches: the focused widget, as a real keyboard.
void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, key, modifiers);
}

// Presses Tab until focus is on a widget that matches, at most limit times.
template <typename Match> bool tabTo(QWidget* window, Match match, int limit = 200)
{
    for (int i = 0; i < limit; ++i) {
        if (QWidget* f = QApplication::focusWidget(); f && match(f))
            return true;
        press(window, Qt::Key_Tab);
    }
    return false;
}

// The widgets Tab should reach in the window: visible, enabled, accepting Tab focus.
QList<QWidget*> tabTargets(QWidget* window)
{
    QList<QWidget*> targets;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        QWidget* t = focusTarget(w);
        if ((t->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !t->isVisible() || !t->isEnabled()
            || t->window() != window || targets.contains(t))
            continue;
        targets << t;
    }
    return targets;
}

// Tabs around the window from where focus is: every Tab target is reached and focus comes back to where it started.
QString tabTrap(QWidget* window)
{
    const QList<QWidget*> targets = tabTargets(window);
    QWidget* start = QApplication::focusWidget();
    if (!start)
        return QStringLiteral("nothing has focus");
    if (!start->isVisible() || start->window() != window)
        return QStringLiteral("focus is on %1, which is not shown").arg(describe(start));
    QSet<QWidget*> reached { start };
    bool around = false;
    for (int i = 0; i < 3 * targets.size() + 10 && !around; ++i) {
        press(window, Qt::Key_Tab);
        QWidget* f = QApplication::focusWidget();
        if (!f)
            return QStringLiteral("Tab left focus nowhere after %1 press(es)").arg(i + 1);
        around = f == start;
        reached.insert(f);
    }
    QStringList missed;
    for (QWidget* t : targets)
        if (!reached.contains(t))
            missed << describe(t);
    if (!missed.isEmpty())
        return QStringLiteral("Tab never reached: ") + missed.join(QStringLiteral(", "));
    if (!around)
        return QStringLiteral("Tab did not come back to %1").arg(describe(start));
    return {};
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(setUpWizardTest(m_english));
        Questions::setAutoAnswer(std::nullopt); // questions are real message boxes, answered with keys
    }

    void wholeWizard()
    {
        WizardFixture w;
        QVERIFY(w.sandbox().ok());
        Session& session = w.session();
        session.engine()->activation()->setSupportPolling(5, 10);
        SetupWizard& wizard = w.wizard();
        // The composition root answers "Use sandbox tenant" with the embedded tenant; here the fixture does.
        connect(session.connection(), &ConnectionModel::sandboxRequested, this,
                [&](const QString&) { w.useSandbox(); });
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QAbstractButton* next = w.next();
        const auto pageDone = [&] { return next->isEnabled(); };
        const auto checkTab = [&](const char* where) {
            const QString trap = tabTrap(&wizard);
            QVERIFY2(trap.isEmpty(),
                     qPrintable(wizard.currentPage()->objectName() + QLatin1Char('/') + QLatin1String(where)
                                + QStringLiteral(": ") + trap));
        };
        const auto nextPage = [&](int expected) {
            const int at = wizard.currentId();
            QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
            press(&wizard, Qt::Key_N, Qt::AltModifier); // "&Next >"
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != at, 10000);
            QCOMPARE(wizard.currentId(), expected);
        };

        // 1. Connect: "Use &sandbox tenant", then Tab around the filled page.
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        press(&wizard, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        checkTab("filled");
        if (QTest::currentTestFailed())
            return;
        nextPage(PrerequisitesPageId);
        if (QTest::currentTestFailed())
            return;

        // 2.-3. Prerequisites and Activation as the tenant has them.
        for (int expected : { int(ActivationPageId), int(CrmPageId) }) {
            QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
            checkTab("loaded");
            if (QTest::currentTestFailed())
                return;
            nextPage(expected);
            if (QTest::currentTestFailed())
                return;
        }

        // 4. CRM sync: "Call summary &upload" ticked by its accelerator.
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        const bool callSummary = session.crm()->section().callSummaryUpload;
        press(&wizard, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(session.crm()->section().callSummaryUpload, !callSummary);
        checkTab("edited");
        if (QTest::currentTestFailed())
            return;
        nextPage(FieldMappingsPageId);
        if (QTest::currentTestFailed())
            return;

        // 5. Field mappings as suggested.
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        checkTab("loaded");
        if (QTest::currentTestFailed())
            return;
        nextPage(UserAccessPageId);
        if (QTest::currentTestFailed())
            return;

        // 6. User access: Tab into the table, Down to the second user, Tab on to the role box, pick the next role
        //    with the arrow key, "Set for &selection".
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        checkTab("loaded");
        if (QTest::currentTestFailed())
            return;
        QWidget* page = wizard.currentPage();
        auto* table = page->findChild<QAbstractItemView*>(QStringLiteral("usersView"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, 10000);
        QVERIFY(tabTo(&wizard, [&](QWidget* w) { return w == table; }));
        press(&wizard, Qt::Key_Down);
        QTRY_VERIFY(table->selectionModel()->selectedRows().size() == 1);
        auto* bulkRole = page->findChild<QComboBox*>(QStringLiteral("bulkRoleCombo"));
        QVERIFY(bulkRole);
        QVERIFY(tabTo(&wizard, [&](QWidget* w) { return w == bulkRole; }));
        const int roleBefore = bulkRole->currentIndex();
        press(&wizard, Qt::Key_Down);
        QVERIFY(bulkRole->currentIndex() != roleBefore);
        const int changesBefore = session.userAccess()->changeCount();
        press(&wizard, Qt::Key_S, Qt::AltModifier); // "Set for &selection"
        QTRY_VERIFY(session.userAccess()->changeCount() != changesBefore);
        nextPage(LayoutPageId);
        if (QTest::currentTestFailed())
            return;

        // 7. Layouts: Tab to the layout list, Space ticks the current layout.
        QTRY_VERIFY_WITH_TIMEOUT(session.layouts()->isLoaded(), 10000);
        page = wizard.currentPage();
        auto* layouts = page->findChild<QListWidget*>(QStringLiteral("layoutList"));
        QVERIFY(layouts);
        QTRY_VERIFY_WITH_TIMEOUT(layouts->count() > 0, 10000);
        QVERIFY(tabTo(&wizard, [&](QWidget* w) { return w == layouts; }));
        press(&wizard, Qt::Key_Space);
        QTRY_COMPARE(session.layouts()->placements().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        checkTab("ticked");
        if (QTest::currentTestFailed())
            return;
        nextPage(DashboardPageId);
        if (QTest::currentTestFailed())
            return;

        // 8. Executive dashboard: "Add su&ggested" roles.
        QTRY_VERIFY_WITH_TIMEOUT(pageDone(), 10000);
        const auto principals = session.dashboard()->section().principals.size();
        press(&wizard, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(session.dashboard()->section().principals.size() > principals);
        checkTab("suggested");
        if (QTest::currentTestFailed())
            return;
        nextPage(ReviewPageId);
        if (QTest::currentTestFailed())
            return;

        // 9. Review & apply: "&Apply changes", the confirmation answered with Return, Tab around the result.
        QTRY_VERIFY_WITH_TIMEOUT(session.plan()->phase() == PlanModel::Phase::Planned, 15000);
        QVERIFY2(session.plan()->currentPlan().canApply(),
                 qPrintable(session.plan()->currentPlan().errors.join(QLatin1Char('\n'))));
        QVERIFY(!session.plan()->currentPlan().isEmpty());
        checkTab("planned");
        if (QTest::currentTestFailed())
            return;
        press(&wizard, Qt::Key_A, Qt::AltModifier);
        QPointer<QMessageBox> confirm;
        QTRY_VERIFY((confirm = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == confirm);
        press(confirm, Qt::Key_Return); // the default answer: Apply
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 20000);
        // The offscreen platform has no window manager to give the wizard back its activation when the box closes.
        QTRY_VERIFY(!confirm || !confirm->isVisible());
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == &wizard);
        checkTab("applied");
        if (QTest::currentTestFailed())
            return;
        nextPage(VerifyPageId);
        if (QTest::currentTestFailed())
            return;

        // 10. Verify.
        QTRY_VERIFY_WITH_TIMEOUT(session.verification()->hasRun() && !session.verification()->isBusy(), 15000);
        QCOMPARE(session.verification()->failed(), 0);
        checkTab("verified");
        if (QTest::currentTestFailed())
            return;
        nextPage(FinishPageId);
        if (QTest::currentTestFailed())
            return;

        // 11. Finish: save the profile (Ctrl+S; the file dialog's answer from its seam), then "&Finish".
        checkTab("finish");
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("keyboard.json"));
        FileDialogs::setNextFileName(saved);
        press(&wizard, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(saved));
        QVERIFY(!wizard.hasUnsavedChanges());
        press(&wizard, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // What the keys chose is in the saved profile.
        const ProfileLoad load = loadProfile(saved);
        QVERIFY(load.profile);
        QCOMPARE(load.profile->crm->callSummaryUpload, !callSummary);
        QCOMPARE(load.profile->layouts->size(), 1);
    }

    // Tab reads a page top to bottom whatever order its widgets were made in: filter rows added later sit between
    // the combine box and Add row; on Layouts the lists and their buttons come before the label and the preview.
    void tabOrderReadsThePage_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("crm") << int(CrmPageId)
                             << QStringList { "syncCheck",          "syncSpecificRadio",  "filterCombineCombo",
                                              "filterField0",       "removeFilterRow0",   "filterField1",
                                              "addFilterRowButton", "teamHierarchyCheck", "callSummaryCheck" };
        QTest::newRow("layouts") << int(
            LayoutPageId) << QStringList { "layoutList",          "paletteList", "addSectionButton", "moveUpButton",
                                           "removeSectionButton", "sectionList", "sectionLabelEdit" };
    }

    void tabOrderReadsThePage()
    {
        QFETCH(int, page);
        QFETCH(QStringList, order);
        WizardFixture w;
        QVERIFY(w.showAt(page));
        QWidget* p = w.wizard().currentPage();
        if (page == CrmPageId) {
            CrmModel* crm = w.session().crm();
            QTRY_VERIFY_WITH_TIMEOUT(crm->isLoaded(), 10000);
            crm->setSyncAccounts(true);
            crm->setFilterMode(CrmFilterMode::Specific);
            crm->addRow();
            crm->addRow(); // made after every other widget of the page
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(w.session().layouts()->isLoaded(), 10000);
        }
        QStringList chain; // the page's widgets in Tab order, from the first named one
        QWidget* start = p->findChild<QWidget*>(order.first());
        QVERIFY(start);
        QTRY_VERIFY(p->findChild<QWidget*>(order.last()) != nullptr);
        for (QWidget* at = start; chain.size() < 400; at = at->nextInFocusChain()) {
            chain << at->objectName();
            if (at->nextInFocusChain() == start)
                break;
        }
        qsizetype last = -1;
        for (const QString& name : order) {
            const qsizetype i = chain.indexOf(name);
            QVERIFY2(i > last, qPrintable(name + QStringLiteral(" is out of order: ") + chain.join(u' ')));
            last = i;
        }
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
