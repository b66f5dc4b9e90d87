// Whole-wizard walks, Connect to Finish: the sample profile opened, applied, verified, exported and undone; a
// public-API tenant (manual steps confirmed); a flaky tenant (faults, retries, applying again after a stop).
#include "support/WizardFixture.h"
#include "widgets/ManualStepsPanel.h"
#include "widgets/MessagePanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeView>

using namespace banister;
using namespace banister::test;

class TestWizardWalk : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void openProfileApplyVerifyExport()
    {
        WizardFixture w;
        SandboxFixture& f = w.sandbox();
        Session& session = w.session();
        session.engine()->activation()->setSupportPolling(5, 10);
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());

        // Open the sample profile: it fills the Activation page.
        QVERIFY(openSampleProfile(wizard, session));
        QVERIFY(wizard.windowTitle().contains(QLatin1String("sandbox-ready.json")));

        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ActivationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        auto* note = child<QPlainTextEdit>(wizard.currentPage(), "supportNoteEdit");
        QVERIFY(says(note->toPlainText(), "Please link our Staircase AI tenant"));
        QVERIFY(
            child<QLabel>(wizard.currentPage(), "superAdminsLabel")->text().contains(QLatin1String("Dana Whitfield")));
        screenshot(&wizard, QStringLiteral("activation-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CrmPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        auto* count = child<QLabel>(wizard.currentPage(), "matchingCountLabel");
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QLatin1String("</b>")) && says(count->text(), "accounts match"),
                                 10000);
        QVERIFY(child<QCheckBox>(wizard.currentPage(), "syncCheck")->isChecked());
        QVERIFY(child<QComboBox>(wizard.currentPage(), "filterField1") != nullptr); // two rows from the profile
        screenshot(&wizard, QStringLiteral("crm-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FieldMappingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QCOMPARE(session.fieldMappings()->mappings().size(), 5); // the profile's, custom "industry" kept
        screenshot(&wizard, QStringLiteral("fields-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(UserAccessPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(LayoutPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QCOMPARE(session.layouts()->placements().size(), 3);
        auto* records = child<QListWidget>(wizard.currentPage(), "recordList");
        QTRY_VERIFY_WITH_TIMEOUT(records->count() > 0, 10000);
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "previewButton"), Qt::LeftButton);
        auto* preview = child<QListWidget>(wizard.currentPage(), "previewList");
        QTRY_VERIFY_WITH_TIMEOUT(preview->count() > 1 && preview->item(0)->text().contains(records->item(0)->text()),
                                 10000);
        // The preview shows the layout as the plan leaves it: the section (not on the tenant yet) where it goes.
        const QString first = session.layouts()->placements().first().layoutId;
        const int at = session.layouts()->placements().first().position;
        QVERIFY(preview->item(at)->text().startsWith(session.layouts()->placements().first().sectionLabel));
        QVERIFY(preview->item(at)->font().bold());
        QVERIFY(session.layouts()->previewLines(first).at(at).planned);
        screenshot(&wizard, QStringLiteral("layouts-ready"));
        // Another layout picked: its preview follows, for the same account.
        auto* layoutList = child<QListWidget>(wizard.currentPage(), "layoutList");
        layoutList->setCurrentRow(1);
        const QString second = layoutList->currentItem()->data(Qt::UserRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!session.layouts()->previewLines(second).isEmpty(), 10000);
        QVERIFY(session.layouts()->previewLines(first).isEmpty());
        QTRY_COMPARE(preview->count(), int(session.layouts()->previewLines(second).size()));
        layoutList->setCurrentRow(0);

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DashboardPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QCOMPARE(session.dashboard()->section().principals.size(), 3); // from the profile
        QVERIFY(child<QRadioButton>(wizard.currentPage(), "permission_specific")->isChecked());
        screenshot(&wizard, QStringLiteral("dashboard-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        auto* apply = child<QPushButton>(wizard.currentPage(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
        QVERIFY(!next->isEnabled()); // nothing applied yet
        auto* view = child<QTreeView>(wizard.currentPage(), "planView");
        QCOMPARE(view->model()->rowCount(), 5); // activation, CRM, field mappings, layouts, dashboard
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 3); // three activation steps
        QVERIFY(says(child<QLabel>(wizard.currentPage(), "planSummary")->text(), "9 change"));
        screenshot(&wizard, QStringLiteral("review-ready"));

        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        QVERIFY(next->isEnabled());
        QVERIFY(says(child<MessagePanel>(wizard.currentPage(), "applyOutcome")->text(), "applied"));
        screenshot(&wizard, QStringLiteral("review-applied"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.verification()->hasRun() && !session.verification()->isBusy(), 10000);
        QCOMPARE(session.verification()->failed(), 0);
        QVERIFY(says(child<QLabel>(wizard.currentPage(), "verifySummary")->text(), "passed"));
        screenshot(&wizard, QStringLiteral("verify-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FinishPageId));
        QTemporaryDir dir;
        for (const char* ext : { "html", "pdf" }) {
            const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(ext));
            FileDialogs::setNextFileName(path);
            QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "exportReportButton"), Qt::LeftButton);
            QTRY_VERIFY(QFile::exists(path));
        }
        QFile html(dir.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(says(QString::fromUtf8(text), "Connect Staircase to Gainsight"));
        QVERIFY(!text.contains(f.server().accessKey().toUtf8()));
        QVERIFY(!text.contains(f.server().staircaseToken().toUtf8()));
        screenshot(&wizard, QStringLiteral("finish-ready"));

        // Undo this apply: the reverse plan on the Review page, applied like any other.
        auto* undo = child<QPushButton>(wizard.currentPage(), "undoApplyButton");
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.plan()->phase() == PlanModel::Phase::Planned, 10000);
        QVERIFY(session.plan()->isUndo());
        QVERIFY(says(child<QLabel>(wizard.currentPage(), "planSummary")->text(), "Undo:"));
        screenshot(&wizard, QStringLiteral("review-undo"));
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "applyButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        const ApiResult undone = SandboxFixture::wait(f.client().layout(QStringLiteral("c360-enterprise")));
        for (const QJsonValue& s : undone.data[QStringLiteral("sections")].toArray())
            QVERIFY(s[QStringLiteral("key")].toString() != QLatin1String("staircase-ai"));

        // Save the profile: it round-trips and holds no secret.
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        FileDialogs::setNextFileName(saved);
        QTest::keySequence(&wizard, QKeySequence::Save);
        QTRY_VERIFY(QFile::exists(saved));
        QFile sf(saved);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray profileBytes = sf.readAll();
        QVERIFY(!profileBytes.contains(f.server().accessKey().toUtf8()));
        QVERIFY(profileBytes.contains("\"path\": \"connect\""));
    }

    void publicApiTenantWholeWizard()
    {
        // A tenant with Gainsight's documented REST only: every page still works, user access is automated, the
        // rest are guided steps the admin confirms, and nothing is sent to a route a real tenant does not have.
        WizardFixture w(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
        SandboxFixture& f = w.sandbox();
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QVERIFY(openSampleProfile(wizard, session));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
        QVERIFY(session.connection()->isPublicApi());
        QVERIFY(says(session.connection()->statusText(), "documented REST only"));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QVERIFY(child<QGroupBox>(wizard.currentPage(), "confirmBox")->isVisible());
        QVERIFY(child<QCheckBox>(wizard.currentPage(), "confirmCsSubscription")->isChecked()); // from the profile
        screenshot(&wizard, QStringLiteral("prerequisites-public"));
        // Unconfirming one holds the admin here; confirming it again lets them on.
        QTest::mouseClick(child<QCheckBox>(wizard.currentPage(), "confirmAdminAccess"), Qt::LeftButton, {},
                          QPoint(8, 8));
        QTRY_VERIFY(!next->isEnabled());
        QTest::mouseClick(child<QCheckBox>(wizard.currentPage(), "confirmAdminAccess"), Qt::LeftButton, {},
                          QPoint(8, 8));
        QTRY_VERIFY(next->isEnabled());
        for (int page : { int(ActivationPageId), int(CrmPageId), int(FieldMappingsPageId), int(UserAccessPageId),
                          int(LayoutPageId), int(DashboardPageId) }) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(wizard.currentId(), page);
            QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(), qPrintable(wizard.currentPage()->objectName()), 10000);
            if (page == int(CrmPageId)) {
                auto* count = child<QLabel>(wizard.currentPage(), "matchingCountLabel");
                QTRY_VERIFY_WITH_TIMEOUT(says(count->text(), "accounts match"), 10000); // the documented query counts
            }
            if (page == int(LayoutPageId)) {
                QCOMPARE(session.layouts()->placements().size(), 3);
                QVERIFY(child<QLineEdit>(wizard.currentPage(), "newLayoutEdit")->isVisible());
                screenshot(&wizard, QStringLiteral("layouts-public"));
            }
        }
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ReviewPageId));
        auto* apply = child<QPushButton>(wizard.currentPage(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
        const Plan plan = session.plan()->currentPlan();
        QCOMPARE(plan.manualCount(), int(plan.steps.size())); // the ready profile has no user access: all by hand
        auto* panel = child<ManualStepsPanel>(wizard.currentPage(), "manualStepsPanel");
        QVERIFY(panel->isVisible());
        auto* list = child<QListWidget>(panel, "manualStepList");
        QCOMPARE(list->count(), plan.manualCount());
        QVERIFY(says(child<QLabel>(panel, "manualStepDetail")->text(), "Gainsight Support"));
        QVERIFY(says(child<QLabel>(wizard.currentPage(), "planSummary")->text(), "by hand"));
        screenshot(&wizard, QStringLiteral("review-public"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        QVERIFY(next->isEnabled());
        // Copy puts what to enter on the clipboard; Done records the admin's word and plans again.
        QTest::mouseClick(child<QPushButton>(panel, "copyManualValuesButton"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("staircase-integration")));
        list->item(0)->setCheckState(Qt::Checked);
        QTRY_VERIFY_WITH_TIMEOUT(session.plan()->phase() == PlanModel::Phase::Planned
                                     && session.plan()->currentPlan().confirmed.size() == 1,
                                 10000);
        QVERIFY(next->isEnabled()); // what is left is by hand
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.verification()->hasRun() && !session.verification()->isBusy(), 10000);
        int unconfirmed = 0, confirmed = 0;
        for (const VerifyCheck& c : session.verification()->checks()) {
            unconfirmed += c.basis == VerifyCheck::Basis::Unconfirmed;
            confirmed += c.basis == VerifyCheck::Basis::Confirmed;
        }
        QCOMPARE(unconfirmed, plan.manualCount() - 1);
        QVERIFY(confirmed >= 5); // four prerequisites and the step ticked Done
        QCOMPARE(session.verification()->failed(), unconfirmed);
        screenshot(&wizard, QStringLiteral("verify-public"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FinishPageId));
        const QString report = exportMarkdownReport(wizard);
        QVERIFY(!report.isEmpty());
        QVERIFY2(says(report, "Done by hand in Gainsight or Staircase (1 of"), qPrintable(report.left(3000)));
        QVERIFY(says(report, "Not yet confirmed."));
        QVERIFY(says(report, "Confirmed by"));
        screenshot(&wizard, QStringLiteral("finish-public"));
        QCOMPARE(f.server().tenant().sandboxOnlyRequests(), QStringList {});
    }

    void flakyTenantWholeWizard()
    {
        // The flaky scenario's faults (latency, 5xx, dropped connections, truncated JSON), as every entry point
        // defines them: the whole wizard still opens the profile, applies it (again after a stop, as an admin
        // would) and verifies it.
        WizardFixture w(QStringLiteral("flaky"), [](sandbox::SandboxOptions& o) {
            const sandbox::SandboxOptions flaky = sandbox::forScenario(QStringLiteral("flaky"), 7);
            o.latencyMs = 5;
            o.fault5xx = flaky.fault5xx;
            o.faultDrop = flaky.faultDrop;
            o.faultMalformed = flaky.faultMalformed;
        });
        SandboxFixture& f = w.sandbox();
        QVERIFY(sandbox::forScenario(QStringLiteral("flaky")).fault5xx > 0);
        Session& session = w.session();
        session.engine()->activation()->setSupportPolling(5, 20);
        RetryPolicy fast;
        fast.baseMs = 2;
        fast.capMs = 20;
        session.client()->setRetryPolicy(fast);
        session.client()->setTimeoutMs(3000);
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QVERIFY(openSampleProfile(wizard, session));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        while (wizard.currentId() != int(ReviewPageId)) {
            const int at = wizard.currentId();
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000);
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != at, 30000);
        }
        auto* apply = child<QPushButton>(wizard.currentPage(), "applyButton");
        for (int attempt = 0; attempt < 4 && session.plan()->phase() != PlanModel::Phase::Applied; ++attempt) {
            if (attempt > 0)
                QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "replanButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(session.plan()->phase() == PlanModel::Phase::Planned, 30000);
            if (session.plan()->currentPlan().isEmpty())
                break;
            QVERIFY2(session.plan()->currentPlan().canApply(),
                     qPrintable(session.plan()->currentPlan().errors.join(QLatin1Char('\n'))));
            QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 30000);
            QTest::mouseClick(apply, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!session.plan()->isBusy(), 60000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.verification()->hasRun() && !session.verification()->isBusy(), 30000);
        for (const VerifyCheck& c : session.verification()->checks())
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));
        // One support request, however often a call was retried.
        QCOMPARE(SandboxFixture::wait(f.client().supportRequests()).data[QStringLiteral("records")].toArray().size(),
                 1);
    }
};

QTEST_MAIN(TestWizardWalk)
#include "tst_wizardwalk.moc"
