#pragma once

#include <QJsonObject>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace banister {

class Session;
class MessagePanel;

// Step 11: export the setup report (HTML, PDF, Markdown, JSON) and save the profile for the next tenant.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(Session* session, QWidget* parent = nullptr);
    void initializePage() override;

    // Writes the report for this session's plan, apply and verification. Returns an error text or empty.
    QString exportReport(const QString& path);
    QJsonObject journalWithConfirmations() const;

Q_SIGNALS:
    void saveProfileRequested();

private:
    Session* m_session;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_saveProfile;
    QPushButton* m_undo;
    MessagePanel* m_result;
};

} // namespace banister
