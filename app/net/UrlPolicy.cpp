#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace banister {

namespace {
struct UrlPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)
};
} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress addr;
    if (!addr.setAddress(host))
        return false;
    return addr.isLoopback();
}

UrlCheck checkTenantUrl(const QString& text)
{
    UrlCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.error = UrlPolicyText::tr("Enter the tenant URL, for example https://yourcompany.gainsightcloud.com.");
        return check;
    }
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!trimmed.contains(QLatin1String("://")))
        url.setScheme(QStringLiteral("https"));
    if (!url.isValid() || url.host().isEmpty()) {
        check.error = UrlPolicyText::tr("\"%1\" is not a valid URL.").arg(trimmed);
        return check;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        check.error = UrlPolicyText::tr("Only http and https URLs are supported (got \"%1\").").arg(scheme);
        return check;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        check.error = UrlPolicyText::tr("The tenant URL must use https; plain http is accepted only for this computer "
                                        "(127.0.0.1, ::1, localhost), so the access key never travels unencrypted.");
        return check;
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    if (url.port() != -1)
        base.setPort(url.port());
    check.url = base;
    return check;
}

} // namespace banister
