#include "SetupWizard.h"

#include "PageIds.h"
#include "models/Session.h"
#include "pages/ConnectPage.h"
#include "pages/PrerequisitesPage.h"

namespace banister {

SetupWizard::SetupWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Banister — Staircase AI integration setup"));
#ifdef Q_OS_MACOS
    setWizardStyle(QWizard::MacStyle);
#else
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ConnectPageId, new ConnectPage(session->connection(), this));
    setPage(PrerequisitesPageId, new PrerequisitesPage(session->prerequisites(), this));
    setStartId(ConnectPageId);
    setMinimumSize(760, 560);
}

} // namespace banister
