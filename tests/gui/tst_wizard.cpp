// Drives the real wizard by objectName, offscreen: Connect -> Prerequisites for each scenario, plus a wrong key.
// With BANISTER_SCREENSHOT_DIR set, each visited state is saved as a PNG (tools/dev screenshots); with
// BANISTER_TEST_LANG (de, fr, ja) the wizard runs in that language, and checks of English wording are skipped.
#include "PageIds.h"
#include "SetupWizard.h"
#include "core/Translations.h"
#include "engine/Session.h"
#include "support/GuiTest.h"
#include "support/SandboxFixture.h"
#include "engine/FieldMappingsArea.h"
#include "widgets/FileDialogs.h"
#include "widgets/RecentFiles.h"
#include "widgets/Questions.h"
#include "widgets/ManualStepsPanel.h"
#include "widgets/MessagePanel.h"
#include "widgets/SectionDrag.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QRadioButton>
#include <QScreen>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QFile>
#include <QClipboard>
#include <QGroupBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTableView>
#include <QTreeView>
#include <QToolButton>
#include <QTranslator>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
// Opens resources/profiles/sandbox-ready.json through the wizard's Open profile… button.
bool openSampleProfile(SetupWizard& wizard, Session& session)
{
    FileDialogs::setNextFileName(qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/resources/profiles/sandbox-ready.json"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openProfileButton")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !session.profiles()->path().isEmpty(); }, 5000);
}

bool translated()
{
    return !qEnvironmentVariableIsEmpty("BANISTER_TEST_LANG");
}

// Whether text says the English words; in another language (screenshots) that is not checked.
bool says(const QString& text, const char* english)
{
    return translated() || text.contains(QLatin1String(english));
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("BANISTER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // The picture the admin sees: layouts asked for (a label's new text, a scroll area's new content) done first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// The named child; where a page is rebuilding (old widgets hidden, deleted later), the one not hidden.
template <typename T>
T* child(QWidget* root, const char* name)
{
    const QList<T*> all = root->findChildren<T*>(QLatin1String(name));
    for (T* w : all)
        if (!w->isHidden())
            return w;
    if (all.isEmpty())
        qWarning("no child %s", name);
    return all.value(0);
}
// Exports the report as Markdown with the Finish page's button and returns it (empty when none was written).
QString exportMarkdownReport(QWizard& wizard)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.md"));
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "exportReportButton"), Qt::LeftButton);
    QFile md(path);
    if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 5000) || !md.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(md.readAll());
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(banister::test::setUpGuiTest(m_english));
        // "Apply N changes on …?" is answered Apply; tests of other answers set theirs.
        Questions::setAutoAnswer(QMessageBox::Apply);
    }

    void closingWithUnsavedChangesAsks()
    {
        SandboxFixture f;
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.width() >= std::min(1100, wizard.screen()->availableGeometry().width()));
        QVERIFY(says(wizard.currentPage()->subTitle(), "Step 1 of 11"));
        QVERIFY(openSampleProfile(wizard, session));
        QVERIFY(!wizard.hasUnsavedChanges());
        session.crm()->setSyncAccounts(false); // a change the profile on disk does not have
        QVERIFY(wizard.hasUnsavedChanges());
        // Cancel keeps the window (and the change); Save writes the profile, then closes.
        Questions::setAutoAnswer(QMessageBox::Cancel);
        wizard.reject();
        QTRY_VERIFY(!Questions::lastQuestion().isEmpty() && says(Questions::lastQuestion(), "changed since the profile was last saved"));
        QVERIFY(wizard.isVisible());
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        FileDialogs::setNextFileName(saved);
        Questions::setAutoAnswer(QMessageBox::Save);
        wizard.reject();
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(QFile::exists(saved));
        QVERIFY(!loadProfile(saved).profile->crm->syncAccounts);
        Questions::setAutoAnswer(QMessageBox::Apply);
    }

    void savingConfirmsAndRemembersRecentProfiles()
    {
        SandboxFixture f;
        Session session;
        RecentFiles::clear();
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* recent = child<QPushButton>(&wizard, "recentProfilesButton");
        QVERIFY(!recent->isEnabled()); // nothing opened or saved yet
        QVERIFY(openSampleProfile(wizard, session));
        auto* notice = child<QLabel>(&wizard, "profileNotice");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("sandbox-ready.json")));
        QVERIFY(recent->isEnabled());

        // Save under another name: the page says so, the newest file comes first in the list.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("northwind.json"));
        FileDialogs::setNextFileName(saved);
        QTest::mouseClick(child<QPushButton>(&wizard, "saveProfileButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(saved) && notice->text().contains(QLatin1String("northwind.json")));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->geometry().bottom() < child<QPushButton>(&wizard, "saveProfileButton")->mapTo(&wizard, QPoint(0, 0)).y());
        screenshot(&wizard, QStringLiteral("profile-saved"));
        QCOMPARE(RecentFiles::profiles().value(0), QFileInfo(saved).absoluteFilePath());
        QVERIFY(RecentFiles::profiles().value(1).endsWith(QLatin1String("sandbox-ready.json")));

        // Picking the older one from the menu opens it; a file deleted since is left out.
        auto* menu = child<QMenu>(&wizard, "recentProfilesMenu");
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 4); // two files, a separator, "Clear this list"
        QVERIFY(menu->actions().at(0)->text().contains(QLatin1String("northwind.json")));
        menu->actions().at(1)->trigger();
        QTRY_VERIFY(session.profiles()->path().endsWith(QLatin1String("sandbox-ready.json")));
        QVERIFY(QFile::remove(saved));
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 3);
        menu->findChild<QAction*>(QStringLiteral("clearRecentProfiles"))->trigger();
        QVERIFY(RecentFiles::profiles().isEmpty());
        QVERIFY(!recent->isEnabled());
        // The notice goes with the page it was shown on.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(!notice->isVisible());
    }

    void pagesAfterTheFirstPaint()
    {
        // The app's start-up: only the Connect page exists when the window is shown, the other ten right after.
        Session session;
        SetupWizard wizard(&session, nullptr, SetupWizard::Pages::AfterFirstPaint);
        QCOMPARE(wizard.pageIds().size(), 1);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE(wizard.pageIds().size(), 11);
        QCOMPARE(wizard.currentId(), int(ConnectPageId));
        QVERIFY(says(wizard.currentPage()->subTitle(), "Step 1 of 11"));
        QVERIFY(says(wizard.page(UserAccessPageId)->subTitle(), "Step 6 of 11"));
        QVERIFY(says(wizard.page(FinishPageId)->subTitle(), "Step 11 of 11"));
    }

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
        SandboxFixture f(scenario);
        QVERIFY(f.ok());
        Session session;
        SetupWizard wizard(&session);
        // The composition root answers "Use sandbox" with the embedded tenant; here the fixture plays that part.
        connect(session.connection(), &ConnectionModel::sandboxRequested, this, [&](const QString&) {
            session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), scenario);
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
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
        for (const char* row : {"csSubscription", "staircaseSubscription", "adminAccess", "primaryCrm"}) {
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

    void wrongAccessKeyStaysOnConnect()
    {
        SandboxFixture f;
        Session session;
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
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

    void openProfileApplyVerifyExport()
    {
        SandboxFixture f;
        Session session;
        session.engine()->activation()->setSupportPolling(5, 10);
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

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
        QVERIFY(child<QLabel>(wizard.currentPage(), "superAdminsLabel")->text().contains(QLatin1String("Dana Whitfield")));
        screenshot(&wizard, QStringLiteral("activation-ready"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CrmPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        auto* count = child<QLabel>(wizard.currentPage(), "matchingCountLabel");
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QLatin1String("</b>")) && says(count->text(), "accounts match"), 10000);
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
        QTRY_VERIFY_WITH_TIMEOUT(preview->count() > 1 && preview->item(0)->text().contains(records->item(0)->text()), 10000);
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
        for (const char* ext : {"html", "pdf"}) {
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
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
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
        QTest::mouseClick(child<QCheckBox>(wizard.currentPage(), "confirmAdminAccess"), Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(!next->isEnabled());
        QTest::mouseClick(child<QCheckBox>(wizard.currentPage(), "confirmAdminAccess"), Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(next->isEnabled());
        for (int page : {int(ActivationPageId), int(CrmPageId), int(FieldMappingsPageId), int(UserAccessPageId),
                         int(LayoutPageId), int(DashboardPageId)}) {
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
                                     && session.plan()->currentPlan().confirmed.size() == 1, 10000);
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
        QCOMPARE(f.server().tenant().sandboxOnlyRequests(), QStringList{});
    }

    void flakyTenantWholeWizard()
    {
        // The flaky scenario's faults (latency, 5xx, dropped connections, truncated JSON), as every entry point
        // defines them: the whole wizard still opens the profile, applies it (again after a stop, as an admin
        // would) and verifies it.
        SandboxFixture f(QStringLiteral("flaky"), [](sandbox::SandboxOptions& o) {
            const sandbox::SandboxOptions flaky = sandbox::forScenario(QStringLiteral("flaky"), 7);
            o.latencyMs = 5;
            o.fault5xx = flaky.fault5xx;
            o.faultDrop = flaky.faultDrop;
            o.faultMalformed = flaky.faultMalformed;
        });
        QVERIFY(sandbox::forScenario(QStringLiteral("flaky")).fault5xx > 0);
        Session session;
        session.engine()->activation()->setSupportPolling(5, 20);
        RetryPolicy fast;
        fast.baseMs = 2;
        fast.capMs = 20;
        session.client()->setRetryPolicy(fast);
        session.client()->setTimeoutMs(3000);
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("flaky"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
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
            QVERIFY2(session.plan()->currentPlan().canApply(), qPrintable(session.plan()->currentPlan().errors.join(QLatin1Char('\n'))));
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
        QCOMPARE(SandboxFixture::wait(f.client().supportRequests()).data[QStringLiteral("records")].toArray().size(), 1);
    }

    void startFromTheTenantsSettings()
    {
        // A tenant already set up: the Connect page reads its configuration into every page.
        SandboxFixture f;
        {
            Engine engine(&f.client());
            engine.activation()->setSupportPolling(1, 10);
            const Profile p = *loadProfile(qEnvironmentVariable("BANISTER_SOURCE_DIR") + QStringLiteral("/resources/profiles/sandbox-ready.json")).profile;
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
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
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

    void crmFilterAndMappingsThenApply()
    {
        SandboxFixture f;
        Session session;
        session.engine()->activation()->setSupportPolling(5, 10);
        session.crm()->setCountDelay(10);
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        for (int page : {int(PrerequisitesPageId), int(ActivationPageId), int(CrmPageId)}) {
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), page, 10000);
        }
        QWidget* page = wizard.currentPage();
        auto* count = child<QLabel>(page, "matchingCountLabel");
        QTRY_VERIFY_WITH_TIMEOUT(session.crm()->isLoaded(), 10000); // the page is laid out and has its fields
        auto* sync = child<QCheckBox>(page, "syncCheck");
        // Check boxes take clicks on their box and text only, not across the whole stretched row.
        QTest::mouseClick(sync, Qt::LeftButton, {}, QPoint(8, sync->height() / 2));
        QVERIFY(session.crm()->section().syncAccounts);
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && session.crm()->matchingCount() == 2400, 10000);
        QVERIFY(says(count->text(), "accounts match"));
        auto* specific = child<QRadioButton>(page, "syncSpecificRadio");
        QTRY_VERIFY(specific->isVisible());
        QTest::mouseClick(specific, Qt::LeftButton, {}, QPoint(8, specific->height() / 2));
        QCOMPARE(session.crm()->section().filterMode, QStringLiteral("specific"));
        QVERIFY(!next->isEnabled()); // an empty filter row

        // Row 1: Region in {EMEA}, picked from the values with their counts.
        auto* field0 = child<QComboBox>(page, "filterField0");
        field0->setCurrentIndex(field0->findData(QStringLiteral("Region")));
        QMenu* menu0 = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((menu0 = page->findChild<QMenu*>(QStringLiteral("filterValuesMenu0"))) && !menu0->actions().isEmpty(), 10000);
        QVERIFY(menu0->actions().first()->text().contains(QLatin1Char('('))); // "NA (1084)": value and count
        // The list stays open while ticking: EMEA and APAC clicked one after the other, then APAC again (off).
        auto* values0 = child<QToolButton>(page, "filterValues0");
        menu0->popup(values0->mapToGlobal(QPoint(0, values0->height())));
        QTRY_VERIFY(menu0->isVisible());
        const auto clickValue = [menu0](const char* value) {
            for (QAction* a : menu0->actions())
                if (a->data().toString() == QLatin1String(value))
                    QTest::mouseClick(menu0, Qt::LeftButton, {}, menu0->actionGeometry(a).center());
        };
        clickValue("EMEA");
        clickValue("APAC");
        QVERIFY(menu0->isVisible());
        QStringList ticked = session.crm()->section().rows.first().values;
        ticked.sort();
        QCOMPARE(ticked, (QStringList{QStringLiteral("APAC"), QStringLiteral("EMEA")}));
        clickValue("APAC");
        QVERIFY(menu0->isVisible());
        QCOMPARE(session.crm()->section().rows.first().values, QStringList{QStringLiteral("EMEA")});
        QTest::keyClick(menu0, Qt::Key_Escape);
        QTRY_VERIFY(!menu0->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting(), 10000);
        const QString oneRow = count->text();
        QVERIFY(session.crm()->matchingCount() < 2400);

        // Row 2: ARR typed as numbers (a typed editor), the count changes again.
        QTest::mouseClick(child<QPushButton>(page, "addFilterRowButton"), Qt::LeftButton);
        auto* field1 = child<QComboBox>(page, "filterField1");
        field1->setCurrentIndex(field1->findData(QStringLiteral("Employees")));
        auto* typed = child<QLineEdit>(page, "filterValuesEdit1");
        QTRY_VERIFY(typed->isVisible());
        QTest::keyClicks(typed, QStringLiteral("abc")); // refused by the number validator
        QCOMPARE(typed->text(), QString());
        QTest::keyClicks(typed, QStringLiteral("30, 60, 90"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && count->text() != oneRow, 10000);
        const auto countedOverHttp = [&] {
            return TenantClient::countFrom(
                SandboxFixture::wait(f.client().countCompanies(session.crm()->whereFor(session.crm()->section().rows))).data);
        };
        QCOMPARE(session.crm()->matchingCount(), countedOverHttp());
        QVERIFY(next->isEnabled());
        // Employees between 50 and 500 (the operators follow the type; between shows a second box), rows OR-ed.
        auto* op1 = child<QComboBox>(page, "filterOperator1");
        QCOMPARE(op1->count(), 7); // = ≠ > ≥ < ≤ between
        QCOMPARE(child<QComboBox>(page, "filterOperator0")->count(), 2); // a picklist: is, is not
        op1->setCurrentIndex(op1->findData(QStringLiteral("between")));
        auto* high = child<QLineEdit>(page, "filterValuesHigh1");
        QTRY_VERIFY(high->isVisible());
        QCOMPARE(typed->text(), QStringLiteral("30")); // the first two of 30, 60, 90 are kept
        QCOMPARE(high->text(), QStringLiteral("60"));
        for (QLineEdit* edit : {typed, high}) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
        }
        QTest::keyClicks(typed, QStringLiteral("50"));
        QVERIFY(!next->isEnabled()); // between needs both values
        QTest::keyClicks(high, QStringLiteral("500"));
        QCOMPARE(session.crm()->section().rows.at(1).values, (QStringList{QStringLiteral("50"), QStringLiteral("500")}));
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting(), 10000);
        const qint64 both = session.crm()->matchingCount();
        QCOMPARE(both, countedOverHttp());
        auto* combine = child<QComboBox>(page, "filterCombineCombo");
        combine->setCurrentIndex(combine->findData(QStringLiteral("or")));
        QCOMPARE(session.crm()->section().combine, QStringLiteral("or"));
        QTRY_VERIFY_WITH_TIMEOUT(!session.crm()->isCounting() && session.crm()->matchingCount() > both, 10000);
        QCOMPARE(session.crm()->matchingCount(), countedOverHttp());
        QVERIFY(next->isEnabled());
        screenshot(&wizard, QStringLiteral("crm-two-rows"));

        // Field mappings: suggested, then Revenue changed to MRR through the table's editor.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FieldMappingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        FieldMappingsModel* mappings = session.fieldMappings();
        auto* view = child<QTableView>(wizard.currentPage(), "mappingsView");
        const QModelIndex revenue = mappings->index(mappings->rowOf(QStringLiteral("revenue")), FieldMappingsModel::GainsightColumn);
        view->setCurrentIndex(revenue);
        view->edit(revenue);
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("gainsightFieldCombo"));
        QVERIFY(combo);
        QVERIFY(combo->findData(QStringLiteral("Renewal_Date")) < 0); // only compatible fields are offered
        combo->setCurrentIndex(combo->findData(QStringLiteral("MRR")));
        QCOMPARE(revenue.data(Qt::EditRole).toString(), QStringLiteral("MRR"));
        QCOMPARE(mappings->mappings().size(), 4);
        screenshot(&wizard, QStringLiteral("fields-edited"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(UserAccessPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(LayoutPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.layouts()->isLoaded(), 10000);
        QVERIFY(!next->isEnabled()); // no layout chosen yet
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "addSectionButton"), Qt::LeftButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DashboardPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* apply = child<QPushButton>(wizard.currentPage(), "applyButton");
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 10000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.plan()->phase(), PlanModel::Phase::Applied, 15000);
        // The tenant now holds exactly what the pages showed.
        const ApiResult crm = SandboxFixture::wait(f.client().crmSettings());
        QCOMPARE(crm.data.toObject(), toJson(session.crm()->section()));
        const ApiResult fields = SandboxFixture::wait(f.client().accountFields());
        QCOMPARE(FieldMappingsArea::liveMappings(fields.data).value(QStringLiteral("revenue")).toString(), QStringLiteral("MRR"));
    }

    void bulkAssignToFilteredSelection()
    {
        SandboxFixture f(QStringLiteral("messy-users"));
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("messy-users"));
        session.connection()->connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(session.connection()->canProceed(), 10000);
        wizard.setStartId(UserAccessPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        UserAccessModel* users = session.userAccess();
        QTRY_VERIFY_WITH_TIMEOUT(users->isLoaded(), 10000);
        QCOMPARE(users->rowCount(), 160);
        QWidget* page = wizard.currentPage();
        auto* view = child<QTableView>(page, "usersView");

        // Filter: Viewer Plus licenses whose name contains "a"; select all shown; make them Staircase User.
        auto* license = child<QComboBox>(page, "licenseFilter");
        license->setCurrentIndex(license->findData(QStringLiteral("Viewer Plus")));
        QTest::keyClicks(child<QLineEdit>(page, "userSearchEdit"), QStringLiteral("a"));
        QTRY_VERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < 160);
        int shown = view->model()->rowCount();
        for (int r = 0; r < shown; ++r)
            QCOMPARE(view->model()->index(r, UserAccessModel::LicenseColumn).data().toString(), QStringLiteral("Viewer Plus"));
        QTest::mouseClick(child<QPushButton>(page, "selectAllShownButton"), Qt::LeftButton);
        auto* role = child<QComboBox>(page, "bulkRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("User")));
        QTest::mouseClick(child<QPushButton>(page, "applyRoleButton"), Qt::LeftButton);
        int active = 0;
        // What follows the name, in any language (the pseudo-locale ends it with a bracket too).
        const QString inactive = QCoreApplication::translate("banister::UserAccessModel", "%1 (inactive)").section(QStringLiteral("%1"), 1);
        for (int r = 0; r < shown; ++r) {
            const QModelIndex i = view->model()->index(r, UserAccessModel::NewRoleColumn);
            if (!view->model()->index(r, UserAccessModel::NameColumn).data().toString().endsWith(inactive)) {
                QCOMPARE(i.data(UserAccessModel::NewRoleRole).toString(), QStringLiteral("User"));
                ++active;
            }
        }
        QVERIFY(active > 0);
        QVERIFY(says(child<QLabel>(page, "usersSummary")->text(), "role change"));
        // Only the touched users are in the profile.
        const UserAccessSection section = session.currentProfile().userAccess.value();
        QCOMPARE(int(section.assignments.size()), active);
        QTest::mouseClick(child<QCheckBox>(page, "problemsOnlyCheck"), Qt::LeftButton, {}, QPoint(8, 8));
        license->setCurrentIndex(0);
        child<QLineEdit>(page, "userSearchEdit")->clear();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(!view->model()->index(r, UserAccessModel::ProblemColumn).data().toString().isEmpty());
        screenshot(&wizard, QStringLiteral("users-problems"));
        QTest::mouseClick(child<QCheckBox>(page, "problemsOnlyCheck"), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(child<QPushButton>(page, "suggestManagersButton"), Qt::LeftButton);
        QVERIFY(users->changeCount() > active);
        screenshot(&wizard, QStringLiteral("users-assigned"));
    }

    void layoutDragKeyboardAndDashboard()
    {
        SandboxFixture f;
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        session.connection()->connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(session.connection()->canProceed(), 10000);
        wizard.setStartId(LayoutPageId); // this test is about steps 7 and 8 only
        wizard.restart();
        QTRY_VERIFY_WITH_TIMEOUT(session.layouts()->isLoaded(), 10000);
        QWidget* page = wizard.currentPage();
        LayoutsModel* layouts = session.layouts();
        const QString enterprise = QStringLiteral("c360-enterprise");
        QVERIFY(!layouts->isIncluded(enterprise));

        // Drag "Staircase AI" from the palette to just before the third section.
        auto* palette = child<QListWidget>(page, "paletteList");
        auto* sections = child<SectionList>(page, "sectionList");
        QTRY_VERIFY(sections->count() == 7);
        const QPoint from = palette->visualItemRect(palette->item(0)).center();
        const QRect third = sections->visualItemRect(sections->item(2));
        const QPoint over = palette->viewport()->mapFromGlobal(sections->viewport()->mapToGlobal(QPoint(third.center().x(), third.top() + 2)));
        QTest::mousePress(palette->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(palette->viewport(), from + QPoint(20, 0));
        QTest::mouseMove(palette->viewport(), over);
        QCOMPARE(sections->dropRow(), 2); // the drop indicator shows where it will land
        screenshot(&wizard, QStringLiteral("layouts-dragging"));
        QTest::mouseRelease(palette->viewport(), Qt::LeftButton, {}, over);
        QCOMPARE(sections->dropRow(), -1);
        QVERIFY(layouts->isIncluded(enterprise));
        QCOMPARE(layouts->position(enterprise), 2);
        QTRY_COMPARE(child<SectionList>(page, "sectionList")->item(2)->data(Qt::UserRole).toString(), QStringLiteral("staircase-ai"));

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

        // Dashboard: specific people, suggested roles added, System Administrator cannot be removed.
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DashboardPageId));
        DashboardModel* dashboard = session.dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->canProceed(), 10000);
        page = wizard.currentPage();
        QCOMPARE(dashboard->section().permission, DashboardPermission::Specific); // the tenant's default
        QTest::mouseClick(child<QPushButton>(page, "addSuggestedButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 4); // System Administrator + Manager, CSM, Admin
        auto* principals = child<QListWidget>(page, "principalList");
        principals->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(page, "removePrincipalButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 4);
        QVERIFY(says(dashboard->refusal(), "System Administrator"));
        QTest::keyClicks(child<QLineEdit>(page, "userSearchEdit"), QStringLiteral("whitfield"));
        auto* users = child<QListWidget>(page, "userResults");
        QTRY_VERIFY_WITH_TIMEOUT(users->count() > 0, 10000);
        QTest::mouseClick(child<QPushButton>(page, "addUserButton"), Qt::LeftButton);
        QCOMPARE(dashboard->section().principals.size(), 5);
        screenshot(&wizard, QStringLiteral("dashboard-specific"));
        QVERIFY(next->isEnabled());
    }

    void invalidProfileChangesNothing()
    {
        Session session;
        SetupWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTemporaryDir dir;
        const QString bad = test::writeFile(dir.path(), QStringLiteral("bad.json"),
                                            "{\"schema\":\"banister.profile/1\",\"activation\":{\"path\":\"teleport\"},"
                                            "\"dashboard\":{\"permission\":1}}");
        FileDialogs::setNextFileName(bad);
        QTest::mouseClick(child<QPushButton>(&wizard, "openProfileButton"), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox*>(QStringLiteral("profileErrorsDialog"))));
        QVERIFY(box->informativeText().contains(QLatin1String("/activation/path")));
        QVERIFY(box->informativeText().contains(QLatin1String("/dashboard/permission")));
        QVERIFY(session.profiles()->path().isEmpty());
        QVERIFY(!session.activation()->hasDraft());
        screenshot(box, QStringLiteral("profile-errors"));
        box->accept();
    }

    void germanTranslation()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/banister_de.qm")));
        QCoreApplication::installTranslator(&de);
        Session session;
        SetupWizard wizard(&session);
        QCOMPARE(wizard.page(ConnectPageId)->title(), QStringLiteral("Mit Ihrem Mandanten verbinden"));
        QCOMPARE(wizard.page(PrerequisitesPageId)->title(), QStringLiteral("Voraussetzungen"));
        QCoreApplication::removeTranslator(&de);
    }

    void keyboardOnly()
    {
        SandboxFixture f;
        Session session;
        SetupWizard wizard(&session);
        session.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Return); // default button: Next
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PrerequisitesPageId), 10000);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
