#pragma once

#include "core/Profile.h"

#include <QTimer>
#include <QWizard>

class QLabel;
class QMenu;
class QMessageBox;
class QWizardPage;

namespace banister {

class Session;

// The whole setup as one QWizard: one page per step of the integration article, each rendering its model from
// the shared Session. Page ids are PageId values, without gaps; only Prerequisites branches (nextId). Open profile… /
// Save profile… (Ctrl+O / Ctrl+S) are on every page.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    // AfterFirstPaint: only the Connect page is built now, the other ten on the event loop's first turn (the app's
    // start-up); All: every page at once (tests that start on a later page).
    enum class Pages { All, AfterFirstPaint };
    explicit SetupWizard(Session* session, QWidget* parent = nullptr, Pages pages = Pages::All);

    Session* session() const { return m_session; }

    void openProfile();
    void saveProfile();
    // Loads a profile; on errors shows them (non-blocking dialog "profileErrorsDialog") and changes nothing.
    bool openProfileFile(const QString& path);
    QString saveProfileFile(const QString& path);
    // Settings differ from the profile last opened or saved (closing asks Save / Discard / Cancel then).
    bool hasUnsavedChanges() const;
    void done(int result) override;

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    void place(int id, QWizardPage* page);
    void keepFocusOnPage();
    void addRemainingPages();
    void showProblem(const QString& title, const QString& text, const QString& details = {});
    void updateTitle();
    // What the wizard does when a profile was opened or saved: the title, the recent files, a notice.
    void profileLoaded();
    void profileSaved(const QString& path);
    void fillRecentMenu();
    void updateRecentButton();
    void showNotice(const QString& text);
    void placeNotice();

    Session* m_session;
    Profile m_saved;
    bool m_closing = false;
    bool m_closeAfterSave = false;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_notice = nullptr;
    QTimer m_noticeTimer;
};

} // namespace banister
