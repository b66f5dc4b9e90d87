// The sandbox's HTTP transport from a raw socket: limits are enforced before the body is read and before auth,
// idle and half-sent connections are closed, too many connections get 503, Connection: close and HTTP/1.0 are
// honoured, one query cannot occupy the server, and the state file follows every change (coalesced).
#include "sandbox/HttpRequestParser.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace banister::sandbox;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head; // status line and headers, lower case
    QJsonObject json;
};

// Splits complete responses off the front of bytes (Content-Length framing).
QList<RawResponse> parseResponses(QByteArray bytes)
{
    QList<RawResponse> out;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        RawResponse r;
        r.head = bytes.left(end).toLower();
        r.status = r.head.mid(9, 3).toInt();
        qsizetype length = 0;
        const qsizetype cl = r.head.indexOf("content-length: ");
        if (cl >= 0)
            length = r.head.mid(cl + 16, r.head.indexOf("\r\n", cl) - cl - 16).trimmed().toLongLong();
        if (bytes.size() < end + 4 + length)
            return out;
        r.json = QJsonDocument::fromJson(bytes.mid(end + 4, length)).object();
        bytes.remove(0, end + 4 + length);
        out << r;
    }
}

// A client that writes raw bytes and collects whatever comes back, while the server runs on this event loop.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool waitResponses(int n, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return parseResponses(m_received).size() >= n; }, timeoutMs);
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
    }
    QList<RawResponse> responses() const { return parseResponses(m_received); }
    bool closed() const { return m_closed; }
    QTcpSocket& socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

QByteArray get(const QByteArray& path, const QString& key, const QByteArray& extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\naccesskey: " + key.toUtf8() + "\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray& path, const QString& key, const QByteArray& body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\naccesskey: " + key.toUtf8()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

std::unique_ptr<SandboxServer> startServer(const QString& scenario = QStringLiteral("ready"),
                                           const QString& statePath = {})
{
    SandboxOptions o;
    o.scenario = scenario;
    o.dataRate = {};
    o.userWriteRate = {};
    o.statePath = statePath;
    auto server = std::make_unique<SandboxServer>(o);
    return server;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugeBodyRefusedBeforeReadingAndBeforeAuth()
    {
        auto s = startServer();
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        // 500 MB announced, no access key, a few bytes of body: 413 from the header alone.
        c.send("POST /v1/data/objects/query/Company HTTP/1.1\r\nHost: x\r\nContent-Length: 500000000\r\n\r\n{\"sel");
        QVERIFY(c.waitResponses(1));
        const RawResponse r = c.responses().first();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(QLatin1String("result")).toBool(true), false);
        QCOMPARE(r.json.value(QLatin1String("errorCode")).toString(), QStringLiteral("GS_PAYLOAD_TOO_LARGE"));
        QVERIFY(r.head.contains("connection: close"));
        QVERIFY(c.waitClosed());
        QCOMPARE(s->requestCount(), quint64(0)); // the tenant never saw it
    }

    void limitsBeforeAuth_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QByteArray manyHeaders = "GET /v1/tenant/info HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150; ++i)
            manyHeaders += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("150 headers") << manyHeaders + "accesskey: KEY\r\n\r\n" << 431;
        QTest::newRow("64 KiB of headers")
            << "GET /v1/tenant/info HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n"
            << 431;
        QTest::newRow("long request line") << "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n" << 414;
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET /v1/tenant/info HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("POST /v1/sso/check HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                                                   "Content-Length: 3\r\n\r\n{}")
                                     << 400;
        QTest::newRow("chunked") << QByteArray(
            "POST /v1/sso/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  more\r\n\r\n") << 400;
    }
    void limitsBeforeAuth()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto s = startServer();
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        c.send(request.replace("accesskey: KEY", "accesskey: " + s->accessKey().toUtf8()));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.responses().first().status, status);
        QVERIFY(!c.responses().first().json.value(QLatin1String("errorDesc")).toString().isEmpty());
        QVERIFY(c.waitClosed());
        QCOMPARE(s->requestCount(), quint64(0));
    }

    void connectionCloseIsHonoured()
    {
        auto s = startServer();
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        c.send(get("/v1/tenant/info", s->accessKey(), "Connection: close\r\n"));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.responses().first().status, 200);
        QVERIFY(c.responses().first().head.contains("connection: close"));
        QVERIFY(c.waitClosed());
    }

    void http10ClosesUnlessKeepAlive()
    {
        auto s = startServer();
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        c.send("GET /v1/tenant/info HTTP/1.0\r\naccesskey: " + s->accessKey().toUtf8() + "\r\n\r\n");
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.responses().first().status, 200);
        QVERIFY(c.waitClosed());

        RawClient k(s->port());
        QVERIFY(k.waitConnected());
        const QByteArray req = "GET /v1/tenant/info HTTP/1.0\r\nConnection: keep-alive\r\naccesskey: "
            + s->accessKey().toUtf8() + "\r\n\r\n";
        k.send(req);
        QVERIFY(k.waitResponses(1));
        QVERIFY(k.responses().first().head.contains("connection: keep-alive"));
        k.send(req);
        QVERIFY(k.waitResponses(2));
        QVERIFY(!k.closed());
    }

    void pipelinedRequestsAnswerInOrder()
    {
        auto s = startServer();
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        c.send(get("/v1/tenant/info", s->accessKey()) + get("/v1/nope", s->accessKey())
               + post("/v1/sso/check", s->accessKey(), "{\"userId\":\"nobody\"}") + get("/v1/apps", s->accessKey()));
        QVERIFY(c.waitResponses(4));
        const QList<RawResponse> r = c.responses();
        QCOMPARE(r.at(0).status, 200);
        QCOMPARE(r.at(1).status, 404);
        QVERIFY(r.at(2).status == 404 || r.at(2).status == 200 || r.at(2).status == 400);
        QCOMPARE(r.at(3).status, 200);
        QVERIFY(!c.closed());
    }

    void idleAndHalfSentConnectionsAreClosed()
    {
        auto s = startServer();
        ServerLimits limits;
        limits.idleTimeoutMs = 200;
        limits.requestTimeoutMs = 300;
        s->setLimits(limits);
        QVERIFY(s->listen(0));
        RawClient idle(s->port());
        RawClient half(s->port());
        QVERIFY(idle.waitConnected());
        QVERIFY(half.waitConnected());
        half.send("GET /v1/tenant/info HTTP/1.1\r\nHost: x\r\naccesskey: ");
        QElapsedTimer t;
        t.start();
        QVERIFY(idle.waitClosed(5000));
        QVERIFY(half.waitResponses(1));
        QCOMPARE(half.responses().first().status, 408);
        QVERIFY(half.waitClosed(5000));
        QVERIFY(t.elapsed() < 4000);
        QTRY_COMPARE(s->openConnections(), 0);
        // A trickling client does not extend its time: the request deadline runs from the first byte.
        RawClient slow(s->port());
        QVERIFY(slow.waitConnected());
        QTimer drip;
        connect(&drip, &QTimer::timeout, &slow.socket(), [&slow] { slow.send("X"); });
        slow.send("GET /v1/tenant/info HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        drip.start(50);
        QVERIFY(slow.waitResponses(1, 5000));
        QCOMPARE(slow.responses().first().status, 408);
    }

    void tooManyConnectionsGet503()
    {
        auto s = startServer();
        ServerLimits limits;
        limits.maxConnections = 3;
        s->setLimits(limits);
        QVERIFY(s->listen(0));
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>(s->port()));
            QVERIFY(held.back()->waitConnected());
        }
        QTRY_COMPARE(s->openConnections(), 3);
        RawClient extra(s->port());
        QVERIFY(extra.waitConnected());
        QVERIFY(extra.waitResponses(1));
        QCOMPARE(extra.responses().first().status, 503);
        QVERIFY(extra.responses().first().head.contains("retry-after: 1"));
        QVERIFY(extra.waitClosed());
        // A slot frees up: the next client is served.
        held.front().reset();
        QTRY_COMPARE(s->openConnections(), 2);
        RawClient next(s->port());
        QVERIFY(next.waitConnected());
        next.send(get("/v1/tenant/info", s->accessKey()));
        QVERIFY(next.waitResponses(1));
        QCOMPARE(next.responses().first().status, 200);
    }

    void repeatedSelectIsCheap()
    {
        auto s = startServer(QStringLiteral("large"));
        QVERIFY(s->listen(0));
        const auto query = [&](const QJsonObject& q, int* status) {
            RawClient c(s->port());
            if (!c.waitConnected()
                || (c.send(post("/v1/data/objects/query/Company", s->accessKey(),
                                QJsonDocument(q).toJson(QJsonDocument::Compact))),
                    !c.waitResponses(1, 20000)))
                return QJsonObject();
            *status = c.responses().first().status;
            return c.responses().first().json;
        };
        QJsonArray select;
        for (int i = 0; i < 100000; ++i)
            select.append(QStringLiteral("Name"));
        QElapsedTimer t;
        t.start();
        int status = 0;
        QJsonObject r = query({ { QStringLiteral("select"), select }, { QStringLiteral("limit"), 5000 } }, &status);
        QCOMPARE(status, 400);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));

        // Duplicates within the cap are answered once per field.
        QJsonArray some;
        for (int i = 0; i < 900; ++i)
            some.append(i % 2 ? QStringLiteral("Name") : QStringLiteral("Gsid"));
        t.restart();
        r = query({ { QStringLiteral("select"), some }, { QStringLiteral("limit"), 5000 } }, &status);
        QCOMPARE(status, 200);
        const QJsonArray records = r[QStringLiteral("data")][QStringLiteral("records")].toArray();
        QCOMPARE(records.size(), 5000);
        QCOMPARE(records.first().toObject().size(), 2);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));

        // CONTAINS with many values over 200 000 accounts is refused instead of searched.
        QJsonArray needles;
        for (int i = 0; i < 5000; ++i)
            needles.append(QStringLiteral("zz%1").arg(i));
        const QJsonObject where { { QStringLiteral("conditions"),
                                    QJsonArray {
                                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Name") },
                                                      { QStringLiteral("operator"), QStringLiteral("CONTAINS") },
                                                      { QStringLiteral("value"), needles } } } } };
        t.restart();
        r = query({ { QStringLiteral("select"), QJsonArray { QStringLiteral("COUNT(Gsid)") } },
                    { QStringLiteral("where"), where } },
                  &status);
        QCOMPARE(status, 400);
        QVERIFY(r[QStringLiteral("errorDesc")].toString().contains(QLatin1String("CONTAINS")));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void getDrivenChangesArePersisted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        {
            auto s = startServer(QStringLiteral("ai-followup"), path);
            s->setStateWriteInterval(20);
            QVERIFY(s->listen(0));
            RawClient c(s->port());
            QVERIFY(c.waitConnected());
            c.send(post("/v1/support/requests", s->accessKey(), "{\"type\":\"upgrade-connection\"}"));
            QVERIFY(c.waitResponses(1));
            QCOMPARE(c.responses().at(0).status, 201);
            const QByteArray id
                = c.responses().at(0).json[QStringLiteral("data")][QStringLiteral("id")].toString().toUtf8();
            c.send(get("/v1/support/requests/" + id, s->accessKey()));
            c.send(get("/v1/support/requests/" + id, s->accessKey()));
            QVERIFY(c.waitResponses(3));
            QCOMPARE(c.responses().at(2).json[QStringLiteral("data")][QStringLiteral("status")].toString(),
                     QStringLiteral("done"));
            // Written while the server still runs, not only at exit.
            QTRY_COMPARE(readJson(path)[QStringLiteral("supportRequests")][0][QStringLiteral("status")].toString(),
                         QStringLiteral("done"));
        }
        auto again = startServer(QStringLiteral("ai-followup"), path);
        QCOMPARE(again->loadState(), QString());
        QVERIFY(again->listen(0));
        RawClient c(again->port());
        QVERIFY(c.waitConnected());
        c.send(get("/v1/support/requests", again->accessKey()));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.responses()
                     .first()
                     .json[QStringLiteral("data")][QStringLiteral("records")][0][QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("done"));
    }

    void stateWritesAreCoalescedAndFlushedAtExit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto s = startServer(QStringLiteral("ready"), path);
        s->setStateWriteInterval(60000);
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        // Read-only POSTs change nothing and write nothing.
        c.send(post("/v1/data/objects/query/Company", s->accessKey(), "{\"select\":[\"COUNT(Gsid)\"]}"));
        c.send(post("/v1/sso/check", s->accessKey(), "{\"userId\":\"1U00000001\"}"));
        QVERIFY(c.waitResponses(2));
        QCOMPARE(c.responses().at(0).status, 200);
        QCOMPARE(c.responses().at(1).status, 200);
        QCOMPARE(s->tenant().stateVersion(), quint64(0));
        // Twenty writes in a row: none written yet (the interval has not passed), all of them at exit.
        for (int i = 0; i < 20; ++i)
            c.send(post("/v1/support/requests", s->accessKey(), "{\"type\":\"staircase-integration\"}"));
        QVERIFY(c.waitResponses(22));
        QCOMPARE(c.responses().at(2).status, 201);
        QCOMPARE(s->stateWrites(), quint64(0));
        QVERIFY(!QFile::exists(path));
        s.reset();
        QCOMPARE(readJson(path)[QStringLiteral("supportRequests")].toArray().size(), 1);
    }

    void stateWriteIntervalBoundsWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto s = startServer(QStringLiteral("ready"), path);
        s->setStateWriteInterval(100);
        QVERIFY(s->listen(0));
        RawClient c(s->port());
        QVERIFY(c.waitConnected());
        c.send(post("/v1/support/requests", s->accessKey(), "{\"type\":\"staircase-integration\"}"));
        QVERIFY(c.waitResponses(1));
        QTRY_COMPARE(s->stateWrites(), quint64(1));
        QVERIFY(QFile::exists(path));
    }

    void parserFramesRequests()
    {
        HttpRequestParser p;
        const QByteArray two
            = "POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}GET /c HTTP/1.1\r\nhost: y\r\n"
              "Connection: close\r\n\r\n";
        // Byte by byte: the same two requests as in one piece.
        for (char ch : two)
            p.feed(QByteArray(1, ch));
        QCOMPARE(p.state(), HttpRequestParser::State::Ready);
        HttpRequest a = p.take();
        QCOMPARE(a.method, QByteArray("POST"));
        QCOMPARE(a.target, QByteArray("/a?b=1"));
        QCOMPARE(a.body, QByteArray("{}"));
        QVERIFY(a.keepAlive);
        QCOMPARE(p.state(), HttpRequestParser::State::Ready);
        HttpRequest b = p.take();
        QCOMPARE(b.header("host"), QByteArray("y"));
        QVERIFY(!b.keepAlive);
        QCOMPARE(p.state(), HttpRequestParser::State::NeedMore);
        QVERIFY(!p.inRequest());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
