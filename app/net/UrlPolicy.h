#pragma once

#include <QString>
#include <QUrl>

namespace banister {

// Which tenant URLs Banister talks to: https anywhere, plain http only on loopback (127.0.0.0/8, ::1, localhost),
// so an access key never crosses a network in clear text.
struct UrlCheck
{
    QUrl url; // normalised: scheme + host + port, no path/query
    QString error; // empty when acceptable
    bool ok() const { return error.isEmpty(); }
};

UrlCheck checkTenantUrl(const QString& text);
bool isLoopbackHost(const QString& host);

} // namespace banister
