// Accessibility of the real wizard, offscreen: on every page (opened from the sample profile on the ready sandbox,
// applied, verified), every focusable widget has an accessible name, and no two accelerators on a page are the
// same letter. A failure names the widgets. With BANISTER_TEST_LANG (de, fr, ja) it checks that language.
#include "support/WizardFixture.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

using namespace banister;
using namespace banister::test;

namespace {

QString describe(const QWidget* w)
{
    return describeWidget(w);
}

// Focusable (focus policy, visible, enabled) widgets under root whose accessible name is empty. A compound's inner
// editor (an editable combo box's or a spin box's line edit) is named by the compound.
QStringList namelessFocusable(QWidget* root)
{
    QStringList nameless;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible() || !w->isEnabled())
            continue;
        QWidget* named = w;
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            named = w->parentWidget();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(named);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless << describe(named);
    }
    nameless.removeDuplicates();
    return nameless;
}

// The accelerator letter of a text ("Sa&ve" -> "v"), or an empty string.
QString accelerator(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Accelerators used more than once among the visible buttons, group boxes and labels with a buddy in the window:
// "r: &Remember… (rememberCheck), &Retry (retryButton)".
QStringList acceleratorClashes(QWidget* window)
{
    QMap<QString, QStringList> byKey;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            text = g->title();
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            text = l->text();
        const QString key = accelerator(text);
        if (!key.isEmpty())
            byKey[key] << QStringLiteral("%1 (%2)").arg(text, w->objectName());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return clashes;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTranslator m_english;

    // Checks the window as it is now; the page's objectName tells where.
    void check(SetupWizard& wizard, const char* state)
    {
        const QString where = wizard.currentPage()->objectName() + QLatin1Char('/') + QLatin1String(state);
        const QStringList nameless = namelessFocusable(&wizard);
        QVERIFY2(nameless.isEmpty(),
                 qPrintable(where + QStringLiteral(": no accessible name: ") + nameless.join(QStringLiteral("; "))));
        const QStringList clashes = acceleratorClashes(&wizard);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(where + QStringLiteral(": accelerator used twice: ") + clashes.join(QStringLiteral("; "))));
        m_checked << wizard.currentId();
    }

    QList<int> m_checked;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void selfTest()
    {
        // The checks themselves: a nameless focusable widget and two "&R…" buttons are found.
        QWidget window;
        window.setObjectName(QStringLiteral("window"));
        auto* named = new QPushButton(QStringLiteral("&Retry"), &window);
        named->setObjectName(QStringLiteral("retry"));
        auto* other = new QPushButton(QStringLiteral("&Remove"), &window);
        other->setObjectName(QStringLiteral("remove"));
        auto* nameless = new QComboBox(&window);
        nameless->setObjectName(QStringLiteral("nameless"));
        new QPushButton(QStringLiteral("Sa&&ve && &quit"), &window);
        auto* table = new QTableView(&window); // item views are named only by an accessible name, never by a label
        table->setObjectName(QStringLiteral("table"));
        auto* label = new QLabel(QStringLiteral("&Users:"), &window);
        label->setBuddy(table);
        auto* layout = new QVBoxLayout(&window);
        for (QWidget* w : window.findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(namelessFocusable(&window),
                 (QStringList { QStringLiteral("QComboBox nameless in window"),
                                QStringLiteral("QTableView table in window") }));
        QCOMPARE(acceleratorClashes(&window), QStringList { QStringLiteral("r: &Retry (retry), &Remove (remove)") });
        nameless->setAccessibleName(QStringLiteral("Field"));
        table->setAccessibleName(QStringLiteral("Users"));
        other->setText(QStringLiteral("Re&move"));
        QVERIFY(namelessFocusable(&window).isEmpty());
        QVERIFY(acceleratorClashes(&window).isEmpty());
        QCOMPARE(accelerator(QStringLiteral("Sa&&ve && &quit")), QStringLiteral("q"));
    }

    void everyPage()
    {
        WizardFixture w;
        QVERIFY(w.sandbox().ok());
        Session& session = w.session();
        session.engine()->activation()->setSupportPolling(5, 10);
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QAbstractButton* next = w.next();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        check(wizard, "filled");
        if (QTest::currentTestFailed())
            return;

        QVERIFY(openSampleProfile(wizard, session));

        while (wizard.currentId() != int(ReviewPageId)) {
            const int at = wizard.currentId();
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != at, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() || wizard.currentId() == int(ReviewPageId), 10000);
            QTest::qWait(50); // pages finish rebuilding rows after their models settle
            check(wizard, "loaded");
            if (QTest::currentTestFailed())
                return;
        }
        auto* apply = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
        check(wizard, "planned");
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        check(wizard, "applied");
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.verification()->hasRun() && !session.verification()->isBusy(), 10000);
        check(wizard, "verified");
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FinishPageId));
        check(wizard, "finish");
        if (QTest::currentTestFailed())
            return;
        // Every page was checked.
        for (int id : wizard.pageIds())
            QVERIFY2(m_checked.contains(id), qPrintable(QStringLiteral("page %1 not checked").arg(id)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
