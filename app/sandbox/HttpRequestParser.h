#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace banister::sandbox {

// What one HTTP request may weigh before the server refuses it. Checked while the bytes arrive, so a huge
// body is refused from its Content-Length alone, before it is read and before authentication.
struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024; // 414 beyond
    int maxHeaderCount = 100; // 431 beyond
    int maxHeaderBytes = 32 * 1024; // all header lines together; 431 beyond
    qint64 maxBodyBytes = 1 << 20; // Content-Length; 413 beyond
};

struct HttpRequest
{
    QByteArray method; // as sent (methods are case-sensitive), e.g. "GET"
    QByteArray target; // origin-form: "/v1/users?page=1"
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case, values trimmed
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive"

    QByteArray header(const QByteArray& lowerName) const;
};

// An incremental HTTP/1.0 and 1.1 request parser with limits, free of sockets so it can be fuzzed.
// States: NeedMore -(bytes)-> Ready -take()-> NeedMore ... ; any violation -> Error (final: the connection
// must answer errorStatus() and close, since the byte stream can no longer be framed).
// Pipelined requests are parsed one at a time: feed() keeps the bytes after a complete request for the next one.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Ready, Error };

    explicit HttpRequestParser(HttpLimits limits = {});

    State feed(const QByteArray& bytes);
    State state() const { return m_state; }
    // The complete request (state Ready); parsing continues with the bytes that followed it.
    HttpRequest take();

    int errorStatus() const { return m_errorStatus; }
    const QString& errorText() const { return m_errorText; }
    // Part of a request has arrived (a half-sent request, as opposed to an idle connection).
    bool inRequest() const { return m_state == State::Ready || m_phase != Phase::RequestLine || m_pos < m_buf.size(); }
    // The client sent "Expect: 100-continue" and waits for the interim answer before the body.
    bool wantsContinue() const { return m_phase == Phase::Body && m_expectContinue && !m_continueSent; }
    void markContinueSent() { m_continueSent = true; }
    qint64 bufferedBytes() const { return m_buf.size() - m_pos; }

private:
    enum class Phase { RequestLine, Headers, Body };
    void parse();
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool finishHeaders();
    bool fail(int status, const QString& text);

    HttpLimits m_limits;
    QByteArray m_buf;
    qsizetype m_pos = 0; // first byte not yet consumed
    qsizetype m_scan = 0; // where the search for the next line end resumes
    Phase m_phase = Phase::RequestLine;
    State m_state = State::NeedMore;
    HttpRequest m_current;
    qint64 m_headerBytes = 0;
    qint64 m_contentLength = 0;
    bool m_expectContinue = false;
    bool m_continueSent = false;
    int m_errorStatus = 0;
    QString m_errorText;
};

// The reason phrase for a status code ("Not Found").
QByteArray httpReasonPhrase(int status);

} // namespace banister::sandbox
