#include "sandbox/CrmFilterCheck.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>
#include <optional>

namespace banister::sandbox {

namespace {
bool ordered(const Column& c)
{
    return c.type == DataType::Number || c.type == DataType::Currency || c.type == DataType::Date
        || c.type == DataType::DateTime;
}

std::optional<double> number(const Column& c, const QString& v)
{
    if (c.type == DataType::Date) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        return d.isValid() ? std::optional<double>(d.toJulianDay()) : std::nullopt;
    }
    if (c.type == DataType::DateTime) {
        const QDateTime d = QDateTime::fromString(v, Qt::ISODate);
        return d.isValid() ? std::optional<double>(double(d.toMSecsSinceEpoch())) : std::nullopt;
    }
    bool ok = false;
    const double x = v.toDouble(&ok);
    return ok && std::isfinite(x) && std::fabs(x) <= 1e15 ? std::optional<double>(x) : std::nullopt;
}
} // namespace

QString checkCrmFilterRow(const Column& c, const QJsonObject& row)
{
    const QString op = row.value(QLatin1String("operator")).toString();
    static const QStringList all { QStringLiteral("in"),  QStringLiteral("not_in"), QStringLiteral("contains"),
                                   QStringLiteral("gt"),  QStringLiteral("gte"),    QStringLiteral("lt"),
                                   QStringLiteral("lte"), QStringLiteral("between") };
    if (!all.contains(op))
        return QStringLiteral("unknown operator \"%1\"; use one of %2").arg(op, all.join(QStringLiteral(", ")));
    const bool setOp = op == QLatin1String("in") || op == QLatin1String("not_in");
    const bool fits = setOp || (op == QLatin1String("contains") && c.type == DataType::String)
        || (op != QLatin1String("contains") && ordered(c));
    if (!fits)
        return QStringLiteral("operator \"%1\" does not apply to %2 (a %3 field)")
            .arg(op, c.name, dataTypeName(c.type));
    const QJsonValue valuesValue = row.value(QLatin1String("values"));
    if (!valuesValue.isArray() || valuesValue.toArray().isEmpty())
        return QStringLiteral("values must be a non-empty array");
    const QJsonArray values = valuesValue.toArray();
    QStringList texts;
    for (const QJsonValue& v : values) {
        if (!v.isString())
            return QStringLiteral("values must be strings");
        texts << v.toString();
    }
    const bool one = op == QLatin1String("gt") || op == QLatin1String("gte") || op == QLatin1String("lt")
        || op == QLatin1String("lte");
    if (one && texts.size() != 1)
        return QStringLiteral("\"%1\" takes exactly one value").arg(op);
    const bool between = op == QLatin1String("between");
    if (between && texts.size() != 2)
        return QStringLiteral("\"between\" takes two values, the lower first");
    if (texts.size() > 10000)
        return QStringLiteral("at most 10 000 values are allowed");
    if (op == QLatin1String("contains"))
        for (const QString& t : texts)
            if (texts.size() > 10 || t.isEmpty() || t.size() > 200)
                return QStringLiteral("\"contains\" takes at most 10 values of 1 to 200 characters");
    for (const QString& t : texts) {
        if (c.type == DataType::Boolean && t != QLatin1String("true") && t != QLatin1String("false"))
            return QStringLiteral("\"%1\" is not true or false").arg(t);
        if (ordered(c) && !number(c, t))
            return c.type == DataType::Date || c.type == DataType::DateTime
                ? QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(t)
                : QStringLiteral("\"%1\" is not a number").arg(t);
    }
    if (between && *number(c, texts.at(0)) > *number(c, texts.at(1)))
        return QStringLiteral("\"between\" takes two values, the lower first");
    return {};
}

} // namespace banister::sandbox
