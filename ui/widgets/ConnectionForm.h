#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace banister {

class ConnectionModel;

// Where the tenant is and the secrets to reach it: the Gainsight URL and subdomain, the access key, the Staircase URL
// and token (shown or hidden), and whether to remember the secrets in the keychain. Edits the model as the admin
// types, shows what the model holds, and is read-only while the model is busy.
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionForm(ConnectionModel* model, QWidget* parent = nullptr);

private:
    void loadFields();
    void render();

    ConnectionModel* m_model;
    QLineEdit* m_gainsightUrl;
    QLineEdit* m_subdomain;
    QLineEdit* m_accessKey;
    QLineEdit* m_staircaseUrl;
    QLineEdit* m_token;
    QCheckBox* m_remember;
};

} // namespace banister
