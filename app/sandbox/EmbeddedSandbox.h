#pragma once

#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace banister::sandbox {

// The sandbox tenant inside the app (`banister --sandbox`), on a thread of its own so seeding a large world and
// answering queries never stall the GUI. start() is asynchronous; started() or failed() follows.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    ~EmbeddedSandbox() override;

    void start(const SandboxOptions& options);
    bool isRunning() const { return m_url.isValid(); }
    bool isStarting() const { return m_starting; }
    QUrl url() const { return m_url; }
    QString accessKey() const { return m_accessKey; }
    QString staircaseToken() const { return m_token; }
    QString scenario() const { return m_scenario; }

Q_SIGNALS:
    void started(const QUrl& url, const QString& accessKey, const QString& token);
    void failed(const QString& error);

private:
    QThread m_thread;
    QObject* m_home = nullptr; // lives in m_thread, parent of the server
    QUrl m_url;
    QString m_accessKey;
    QString m_token;
    QString m_scenario;
    bool m_starting = false;
};

} // namespace banister::sandbox
