#include "net/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace banister {

qint64 RetryPolicy::backoffMs(int retry, QRandomGenerator& rng) const
{
    const qint64 ceiling = std::min<qint64>(capMs, qint64(baseMs) << std::clamp(retry, 0, 30));
    return ceiling <= 0 ? 0 : qint64(rng.bounded(double(ceiling) + 1.0));
}

std::optional<qint64> parseRetryAfter(const QByteArray& raw, const QDateTime& nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 86400 * 7) * 1000);
    // IMF-fixdate, the form RFC 9110 requires senders to use; RFC 2822 parsing covers the obsolete variants.
    const QString text = QString::fromLatin1(value);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC); // the fields were read as local time; they are GMT
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace banister
