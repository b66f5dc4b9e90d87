#include "support/RawHttpServer.h"

#include <QTcpSocket>
#include <memory>

namespace banister::test {

RawHttpServer::RawHttpServer(Handler handler, const QHostAddress& address)
    : m_handler(std::move(handler))
{
    if (!m_server.listen(address, 0))
        qWarning("RawHttpServer: cannot listen on %s", qPrintable(address.toString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                *buffer += s->readAll();
                for (;;) {
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    qsizetype length = 0;
                    const qsizetype cl = head.indexOf("content-length:");
                    if (cl >= 0)
                        length = head.mid(cl + 15, head.indexOf('\n', cl) - cl - 15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QByteArray request = buffer->left(end + 4 + length);
                    buffer->remove(0, request.size());
                    m_requests << request;
                    m_handler(s, request);
                    if (s->state() != QAbstractSocket::ConnectedState)
                        return;
                }
            });
        }
    });
}

QString RawHttpServer::url() const
{
    return QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(port());
}

QByteArray RawHttpServer::response(int status, const QByteArray& json, const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n" + extraHeaders + "\r\n" + json;
}

} // namespace banister::test
