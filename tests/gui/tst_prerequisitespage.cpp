// The Prerequisites page after Connect, for each scenario: the four checks with icon, detail and fix, Next or
// Finish as the checks allow, the Salesforce-primary route to the report, and Recheck.
#include "support/WizardFixture.h"
#include "widgets/MessagePanel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace banister;
using namespace banister::test;

class TestPrerequisitesPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void connectThenPrerequisites_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("canContinue"); // Next (or, for Salesforce, Finish) enabled
        QTest::addColumn<QString>("failedRow"); // objectName prefix of a row expected to show a fix, or empty
        QTest::newRow("ready") << "ready" << true << "";
        QTest::newRow("salesforce-primary") << "salesforce-primary" << true << "primaryCrm";
        QTest::newRow("no-staircase-subscription") << "no-staircase-subscription" << false << "staircaseSubscription";
        QTest::newRow("not-admin") << "not-admin" << false << "adminAccess";
    }

    void connectThenPrerequisites()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, canContinue);
        QFETCH(QString, failedRow);
        WizardFixture w(scenario);
        SandboxFixture& f = w.sandbox();
        QVERIFY(f.ok());
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        // The composition root answers "Use sandbox" with the embedded tenant; here the fixture plays that part.
        connect(session.connection(), &ConnectionModel::sandboxRequested, this, [&](const QString&) {
            session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), scenario);
        });
        QVERIFY(w.show());
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // nothing filled in yet

        QTest::mouseClick(child<QPushButton>(&wizard, "useSandboxButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&wizard, "gainsightUrlEdit")->text(), f.url());
        QCOMPARE(child<QLineEdit>(&wizard, "accessKeyEdit")->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(next->isEnabled());
        screenshot(&wizard, QStringLiteral("connect-%1").arg(scenario));

        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
        auto* busy = child<QProgressBar>(&wizard, "busyIndicator");
        QTRY_VERIFY_WITH_TIMEOUT(!session.prerequisites()->isBusy(), 10000);
        QVERIFY(busy->isHidden());
        QWidget* page = wizard.currentPage();
        for (const char* row : { "csSubscription", "staircaseSubscription", "adminAccess", "primaryCrm" }) {
            QVERIFY(!child<QLabel>(page, (QByteArray(row) + "Detail").constData())->text().isEmpty());
            QVERIFY(!child<QLabel>(page, (QByteArray(row) + "Icon").constData())->pixmap().isNull());
        }
        if (!failedRow.isEmpty()) {
            auto* fix = child<QLabel>(page, (failedRow.toLatin1() + "Fix").constData());
            QVERIFY(fix->isVisible());
            QVERIFY(says(fix->text(), "Fix:"));
        }
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        const bool finishOn = finish->isVisible() && finish->isEnabled();
        const bool nextOn = next->isVisible() && next->isEnabled();
        QCOMPARE(finishOn || nextOn, canContinue);
        if (scenario == QLatin1String("salesforce-primary"))
            QVERIFY(nextOn); // on to Finish, to export the report that says why nothing was configured
        auto* sfdc = child<MessagePanel>(page, "salesforcePanel");
        QCOMPARE(sfdc->isVisible(), scenario == QLatin1String("salesforce-primary"));
        if (sfdc->isVisible())
            QVERIFY(says(sfdc->text(), "Salesforce"));
        screenshot(&wizard, QStringLiteral("prerequisites-%1").arg(scenario));

        // Back to Connect and forward again re-checks live.
        QTest::mouseClick(child<QPushButton>(page, "recheckButton"), Qt::LeftButton);
        QVERIFY(session.prerequisites()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!session.prerequisites()->isBusy(), 10000);
        if (scenario == QLatin1String("salesforce-primary")) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(FinishPageId));
            const QString text = exportMarkdownReport(wizard);
            QVERIFY(!text.isEmpty());
            QVERIFY2(says(text, "Nothing was configured"), qPrintable(text));
            QVERIFY(says(text, "Salesforce is the primary CRM"));
            screenshot(&wizard, QStringLiteral("finish-salesforce-primary"));
        }
    }
};

QTEST_MAIN(TestPrerequisitesPage)
#include "tst_prerequisitespage.moc"
