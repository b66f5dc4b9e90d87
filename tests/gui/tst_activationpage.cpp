// The Activation page: the route in words for AI Follow-Up off and on, where the tenant stands, the super admins,
// the support request's contact and note typed into the draft, and a tenant that does not answer (Retry).
#include "support/WizardFixture.h"
#include "widgets/MessagePanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace banister;
using namespace banister::test;

class TestActivationPage : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void connectRouteAndTheDraft()
    {
        WizardFixture w;
        QVERIFY(w.showAt(ActivationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 10000);
        QWidget* page = w.wizard().currentPage();
        QVERIFY(says(child<QLabel>(page, "routeLabel")->text(), "AI Follow-Up is not active"));
        QVERIFY(says(child<QLabel>(page, "activationStatus")->text(), "No support request has been filed yet"));
        QVERIFY(child<QLabel>(page, "superAdminsLabel")
                    ->text()
                    .contains(QLatin1String("Dana Whitfield <dana.whitfield@northwind.example>")));
        auto* contact = child<QLineEdit>(page, "supportContactEdit");
        QCOMPARE(contact->text(), QStringLiteral("dana.whitfield@northwind.example")); // the caller, by default
        auto* note = child<QPlainTextEdit>(page, "supportNoteEdit");
        QVERIFY(says(note->toPlainText(), "Please link our Staircase AI tenant"));

        // What the admin types is the draft the plan files.
        contact->selectAll();
        QTest::keyClicks(contact, QStringLiteral("ops@northwind.example"));
        note->clear();
        QTest::keyClicks(note, QStringLiteral("Linked, please."));
        const ActivationSection section = w.session().currentProfile().activation.value();
        QCOMPARE(section.path, QStringLiteral("connect"));
        QCOMPARE(section.supportContact, QStringLiteral("ops@northwind.example"));
        QCOMPARE(section.supportNote, QStringLiteral("Linked, please."));
        QVERIFY(w.next()->isEnabled());
    }

    void upgradeRouteWithAiFollowUp()
    {
        WizardFixture w(QStringLiteral("ai-followup"));
        QVERIFY(w.showAt(ActivationPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 10000);
        QWidget* page = w.wizard().currentPage();
        QVERIFY(says(child<QLabel>(page, "routeLabel")->text(), "AI Follow-Up is active"));
        QVERIFY(says(child<QPlainTextEdit>(page, "supportNoteEdit")->toPlainText(), "upgrade the connection"));
        QCOMPARE(w.session().currentProfile().activation->path, QStringLiteral("upgrade"));
    }

    void anUnansweredTenantOffersRetry()
    {
        WizardFixture w;
        QVERIFY(w.showAt(ConnectPageId));
        // Connected, then the tenant goes away before the Activation page reads it.
        w.session().client()->setGainsight(QStringLiteral("http://127.0.0.1:%1").arg(unusedLoopbackPort()),
                                           QStringLiteral("k"));
        w.wizard().setStartId(ActivationPageId);
        w.wizard().restart();
        QWidget* page = w.wizard().currentPage();
        auto* error = child<MessagePanel>(page, "errorPanel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("127.0.0.1")));
        QVERIFY(!w.next()->isEnabled());
        auto* retry = child<QPushButton>(page, "retryButton");
        QVERIFY(retry->isVisible());
        // Back again: Retry reads it and the page lets the admin on.
        SandboxFixture& f = w.sandbox();
        w.session().client()->setGainsight(f.url(), f.server().accessKey());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.next()->isEnabled(), 10000);
        QVERIFY(error->isHidden());
    }
};

QTEST_MAIN(TestActivationPage)
#include "tst_activationpage.moc"
