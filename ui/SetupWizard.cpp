#include "SetupWizard.h"

#include "PageIds.h"
#include "engine/Capture.h"
#include "engine/Session.h"
#include "pages/ActivationPage.h"
#include "pages/ConnectPage.h"
#include "pages/CrmPage.h"
#include "pages/DashboardPage.h"
#include "pages/FieldMappingsPage.h"
#include "pages/FinishPage.h"
#include "pages/LayoutPage.h"
#include "pages/PrerequisitesPage.h"
#include "pages/ReviewPage.h"
#include "pages/UserAccessPage.h"
#include "pages/VerifyPage.h"
#include "widgets/FileDialogs.h"
#include "widgets/Questions.h"
#include "widgets/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <algorithm>
#include <iterator>

namespace banister {

SetupWizard::SetupWizard(Session* session, QWidget* parent, Pages pages)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("setupWizard"));
#ifdef Q_OS_MACOS
    setWizardStyle(QWizard::MacStyle);
#else
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setOption(QWizard::HaveCustomButton3, true);
    setButtonText(QWizard::CustomButton1, tr("&Open profile…"));
    setButtonText(QWizard::CustomButton3, tr("Recent profiles"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve profile…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openProfileButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveProfileButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Load every setting from a profile file (Ctrl+O)"));
    button(QWizard::CustomButton2)->setToolTip(tr("Save every setting to a profile file, without secrets (Ctrl+S)"));
    // Recent profiles: a menu on its own button, refreshed each time it opens.
    auto* recent = qobject_cast<QPushButton*>(button(QWizard::CustomButton3));
    recent->setObjectName(QStringLiteral("recentProfilesButton"));
    recent->setToolTip(tr("Open a profile opened or saved lately"));
    m_recentMenu = new QMenu(recent);
    m_recentMenu->setObjectName(QStringLiteral("recentProfilesMenu"));
    recent->setMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SetupWizard::fillRecentMenu);
    updateRecentButton();
    // A line that says what just happened to the profile (saved, opened), until the page changes.
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("profileNotice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #e7f4e4; color: #1d4d17; border: 1px solid #9ccc91;"
                                           " border-radius: 3px; padding: 3px 8px; }"));
    m_notice->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    connect(this, &QWizard::currentIdChanged, m_notice, &QWidget::hide);
    setButtonLayout({ QWizard::CustomButton1, QWizard::CustomButton3, QWizard::CustomButton2, QWizard::Stretch,
                      QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openProfile();
        else if (which == QWizard::CustomButton2)
            saveProfile();
    });
    connect(new QShortcut(QKeySequence::Open, this), &QShortcut::activated, this, &SetupWizard::openProfile);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &SetupWizard::saveProfile);

    auto* connectPage = new ConnectPage(session->connection(), this);
    place(ConnectPageId, connectPage);
    connect(connectPage, &ConnectPage::startFromTenantRequested, this, [this, session, connectPage] {
        auto* capture = new Capturer(session->client(), this);
        connect(capture, &Capturer::finished, connectPage, [capture, session, connectPage](const ProfileLoad& r) {
            capture->deleteLater();
            if (!r.profile) {
                connectPage->setCaptureResult(r.errors.isEmpty() ? QString() : r.errors.first().toString());
                return;
            }
            session->startFrom(*r.profile);
            connectPage->setCaptureResult(
                tr("Every page now starts from this tenant's settings: %n layout(s) with the Staircase AI section, "
                   "%1 user(s) with a Staircase role. Save them as a profile to set up another tenant the same way.",
                   nullptr, int(r.profile->layouts.value_or(QList<LayoutPlacement> {}).size()))
                    .arg(r.profile->userAccess ? r.profile->userAccess->assignments.size() : 0));
        });
        capture->run();
    });
    connect(session, &Session::tenantSwitched, connectPage, &ConnectPage::showTenantSwitched);
    setStartId(ConnectPageId);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::keepFocusOnPage);
    setMinimumSize(820, 600);
    // The other ten pages can wait for the window: built on the first turn of the event loop after show().
    if (pages == Pages::All)
        addRemainingPages();
    else
        QTimer::singleShot(0, this, &SetupWizard::addRemainingPages);
    // The default size fits every page (at least 1100 × 760, or the screen's available size); then as last left.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1100, 760);
    resize(std::min(1100, available.width()), std::min(760, available.height()));
    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    // What is on disk (or nothing yet): closing with other settings than these asks first.
    m_saved = session->currentProfile();
    // After the session put the opened profile into the drafts (connected first), so both read the same way.
    connect(session->profiles(), &ProfileStore::loaded, this, &SetupWizard::profileLoaded);
    connect(session->profiles(), &ProfileStore::saved, this, &SetupWizard::profileSaved);
    updateTitle();
}

void SetupWizard::profileLoaded()
{
    m_saved = m_session->currentProfile();
    updateTitle();
    RecentFiles::remember(m_session->profiles()->path());
    updateRecentButton();
    showNotice(tr("Opened %1: every page now shows its settings.")
                   .arg(QDir::toNativeSeparators(m_session->profiles()->path())));
}

void SetupWizard::profileSaved(const QString& path)
{
    m_saved = m_session->currentProfile();
    if (m_closeAfterSave)
        close();
    updateTitle();
    RecentFiles::remember(path);
    updateRecentButton();
    showNotice(
        tr("Saved to %1 at %2.")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void SetupWizard::place(int id, QWizardPage* p)
{
    // Where the admin is: "Step 4 of 11" before each page's own subtitle.
    static const int order[]
        = { ConnectPageId, PrerequisitesPageId, ActivationPageId, CrmPageId,    FieldMappingsPageId, UserAccessPageId,
            LayoutPageId,  DashboardPageId,     ReviewPageId,     VerifyPageId, FinishPageId };
    const int step = int(std::find(std::begin(order), std::end(order), id) - std::begin(order)) + 1;
    setPage(id, p);
    connect(p, &QWizardPage::completeChanged, this, &SetupWizard::keepFocusOnPage);
    p->setSubTitle(tr("Step %1 of %2 · %3").arg(step).arg(int(std::size(order))).arg(p->subTitle()));
}

// Keyboard focus follows the page: after Next or Back it is on the new page, never left on a hidden widget of
// the page before (QWizard leaves it there when the page's first widgets are disabled while it works). Until
// something on the page can take it, no widget has it; once the page is ready, its first one does.
void SetupWizard::keepFocusOnPage()
{
    QWidget* focused = focusWidget();
    QWidget* p = currentPage();
    if (!p || (focused && focused->isVisible() && focused->isEnabled()))
        return;
    QWidget* w = p->nextInFocusChain();
    for (int i = 0; w && w != p && i < 10000; ++i, w = w->nextInFocusChain()) {
        if (p->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible()
            && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    for (QWizard::WizardButton b : { QWizard::NextButton, QWizard::FinishButton }) {
        if (button(b)->isVisible() && button(b)->isEnabled()) {
            button(b)->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (focused)
        focused->clearFocus(); // keys go to the window (its shortcuts), not to a hidden field
}

void SetupWizard::addRemainingPages()
{
    if (page(PrerequisitesPageId))
        return;
    Session* session = m_session;
    place(PrerequisitesPageId, new PrerequisitesPage(session->prerequisites(), this));
    place(ActivationPageId, new ActivationPage(session->activation(), this));
    place(CrmPageId, new CrmPage(session->crm(), this));
    place(FieldMappingsPageId, new FieldMappingsPage(session->fieldMappings(), this));
    place(UserAccessPageId, new UserAccessPage(session->userAccess(), this));
    place(LayoutPageId, new LayoutPage(session->layouts(), this));
    place(DashboardPageId, new DashboardPage(session->dashboard(), this));
    place(ReviewPageId, new ReviewPage(session, this));
    place(VerifyPageId, new VerifyPage(session, this));
    auto* finish = new FinishPage(session, this);
    place(FinishPageId, finish);
    connect(finish, &FinishPage::saveProfileRequested, this, &SetupWizard::saveProfile);
}

bool SetupWizard::hasUnsavedChanges() const
{
    return m_session->currentProfile() != m_saved;
}

void SetupWizard::done(int result)
{
    if (result == QDialog::Rejected && !m_closing && hasUnsavedChanges()) {
        Questions::ask(this, QStringLiteral("unsavedChangesDialog"), tr("Unsaved changes"),
                       tr("The settings have changed since the profile was last saved. Save them as a profile before "
                          "closing?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                       [this](QMessageBox::StandardButton b) {
                           if (b == QMessageBox::Discard) {
                               m_closing = true;
                               reject();
                           } else if (b == QMessageBox::Save) {
                               m_closeAfterSave = true;
                               saveProfile();
                           }
                       });
        return;
    }
    m_closing = true;
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QWizard::done(result);
}

void SetupWizard::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::profiles();
    for (int i = 0; i < files.size(); ++i) {
        // &1 … &8: a number to press; the name first, its folder after it.
        const QFileInfo info(files.at(i));
        QAction* a = m_recentMenu->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        a->setData(files.at(i));
        connect(a, &QAction::triggered, this, [this, path = files.at(i)] { openProfileFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear this list"));
    clear->setObjectName(QStringLiteral("clearRecentProfiles"));
    connect(clear, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentButton();
    });
}

void SetupWizard::updateRecentButton()
{
    button(QWizard::CustomButton3)->setEnabled(!RecentFiles::profiles().isEmpty());
}

void SetupWizard::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->adjustSize();
    placeNotice();
    m_notice->show();
    m_notice->raise();
    m_noticeTimer.start();
}

void SetupWizard::placeNotice()
{
    // Just above the button row, left-aligned with the Open profile… button.
    const QWidget* open = button(QWizard::CustomButton1);
    const QPoint at = open->mapTo(this, QPoint(0, 0));
    m_notice->setMaximumWidth(width() - 2 * at.x());
    m_notice->adjustSize();
    m_notice->move(at.x(), at.y() - m_notice->height() - 8);
}

void SetupWizard::resizeEvent(QResizeEvent* e)
{
    QWizard::resizeEvent(e);
    if (m_notice && m_notice->isVisible())
        placeNotice();
}

void SetupWizard::updateTitle()
{
    const QString path = m_session->profiles()->path();
    setWindowTitle(path.isEmpty() ? tr("Banister — Staircase AI integration setup")
                                  : tr("%1 — Banister").arg(QFileInfo(path).fileName()));
}

void SetupWizard::showProblem(const QString& title, const QString& text, const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("profileErrorsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->open(); // window-modal, no nested event loop
}

void SetupWizard::openProfile()
{
    FileDialogs::openFile(this, tr("Open profile"), tr("Banister profiles (*.json);;All files (*)"),
                          [this](const QString& path) { openProfileFile(path); });
}

bool SetupWizard::openProfileFile(const QString& path)
{
    const QList<ProfileError> errors = m_session->profiles()->open(path);
    if (errors.isEmpty())
        return true;
    QStringList lines;
    for (const ProfileError& e : errors.mid(0, 20))
        lines << e.toString();
    if (errors.size() > 20)
        lines << tr("… and %n more.", nullptr, int(errors.size() - 20));
    showProblem(tr("Profile not opened"),
                tr("%1 cannot be used, so nothing was changed:").arg(QDir::toNativeSeparators(path)),
                lines.join(QLatin1Char('\n')));
    return false;
}

void SetupWizard::saveProfile()
{
    QString suggested = m_session->profiles()->path();
    if (suggested.isEmpty()) {
        const QString sub = m_session->connection()->tenantInfo().subdomain;
        suggested = QStringLiteral("banister-%1.json").arg(sub.isEmpty() ? QStringLiteral("profile") : sub);
    }
    FileDialogs::saveFile(this, tr("Save profile"), suggested, { tr("Banister profiles (*.json)") },
                          [this](const QString& path) { saveProfileFile(path); });
}

QString SetupWizard::saveProfileFile(const QString& path)
{
    const QString error = m_session->profiles()->save(m_session->currentProfile(), path);
    if (!error.isEmpty()) {
        m_closeAfterSave = false;
        showProblem(tr("Profile not saved"), tr("The profile could not be saved; the file on disk is unchanged."),
                    error);
    }
    return error;
}

} // namespace banister
