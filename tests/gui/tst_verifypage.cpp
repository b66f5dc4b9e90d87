// The Verify page over the sample profile: before the apply it says what is missing, after it every check passes;
// Verify again reads the tenant again. Users given Staircase roles before Staircase is connected: the Review page
// warns, and Verify names the same words as a warning, not a failure.
#include "support/EngineRun.h"
#include "support/WizardFixture.h"

#include "widgets/MessagePanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace banister;
using namespace banister::test;

class TestVerifyPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void failsBeforeAndPassesAfterTheApply()
    {
        WizardFixture w;
        Session& session = w.session();
        QVERIFY(w.showAt(ConnectPageId));
        QVERIFY(openSampleProfile(w.wizard(), session));
        w.wizard().setStartId(VerifyPageId);
        w.wizard().restart();
        QWidget* page = w.wizard().currentPage();
        VerifyModel* verification = session.verification();
        QTRY_VERIFY_WITH_TIMEOUT(verification->hasRun() && !verification->isBusy(), 15000);
        QVERIFY(verification->failed() > 0); // nothing is applied yet
        auto* summary = child<QLabel>(page, "verifySummary");
        QVERIFY(!summary->text().isEmpty());
        const QString before = summary->text();

        // Applied behind the page's back (as another admin would); Verify again sees it.
        session.engine()->activation()->setSupportPolling(5, 10);
        const Profile p = session.currentProfile();
        QVERIFY(applyNow(*session.engine(), planNow(*session.engine(), p), p, QString()));
        QTest::mouseClick(child<QPushButton>(page, "reverifyButton"), Qt::LeftButton);
        QVERIFY(verification->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!verification->isBusy(), 15000);
        QCOMPARE(verification->failed(), 0);
        QVERIFY(summary->text() != before);
        QVERIFY(says(summary->text(), "passed"));
        QVERIFY(w.next()->isEnabled());
    }

    void usersBeforeTheConnectionAreAWarning()
    {
        WizardFixture w;
        Session& session = w.session();
        QVERIFY(w.showAt(ConnectPageId));
        // Three of the tenant's users who can have access (active, a valid email as username, not a Viewer license)
        // get Staircase User; nothing connects Staircase.
        const Profile p = usersProfile(w.sandbox(), 3, [](const QJsonObject& u) {
            return u[QStringLiteral("active")].toBool() && !u[QStringLiteral("superAdmin")].toBool()
                && u[QStringLiteral("username")] == u[QStringLiteral("email")]
                && u[QStringLiteral("license")].toString() != QLatin1String("Viewer");
        });
        QCOMPARE(p.userAccess->assignments.size(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.json"));
        QVERIFY(saveProfile(p, path).ok());
        QVERIFY(openProfile(w.wizard(), session, path));

        w.wizard().setStartId(ReviewPageId);
        w.wizard().restart();
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Planned, 15000);
        QWidget* review = w.wizard().currentPage();
        const QString warning = child<MessagePanel>(review, "planWarnings")->text();
        QVERIFY(child<MessagePanel>(review, "planWarnings")->isVisible());
        QVERIFY2(says(warning, "Staircase is not connected to Gainsight"), qPrintable(warning));
        screenshot(&w.wizard(), QStringLiteral("review-users-before-connection"));
        auto* apply = child<QPushButton>(review, "applyButton");
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);

        QTest::mouseClick(w.next(), Qt::LeftButton);
        QCOMPARE(w.wizard().currentId(), int(VerifyPageId));
        VerifyModel* verification = session.verification();
        QTRY_VERIFY_WITH_TIMEOUT(verification->hasRun() && !verification->isBusy(), 15000);
        QCOMPARE(verification->failed(), 0);
        QCOMPARE(verification->warnings(), 1);
        QWidget* page = w.wizard().currentPage();
        auto* detail = child<QLabel>(page, "users_connectionDetail");
        QVERIFY(detail && detail->isVisible());
        QVERIFY(warning.contains(detail->text())); // the plan's words
        QVERIFY(child<QLabel>(page, "users_rolesTitle"));
        QVERIFY(says(child<QLabel>(page, "verifySummary")->text(), "1 warning"));
        // Six checks fit the page: no scroll bar, and each text as tall as it needs at its width.
        QTRY_COMPARE(page->findChild<QScrollArea*>()->verticalScrollBar()->maximum(), 0);
        QVERIFY(detail->height() >= detail->heightForWidth(detail->width()));
        screenshot(&w.wizard(), QStringLiteral("verify-users-before-connection"));
    }
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
