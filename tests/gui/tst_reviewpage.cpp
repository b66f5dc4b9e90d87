// The Review & apply page over the sample profile: the plan by area with its summary, the one question before
// applying (answered Cancel: nothing happens), Stop after this step, and applying again with what is left; a call
// held back by a rate limit is counted down, and the countdown ends with its call.
#include "support/WizardFixture.h"
#include "widgets/HoldNotice.h"
#include "widgets/MessagePanel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace banister;
using namespace banister::test;

namespace {
// Connected, the sample profile open, on the Review page with its plan made.
bool reviewSampleProfile(WizardFixture& w)
{
    w.session().engine()->activation()->setSupportPolling(5, 10);
    if (!w.showAt(ConnectPageId) || !openSampleProfile(w.wizard(), w.session()))
        return false;
    w.wizard().setStartId(ReviewPageId);
    w.wizard().restart();
    return QTest::qWaitFor([&] { return w.session().plan()->phase() == PlanModel::Phase::Planned; }, 15000);
}
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void thePlanAndTheQuestionBeforeApplying()
    {
        WizardFixture w;
        QVERIFY(reviewSampleProfile(w));
        QWidget* page = w.wizard().currentPage();
        auto* view = child<QTreeView>(page, "planView");
        QCOMPARE(view->model(), static_cast<QAbstractItemModel*>(w.session().plan()));
        QCOMPARE(view->model()->rowCount(), 5);
        QVERIFY(says(child<QLabel>(page, "planSummary")->text(), "9 change"));
        auto* apply = child<QPushButton>(page, "applyButton");
        QTRY_VERIFY(apply->isEnabled());
        QVERIFY(!w.next()->isEnabled()); // nothing applied yet

        // The admin is asked once, with the count and the tenant; Cancel applies nothing.
        Questions::setAutoAnswer(QMessageBox::Cancel);
        QTest::mouseClick(apply, Qt::LeftButton);
        Questions::setAutoAnswer(QMessageBox::Apply);
        bool answered = false; // the answer arrives on the event loop's next turn, before this
        QTimer::singleShot(0, this, [&] { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(says(Questions::lastQuestion(), "Apply 9 change"));
        QVERIFY(Questions::lastQuestion().contains(QLatin1String("northwind")));
        QCOMPARE(w.session().plan()->phase(), PlanModel::Phase::Planned);
        QVERIFY(!w.next()->isEnabled());
        QVERIFY(SandboxFixture::wait(w.sandbox().client().supportRequests())
                    .data[QStringLiteral("records")]
                    .toArray()
                    .isEmpty());
    }

    void stopAfterThisStepThenContinue()
    {
        WizardFixture w;
        QVERIFY(reviewSampleProfile(w));
        QWidget* page = w.wizard().currentPage();
        PlanModel* plan = w.session().plan();
        auto* apply = child<QPushButton>(page, "applyButton");
        auto* stop = child<QPushButton>(page, "cancelApplyButton");
        QTRY_VERIFY(apply->isEnabled());
        QVERIFY(!stop->isVisible()); // only while applying
        // Stop is clicked as soon as the first step runs.
        bool stopped = false;
        const auto connection = connect(plan, &QAbstractItemModel::dataChanged, this, [&] {
            if (!stopped && plan->phase() == PlanModel::Phase::Applying && stop->isVisible() && stop->isEnabled()) {
                stopped = true;
                QTest::mouseClick(stop, Qt::LeftButton);
            }
        });
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!plan->isBusy() && plan->phase() != PlanModel::Phase::Planned, 15000);
        disconnect(connection);
        QVERIFY(stopped);
        QCOMPARE(plan->phase(), PlanModel::Phase::Canceled);
        QVERIFY(!stop->isEnabled() || !stop->isVisible());
        const QList<StepResult>& results = plan->results();
        QCOMPARE(results.first().status, StepResult::Status::Done); // the step under way finished
        QCOMPARE(results.last().status, StepResult::Status::Canceled);
        auto* outcome = child<MessagePanel>(page, "applyOutcome");
        QVERIFY(outcome->isVisible());
        QVERIFY(!outcome->text().isEmpty());

        // Planning again continues with what is still missing; applying it lets the admin on.
        QTest::mouseClick(child<QPushButton>(page, "replanButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(plan->phase(), PlanModel::Phase::Planned, 15000);
        QVERIFY(!plan->currentPlan().isEmpty());
        QVERIFY(plan->currentPlan().steps.size() < 9);
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(plan->phase(), PlanModel::Phase::Applied, 30000);
        QVERIFY(w.next()->isEnabled());
        QVERIFY(says(outcome->text(), "applied"));
    }

    void aCallHeldBackByTheLimitIsCountedDown()
    {
        WizardFixture w(QStringLiteral("large"));
        Session& session = w.session();
        QVERIFY(w.showAt(ConnectPageId));
        // 101 users get Staircase User: three role calls of at most 50.
        const Profile p = usersProfile(w.sandbox(), 101, [](const QJsonObject& u) {
            return u[QStringLiteral("active")].toBool() && !u[QStringLiteral("superAdmin")].toBool();
        });
        QCOMPARE(p.userAccess->assignments.size(), 101);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.json"));
        QVERIFY(saveProfile(p, path).ok());
        QVERIFY(openProfile(w.wizard(), session, path));
        // One User Management call per 4-second window: the third call waits a whole window for its turn.
        session.client()->setRateLimit(TenantClient::RateClass::UserWrites, 1, 4000);
        w.wizard().setStartId(ReviewPageId);
        w.wizard().restart();
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Planned, 15000);
        QCOMPARE(session.plan()->currentPlan().steps.size(), 3);
        QWidget* page = w.wizard().currentPage();
        auto* hold = child<HoldNotice>(page, "reviewHold");
        QVERIFY(!hold->isVisible());

        auto* apply = child<QPushButton>(page, "applyButton");
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hold->isVisible(), 10000);
        QVERIFY2(says(hold->text(), "Waiting for the tenant's User Management limit: the next call goes out in"),
                 qPrintable(hold->text()));
        screenshot(&w.wizard(), QStringLiteral("review-waiting"));
        const QString first = hold->text();
        QTRY_VERIFY_WITH_TIMEOUT(hold->isVisible() && hold->text() != first, 3000); // counted down, still shown
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 20000);
        QVERIFY(!hold->isVisible());
    }

    void aHoldEndsWithItsCall()
    {
        // A call paced to the next minute, then aborted (its page moved on): the countdown goes with it.
        SandboxFixture f;
        f.client().setRateLimit(TenantClient::RateClass::Data, 1, 60000);
        HoldNotice notice(&f.client()); // shows itself while there is a hold to show
        QVERIFY(SandboxFixture::wait(f.client().describeCompany()).ok());
        const qint64 sinceMinute = QDateTime::currentMSecsSinceEpoch() % 60000;
        if (sinceMinute > 55000)
            QSKIP("the next minute is too close for a hold worth showing");
        QVERIFY(!notice.isVisible());
        ApiJob* held = f.client().describeCompany();
        QTRY_VERIFY(notice.isVisible());
        QVERIFY2(says(notice.text(), "Waiting for the tenant's limit on data calls"), qPrintable(notice.text()));
        held->abort();
        QVERIFY(!notice.isVisible());
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
