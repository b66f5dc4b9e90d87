// The client's reading of a tenant answer: status (first two bytes), Retry-After (up to the first newline) and
// body (the rest) through resultFromHttp, the error's words, the count and tenant-info readers on the data.
#include "core/TenantInfo.h"
#include "net/Envelope.h"
#include "net/TenantClient.h"

#include <QJsonObject>
#include <cstdlib>

using namespace banister;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    const qsizetype nl = rest.indexOf('\n');
    const QByteArray retryAfter = nl < 0 ? QByteArray() : rest.left(nl);
    const QByteArray body = nl < 0 ? rest : rest.mid(nl + 1);
    static const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const ApiResult r = resultFromHttp(status, body, retryAfter, now);
    if (r.ok() && (status < 200 || status >= 300))
        std::abort(); // only a 2xx envelope is a success
    if (!r.ok() && r.error.message().isEmpty())
        std::abort(); // every failure has words for the admin
    if (r.error.retryAfterMs < 0)
        std::abort();
    (void)TenantClient::countFrom(r.data);
    (void)tenantInfoFromJson(r.data.toObject());
    return 0;
}
