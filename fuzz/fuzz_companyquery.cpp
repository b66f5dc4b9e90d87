// The sandbox's Company query: a JSON query body, or else an expression over three fixed conditions, against
// the seeded "ready" accounts. Any input gives an answer or an error text, never a crash.
#include "sandbox/CompanyQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace banister::sandbox;

namespace {
const SandboxData& world()
{
    static const SandboxData d = SandboxData::generate(QStringLiteral("ready"), 1);
    return d;
}

QJsonObject condition(const char* name, const char* op, const QJsonArray& values, const char* alias)
{
    return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                         { QStringLiteral("operator"), QLatin1String(op) },
                         { QStringLiteral("value"), values },
                         { QStringLiteral("alias"), QLatin1String(alias) } };
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        (void)queryCompany(world(), doc.object());
        if (doc.object().value(QLatin1String("field")).isString())
            (void)distinctCompanyValues(world(), doc.object().value(QLatin1String("field")).toString());
        return 0;
    }
    static const QJsonArray conditions { condition("Status", "IN", { QStringLiteral("Active") }, "A"),
                                         condition("Name", "CONTAINS", { QStringLiteral("an") }, "B"),
                                         condition("ARR", "GT", { 1000 }, "C") };
    const QJsonObject query { { QStringLiteral("select"), QJsonArray { QStringLiteral("COUNT(Gsid)") } },
                              { QStringLiteral("where"),
                                QJsonObject { { QStringLiteral("conditions"), conditions },
                                              { QStringLiteral("expression"), QString::fromUtf8(bytes) } } } };
    (void)queryCompany(world(), query);
    return 0;
}
