#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace banister {

class ConnectionModel;
class ConnectionForm;
class MessagePanel;
class BusyBar;

// Step 1: where the tenant is and the secrets to reach it. Next connects (two-phase validatePage):
// the first click starts the check, the wizard moves on by itself when the tenant has answered.
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(ConnectionModel* model, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

    // What starting from the tenant's settings gave: a sentence for the page.
    void setCaptureResult(const QString& text);
    // Connected to another tenant than before: says that every page reads it again and what stays.
    void showTenantSwitched(const QString& host);

Q_SIGNALS:
    // "Start from this tenant's current settings": the wizard captures the tenant into the drafts.
    void startFromTenantRequested();

private:
    void arrange();
    void render();

    ConnectionModel* m_model;
    ConnectionForm* m_form;
    QPushButton* m_sandboxButton;
    QPushButton* m_testButton;
    QPushButton* m_startFromTenant;
    QLabel* m_captureResult;
    BusyBar* m_busy;
    QLabel* m_status;
    MessagePanel* m_error;
    MessagePanel* m_keychainNotice;
    MessagePanel* m_switchNotice;
    bool m_advanceWhenConnected = false;
};

} // namespace banister
