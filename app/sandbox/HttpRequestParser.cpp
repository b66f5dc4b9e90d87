#include "sandbox/HttpRequestParser.h"

#include <algorithm>
#include <cctype>

namespace banister::sandbox {

namespace {
bool isTchar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTchar(c))
            return false;
    return true;
}

QList<QByteArray> commaList(const QByteArray& value)
{
    QList<QByteArray> out;
    for (const QByteArray& part : value.split(','))
        if (const QByteArray t = part.trimmed().toLower(); !t.isEmpty())
            out << t;
    return out;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    for (const auto& h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Error)
        return m_state;
    m_buf.append(bytes);
    if (m_state == State::NeedMore)
        parse();
    return m_state;
}

HttpRequest HttpRequestParser::take()
{
    if (m_state != State::Ready)
        return {};
    HttpRequest r = std::move(m_current);
    m_current = HttpRequest();
    m_phase = Phase::RequestLine;
    m_state = State::NeedMore;
    m_headerBytes = 0;
    m_contentLength = 0;
    m_expectContinue = false;
    m_continueSent = false;
    m_buf.remove(0, m_pos);
    m_pos = 0;
    m_scan = 0;
    parse();
    return r;
}

bool HttpRequestParser::fail(int status, const QString& text)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorText = text;
    m_buf.clear();
    m_pos = 0;
    return false;
}

void HttpRequestParser::parse()
{
    while (m_state == State::NeedMore) {
        if (m_phase == Phase::Body) {
            if (m_buf.size() - m_pos < m_contentLength)
                return;
            m_current.body = m_buf.mid(m_pos, qsizetype(m_contentLength));
            m_pos += qsizetype(m_contentLength);
            m_state = State::Ready;
            return;
        }
        if (m_phase == Phase::RequestLine) {
            // A robust server ignores empty lines before a request line (RFC 9112 §2.2).
            while (m_pos < m_buf.size() && (m_buf.at(m_pos) == '\r' || m_buf.at(m_pos) == '\n'))
                ++m_pos;
            if (m_pos > 64 * 1024) {
                m_buf.remove(0, m_pos);
                m_pos = 0;
            }
            m_scan = std::max(m_scan, m_pos);
        }
        const qsizetype nl = m_buf.indexOf('\n', m_scan);
        const qint64 pending = (nl < 0 ? m_buf.size() : nl) - m_pos;
        if (m_phase == Phase::RequestLine && pending > m_limits.maxRequestLineBytes) {
            fail(414, QStringLiteral("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLineBytes));
            return;
        }
        if (m_phase == Phase::Headers && m_headerBytes + pending > m_limits.maxHeaderBytes) {
            fail(431,
                 QStringLiteral("The request headers are larger than %1 bytes together.").arg(m_limits.maxHeaderBytes));
            return;
        }
        if (nl < 0) {
            m_scan = m_buf.size();
            return;
        }
        QByteArray line = m_buf.mid(m_pos, nl - m_pos);
        m_pos = nl + 1;
        m_scan = m_pos;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_phase == Phase::RequestLine) {
            if (!parseRequestLine(line))
                return;
            m_phase = Phase::Headers;
        } else if (line.isEmpty()) {
            if (!finishHeaders())
                return;
            if (m_contentLength == 0) {
                m_state = State::Ready;
                return;
            }
            m_phase = Phase::Body;
        } else {
            m_headerBytes += line.size() + 2;
            if (!parseHeaderLine(line))
                return;
        }
    }
}

bool HttpRequestParser::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, QStringLiteral("The request line must be \"METHOD /path HTTP/1.1\"."));
    const QByteArray& target = parts.at(1);
    if (!target.startsWith('/'))
        return fail(400, QStringLiteral("The request target must be a path starting with \"/\"."));
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400, QStringLiteral("The request target contains a character that must be percent-encoded."));
    }
    const QByteArray& version = parts.at(2);
    if (version == "HTTP/1.1") {
        m_current.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_current.minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/")
               && std::isdigit(static_cast<unsigned char>(version.at(5))) && version.at(6) == '.'
               && std::isdigit(static_cast<unsigned char>(version.at(7)))) {
        return fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported."));
    } else {
        return fail(400, QStringLiteral("The request line must end with HTTP/1.1 or HTTP/1.0."));
    }
    m_current.method = parts.at(0);
    m_current.target = target;
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("Header lines may not be folded onto a continuation line."));
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    if (!isToken(name))
        return fail(400, QStringLiteral("A header line must be \"Name: value\" with no space before the colon."));
    const QByteArray value = line.mid(colon + 1).trimmed();
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(
                400,
                QStringLiteral("The value of header %1 contains a control character.").arg(QString::fromLatin1(name)));
    }
    if (m_current.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
    m_current.headers.append({ name.toLower(), value });
    return true;
}

bool HttpRequestParser::finishHeaders()
{
    int hosts = 0;
    bool close = false, keepAlive = false;
    QByteArray length;
    for (const auto& h : m_current.headers) {
        if (h.first == "host") {
            ++hosts;
        } else if (h.first == "transfer-encoding") {
            return fail(
                411, QStringLiteral("Send the body with a Content-Length; chunked transfer coding is not accepted."));
        } else if (h.first == "content-length") {
            bool digits = !h.second.isEmpty();
            for (char c : h.second)
                digits = digits && std::isdigit(static_cast<unsigned char>(c));
            if (!digits || (!length.isEmpty() && length != h.second))
                return fail(400, QStringLiteral("Content-Length must be one whole number of bytes."));
            length = h.second;
        } else if (h.first == "connection") {
            for (const QByteArray& t : commaList(h.second)) {
                close = close || t == "close";
                keepAlive = keepAlive || t == "keep-alive";
            }
        } else if (h.first == "expect") {
            m_expectContinue = h.second.toLower() == "100-continue";
        }
    }
    if (m_current.minorVersion == 1 && hosts != 1)
        return fail(400, QStringLiteral("An HTTP/1.1 request needs exactly one Host header."));
    m_current.keepAlive = m_current.minorVersion == 1 ? !close : keepAlive && !close;
    if (!length.isEmpty()) {
        QByteArray significant = length;
        while (significant.size() > 1 && significant.startsWith('0'))
            significant.remove(0, 1);
        const qint64 n = significant.size() > 15 ? -1 : significant.toLongLong();
        if (n < 0 || n > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        m_contentLength = n;
    }
    return true;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace banister::sandbox
