#pragma once

#include <QWizard>

namespace banister {

class Session;
class ConnectPage;
class PrerequisitesPage;

// The whole setup as one QWizard: one page per step of the integration article, each rendering its model from
// the shared Session. Page ids are PageId values; branching lives in the pages' nextId().
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(Session* session, QWidget* parent = nullptr);

    Session* session() const { return m_session; }

private:
    Session* m_session;
};

} // namespace banister
