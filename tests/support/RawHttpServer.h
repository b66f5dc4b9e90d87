#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace banister::test {

// A hostile or odd HTTP server for client tests: it frames each request (headers + Content-Length body),
// records it, and lets the test decide what happens next (answer, redirect, trickle, drop).
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    // Called once per complete request; the handler writes to (or closes) the socket as it likes.
    using Handler = std::function<void(QTcpSocket* socket, const QByteArray& request)>;

    explicit RawHttpServer(Handler handler, const QHostAddress& address = QHostAddress::LocalHost);

    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    const QList<QByteArray>& requests() const { return m_requests; } // raw, header names as sent
    int connections() const { return m_connections; }

    // A complete HTTP/1.1 response with a JSON body.
    static QByteArray response(int status, const QByteArray& json, const QByteArray& extraHeaders = {});

private:
    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

} // namespace banister::test
