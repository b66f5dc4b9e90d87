#pragma once

#include "models/ConnectionModel.h"
#include "models/PrerequisitesModel.h"
#include "net/TenantClient.h"
#include "secrets/CredentialStore.h"

#include <QObject>

namespace banister {

// The one object handed to every wizard page: the tenant client, the credential store and one model per step.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr)
        : QObject(parent)
        , m_client(this)
        , m_store(QStringLiteral("Banister"), this)
        , m_connection(&m_client, &m_store, this)
        , m_prerequisites(&m_client, this)
    {
    }

    TenantClient* client() { return &m_client; }
    CredentialStore* credentials() { return &m_store; }
    ConnectionModel* connection() { return &m_connection; }
    PrerequisitesModel* prerequisites() { return &m_prerequisites; }

private:
    TenantClient m_client;
    CredentialStore m_store;
    ConnectionModel m_connection;
    PrerequisitesModel m_prerequisites;
};

} // namespace banister
