// The wizard around its pages: its size and step numbers, pages added after the first paint, Open / Save
// profile and recent profiles, closing with unsaved changes, an invalid profile, the German translation.
#include "support/WizardFixture.h"
#include "widgets/RecentFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>

using namespace banister;
using namespace banister::test;

class TestSetupWizard : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpWizardTest(m_english)); }

    void closingWithUnsavedChangesAsks()
    {
        WizardFixture w;
        Session& session = w.session();
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
        QVERIFY(wizard.width() >= std::min(1100, wizard.screen()->availableGeometry().width()));
        QVERIFY(says(wizard.currentPage()->subTitle(), "Step 1 of 11"));
        QVERIFY(openSampleProfile(wizard, session));
        QVERIFY(!wizard.hasUnsavedChanges());
        session.crm()->setSyncAccounts(false); // a change the profile on disk does not have
        QVERIFY(wizard.hasUnsavedChanges());
        // Cancel keeps the window (and the change); Save writes the profile, then closes.
        Questions::setAutoAnswer(QMessageBox::Cancel);
        wizard.reject();
        QTRY_VERIFY(!Questions::lastQuestion().isEmpty()
                    && says(Questions::lastQuestion(), "changed since the profile was last saved"));
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
        WizardFixture w;
        Session& session = w.session();
        RecentFiles::clear();
        SetupWizard& wizard = w.wizard();
        w.useSandbox();
        QVERIFY(w.show());
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
        QVERIFY(notice->geometry().bottom()
                < child<QPushButton>(&wizard, "saveProfileButton")->mapTo(&wizard, QPoint(0, 0)).y());
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
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
