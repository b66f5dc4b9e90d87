// The Verify page over the sample profile: before the apply it says what is missing, after it every check passes;
// Verify again reads the tenant again.
#include "support/EngineRun.h"
#include "support/WizardFixture.h"

#include <QLabel>
#include <QPushButton>

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
};

QTEST_MAIN(TestVerifyPage)
#include "tst_verifypage.moc"
