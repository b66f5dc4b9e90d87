#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace banister {

class Session;
class BusyBar;
class CheckList;
class HoldNotice;

// Step 10: reads everything back from the tenant and checks it against the profile, one row per check.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerifyPage(Session* session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void render();

    Session* m_session;
    QLabel* m_summary;
    CheckList* m_checks;
    BusyBar* m_busy;
    QPushButton* m_rerun;
    HoldNotice* m_hold;
};

} // namespace banister
