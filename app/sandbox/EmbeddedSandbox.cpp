#include "sandbox/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QPointer>

namespace banister::sandbox {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start(const SandboxOptions& options)
{
    if (m_starting || isRunning())
        return;
    m_starting = true;
    m_scenario = options.scenario;
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
    QPointer<EmbeddedSandbox> self(this);
    QMetaObject::invokeMethod(m_home, [home = m_home, options, self] {
        auto* server = new SandboxServer(options, home);
        const quint16 port = server->listen(0);
        const QUrl url = server->url();
        const QString key = server->accessKey();
        const QString token = server->staircaseToken();
        QMetaObject::invokeMethod(
            self.data(),
            [self, port, url, key, token] {
                if (!self)
                    return;
                self->m_starting = false;
                if (port == 0) {
                    Q_EMIT self->failed(tr("The sandbox tenant could not listen on 127.0.0.1."));
                    return;
                }
                self->m_url = url;
                self->m_accessKey = key;
                self->m_token = token;
                Q_EMIT self->started(url, key, token);
            },
            Qt::QueuedConnection);
    });
}

} // namespace banister::sandbox
