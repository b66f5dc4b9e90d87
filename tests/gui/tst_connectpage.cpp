// The Connect page: a wrong access key stays on the page with the tenant's words and Retry, starting from a
// tenant's current settings, saying so when another tenant is connected, and Return as Next.
#include "support/WizardFixture.h"
#include "widgets/MessagePanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace banister;
using namespace banister::test;

class TestConnectPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void wrongAccessKeyStaysOnConnect()
    {
        WizardFixture w;
        SandboxFixture& f = w.sandbox();
        SetupWizard& wizard = w.wizard();
        QVERIFY(w.show());
        QTest::keyClicks(child<QLineEdit>(&wizard, "gainsightUrlEdit"), f.url());
        QTest::keyClicks(child<QLineEdit>(&wizard, "accessKeyEdit"), QStringLiteral("definitely-wrong"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "staircaseUrlEdit"), f.url());
        QTest::keyClicks(child<QLineEdit>(&wizard, "staircaseTokenEdit"), f.server().staircaseToken());
        child<QCheckBox>(&wizard, "rememberCheck")->setChecked(false);
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        auto* error = child<MessagePanel>(&wizard, "errorPanel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("401")));
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        screenshot(&wizard, QStringLiteral("connect-wrong-key"));

        // Fix the key, use Retry: the wizard connects (and stays; Next moves on).
        auto* key = child<QLineEdit>(&wizard, "accessKeyEdit");
        key->clear();
        QTest::keyClicks(key, f.server().accessKey());
        QVERIFY(error->isHidden()); // editing clears the stale error
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
    }

    void startFromTheTenantsSettings()
    {
        // A tenant already set up: the Connect page reads its configuration into every page.
        WizardFixture w;
        SandboxFixture& f = w.sandbox();
        {
            Engine engine(&f.client());
            engine.activation()->setSupportPolling(1, 10);
            const Profile p = *banister::test::shippedProfile(QStringLiteral("sandbox-ready.json"));
            Planner planner(&engine);
            QSignalSpy planned(&planner, &Planner::finished);
            planner.run(p);
            QVERIFY(planned.wait(10000));
            Applier applier(&engine);
            QSignalSpy applied(&applier, &Applier::finished);
            applier.start(planned.value(0).value(0).value<Plan>(), p, {}, QStringLiteral("northwind"));
            QVERIFY(applied.wait(20000));
            QVERIFY(applied.value(0).value(0).toBool());
        }
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        auto* start = child<QPushButton>(&wizard, "startFromTenantButton");
        QVERIFY(!start->isEnabled()); // not connected yet
        QTest::mouseClick(child<QPushButton>(&wizard, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        QTest::mouseClick(start, Qt::LeftButton);
        auto* result = child<QLabel>(&wizard, "captureResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && says(result->text(), "3 layout")
                                     && session.layouts()->placements().size() == 3,
                                 10000);
        QCOMPARE(session.layouts()->placements().size(), 3);
        QCOMPARE(session.currentProfile().crm->rows.size(), 2);
        screenshot(&wizard, QStringLiteral("connect-started-from-tenant"));
    }

    void anotherTenantIsSaidToBeReadAgain()
    {
        WizardFixture w;
        SandboxFixture other(QStringLiteral("ready"));
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        auto* test = child<QPushButton>(&wizard, "testConnectionButton");
        auto* notice = child<MessagePanel>(&wizard, "tenantSwitchedNotice");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.session().connection()->canProceed(), 10000);
        QVERIFY(notice->isHidden()); // the first tenant: nothing to say
        // The same tenant again says nothing either.
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.session().connection()->canProceed(), 10000);
        QVERIFY(notice->isHidden());

        // Another tenant, connected by Next: the page stays to say so, and Next then goes on.
        w.session().connection()->useSandbox(other.url(), other.server().accessKey(), other.server().staircaseToken(),
                                             QStringLiteral("ready"));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY(says(notice->text(), "another tenant than before"));
        QVERIFY(notice->text().contains(QUrl(other.url()).authority()));
        QCoreApplication::processEvents(); // a queued advance would run here
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        screenshot(&wizard, QStringLiteral("connect-another-tenant"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
        // Back on Connect, editing the connection: the notice was about the last one.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        QVERIFY(notice->isVisible());
        QTest::keyClicks(child<QLineEdit>(&wizard, "accessKeyEdit"), QStringLiteral("x"));
        QVERIFY(notice->isHidden());
    }

    void keyboardOnly()
    {
        WizardFixture w;
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QTest::keyClick(&wizard, Qt::Key_Return); // default button: Next
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
    }
};

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"
