#pragma once

// The fixture every GUI test in tests/gui shares (header-only: tests that include it link the UI library): the real
// wizard over its own Session on a sandbox tenant, driven by objectName, offscreen. With BANISTER_SCREENSHOT_DIR set,
// screenshot() saves a state as a PNG (tools/dev screenshots); with BANISTER_TEST_LANG (de, fr, ja, pseudo) the
// wizard runs in that language, and says() skips checks of English wording.
#include "PageIds.h"
#include "SetupWizard.h"
#include "engine/Session.h"
#include "support/GuiTest.h"
#include "support/SandboxFixture.h"
#include "widgets/FileDialogs.h"
#include "widgets/Questions.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>
#include <memory>

namespace banister::test {

// initTestCase of a GUI test: test mode, the language it runs in, and "Apply N changes on …?" answered Apply
// (tests of other answers set theirs).
inline bool setUpWizardTest(QTranslator& english)
{
    if (!setUpGuiTest(english))
        return false;
    Questions::setAutoAnswer(QMessageBox::Apply);
    return true;
}

inline bool translated()
{
    return !qEnvironmentVariableIsEmpty("BANISTER_TEST_LANG");
}

// Whether text says the English words; in another language (screenshots) that is not checked.
inline bool says(const QString& text, const char* english)
{
    return translated() || text.contains(QLatin1String(english));
}

inline void screenshot(QWidget* w, const QString& name)
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
template <typename T> T* child(QWidget* root, const char* name)
{
    const QList<T*> all = root->findChildren<T*>(QLatin1String(name));
    for (T* w : all)
        if (!w->isHidden())
            return w;
    if (all.isEmpty())
        qWarning("no child %s", name);
    return all.value(0);
}

// resources/profiles/sandbox-ready.json in the source tree.
inline QString sampleProfilePath()
{
    return shippedProfilePath(QStringLiteral("sandbox-ready.json"));
}

// Opens the profile at `path` through the wizard's Open profile… button.
inline bool openProfile(SetupWizard& wizard, Session& session, const QString& path)
{
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("openProfileButton")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return session.profiles()->path() == path; }, 5000);
}

// A profile for the sample's tenant in which the first `count` of the tenant's users that `take` accepts (its first
// 500 users, read through the fixture's own client) get Staircase User.
inline Profile usersProfile(SandboxFixture& sandbox, int count, const std::function<bool(const QJsonObject&)>& take)
{
    const QJsonArray users
        = SandboxFixture::wait(sandbox.client().users(1, 500)).data[QStringLiteral("records")].toArray();
    Profile p;
    p.tenant = shippedProfile(QStringLiteral("sandbox-ready.json"))->tenant;
    p.userAccess = UserAccessSection {};
    for (const QJsonValue& u : users)
        if (p.userAccess->assignments.size() < count && take(u.toObject()))
            p.userAccess->assignments << UserAssignment { u[QStringLiteral("id")].toString(), QString(),
                                                          StaircaseRole::User };
    return p;
}

// Opens the sample profile through the wizard's Open profile… button.
inline bool openSampleProfile(SetupWizard& wizard, Session& session)
{
    return openProfile(wizard, session, sampleProfilePath());
}

// Exports the report as Markdown with the Finish page's button and returns it (empty when none was written).
inline QString exportMarkdownReport(QWizard& wizard)
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

// A sandbox tenant of one scenario, a Session and the wizard over it. The wizard is made on first use, so a test
// can tune the session (polling, retries, a cleared recent-files list) before the pages read it. Destroyed in
// reverse: wizard, session, tenant.
class WizardFixture
{
public:
    explicit WizardFixture(const QString& scenario = QStringLiteral("ready"),
                           const std::function<void(sandbox::SandboxOptions&)>& tweak = {})
        : m_scenario(scenario)
        , m_sandbox(scenario, tweak)
    {
    }

    SandboxFixture& sandbox() { return m_sandbox; }
    Session& session() { return m_session; }
    SetupWizard& wizard(SetupWizard::Pages pages = SetupWizard::Pages::All)
    {
        if (!m_wizard)
            m_wizard = std::make_unique<SetupWizard>(&m_session, nullptr, pages);
        return *m_wizard;
    }

    // The Connect page filled in for the sandbox, as "Use sandbox tenant" does in the app.
    void useSandbox()
    {
        m_session.connection()->useSandbox(m_sandbox.url(), m_sandbox.server().accessKey(),
                                           m_sandbox.server().staircaseToken(), m_scenario);
    }
    // Shows the wizard and waits until it is on screen.
    bool show()
    {
        wizard().show();
        return QTest::qWaitForWindowExposed(&wizard());
    }
    // Connected (the Connect page's check done) and shown on page `id`, for a test of one page.
    bool showAt(int id)
    {
        useSandbox();
        m_session.connection()->connectToTenant();
        if (!QTest::qWaitFor([&] { return m_session.connection()->canProceed(); }, 10000))
            return false;
        wizard().setStartId(id);
        wizard().restart();
        return show() && wizard().currentId() == id;
    }
    QAbstractButton* next() { return wizard().button(QWizard::NextButton); }

private:
    QString m_scenario;
    SandboxFixture m_sandbox;
    Session m_session;
    std::unique_ptr<SetupWizard> m_wizard;
};

} // namespace banister::test
