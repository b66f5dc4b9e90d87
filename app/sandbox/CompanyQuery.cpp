#include "sandbox/CompanyQuery.h"

#include "sandbox/CompanyWhere.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace banister::sandbox {

namespace {

const QString kCount = QStringLiteral("COUNT(Gsid)");
constexpr int kMaxSelectItems = 1000;

QJsonValue cellValue(const SandboxData& d, const Column& c, int row)
{
    switch (c.type) {
    case DataType::Gsid:
        return d.companyGsid(row);
    case DataType::String:
        return c.strings[size_t(row)];
    case DataType::Number:
    case DataType::Currency:
        return c.numbers[size_t(row)];
    case DataType::Date:
        return QDate::fromJulianDay(qint64(c.numbers[size_t(row)])).toString(Qt::ISODate);
    case DataType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(c.numbers[size_t(row)]), Qt::UTC).toString(Qt::ISODate);
    case DataType::Boolean:
        return c.codes[size_t(row)] != 0;
    case DataType::Lookup: {
        const qint32 ref = c.refs[size_t(row)];
        if (ref < 0)
            return QJsonValue::Null;
        return c.lookupTarget == QLatin1String("User") ? d.users()[size_t(ref)].id : d.companyGsid(ref);
    }
    case DataType::Picklist: {
        const quint16 code = c.codes[size_t(row)];
        if (!c.multiSelect)
            return code < c.picklist.size() ? QJsonValue(c.picklist.at(code)) : QJsonValue::Null;
        QStringList parts;
        for (int b = 0; b < c.picklist.size(); ++b)
            if (code & (1u << b))
                parts << c.picklist.at(b);
        return parts.join(QLatin1Char(';'));
    }
    }
    return QJsonValue::Null;
}

Result<int> boundedInt(const QJsonObject& body, const char* key, int def, int lo, int hi)
{
    const QJsonValue v = body.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return def;
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(x) || x != std::floor(x) || x < lo || x > hi)
        return Result<int>::failure(
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi));
    return int(x);
}

} // namespace

QJsonObject describeCompany(const SandboxData& d)
{
    QJsonArray fields;
    for (const Column& c : d.columns()) {
        QJsonObject f { { QStringLiteral("name"), c.name },
                        { QStringLiteral("label"), c.label },
                        { QStringLiteral("dataType"), dataTypeName(c.type) },
                        { QStringLiteral("filterable"), c.filterable },
                        { QStringLiteral("multiSelect"), c.multiSelect },
                        { QStringLiteral("picklistValues"), QJsonArray::fromStringList(c.picklist) } };
        if (!c.lookupTarget.isEmpty())
            f.insert(QStringLiteral("lookupObject"), c.lookupTarget);
        fields.append(f);
    }
    return QJsonObject { { QStringLiteral("objectName"), QStringLiteral("Company") },
                         { QStringLiteral("fields"), fields } };
}

Result<QJsonObject> queryCompany(const SandboxData& d, const QJsonObject& body)
{
    using R = Result<QJsonObject>;
    static const QStringList keys { QStringLiteral("select"), QStringLiteral("where"),  QStringLiteral("orderBy"),
                                    QStringLiteral("limit"),  QStringLiteral("offset"), QStringLiteral("groupBy") };
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys.contains(it.key()))
            return R::failure(
                QStringLiteral("unknown key \"%1\"; a query takes %2").arg(it.key(), keys.join(QStringLiteral(", "))));
    const QJsonValue selectValue = body.value(QLatin1String("select"));
    if (!selectValue.isArray() || selectValue.toArray().isEmpty())
        return R::failure(QStringLiteral("select must be a non-empty array of field names"));
    if (selectValue.toArray().size() > kMaxSelectItems)
        return R::failure(QStringLiteral("select names at most %1 fields (got %2)")
                              .arg(kMaxSelectItems)
                              .arg(selectValue.toArray().size()));
    QList<const Column*> select;
    QSet<const Column*> selected; // a field named twice is returned once
    bool count = false;
    for (const QJsonValue& v : selectValue.toArray()) {
        if (v.toString() == kCount) {
            count = true;
            continue;
        }
        const Column* c = d.column(v.toString());
        if (!v.isString() || !c)
            return R::failure(
                QStringLiteral("select names unknown field \"%1\" on Company").arg(v.toVariant().toString()));
        if (!selected.contains(c)) {
            selected.insert(c);
            select << c;
        }
    }
    // groupBy one field: {"select": [F, "COUNT(Gsid)"], "groupBy": [F]} counts the matching accounts per value.
    const Column* groupBy = nullptr;
    const QJsonValue groupValue = body.value(QLatin1String("groupBy"));
    if (!groupValue.isUndefined() && !groupValue.isNull()) {
        if (!groupValue.isArray() || groupValue.toArray().size() != 1 || !groupValue.toArray().at(0).isString())
            return R::failure(QStringLiteral("groupBy takes exactly one field name"));
        groupBy = d.column(groupValue.toArray().at(0).toString());
        if (!groupBy)
            return R::failure(
                QStringLiteral("groupBy names unknown field \"%1\"").arg(groupValue.toArray().at(0).toString()));
        if (!count || select.size() != 1 || select.first() != groupBy)
            return R::failure(QStringLiteral("with groupBy, select the grouped field and COUNT(Gsid)"));
    } else if (count && !select.isEmpty()) {
        return R::failure(QStringLiteral("COUNT(Gsid) cannot be combined with other fields"));
    }
    auto limit = boundedInt(body, "limit", kDefaultQueryLimit, 1, kMaxQueryLimit);
    if (!limit)
        return R::failure(limit.error());
    auto offset = boundedInt(body, "offset", 0, 0, 1000000000);
    if (!offset)
        return R::failure(offset.error());
    auto mask = evalCompanyWhere(d, body.value(QLatin1String("where")));
    if (!mask)
        return R::failure(mask.error());

    const CompanyMask& m = mask.value();
    if (groupBy) {
        QHash<QString, qint64> counts;
        QStringList order;
        const Column& c = *groupBy;
        for (int i = 0; i < d.companyCount(); ++i) {
            if (!m[size_t(i)])
                continue;
            QStringList keys;
            if (c.type == DataType::Picklist && c.multiSelect) {
                for (int b = 0; b < c.picklist.size(); ++b)
                    if (c.codes[size_t(i)] & (1u << b))
                        keys << c.picklist.at(b);
            } else {
                const QJsonValue v = cellValue(d, c, i);
                keys << (v.isString() ? v.toString() : v.toVariant().toString());
            }
            for (const QString& k : keys) {
                if (!counts.contains(k))
                    order << k;
                ++counts[k];
            }
        }
        std::sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
        QJsonArray records;
        for (const QString& k : order.mid(offset.value(), limit.value()))
            records.append(QJsonObject { { c.name, k }, { kCount, counts.value(k) } });
        return QJsonObject { { QStringLiteral("records"), records } };
    }
    if (count) {
        qint64 n = 0;
        for (quint8 b : m)
            n += b;
        return QJsonObject { { QStringLiteral("records"), QJsonArray { QJsonObject { { kCount, n } } } } };
    }

    std::vector<int> rows;
    const QJsonValue orderValue = body.value(QLatin1String("orderBy"));
    if (!orderValue.isUndefined() && !orderValue.isNull()) {
        if (!orderValue.isObject())
            return R::failure(QStringLiteral("orderBy must be an object such as {\"Name\": \"asc\"}"));
        const QJsonObject order = orderValue.toObject();
        if (order.size() != 1)
            return R::failure(QStringLiteral("orderBy takes exactly one field"));
        const Column* c = d.column(order.begin().key());
        const QString dir = order.begin().value().toString().toLower();
        if (!c)
            return R::failure(QStringLiteral("orderBy names unknown field \"%1\"").arg(order.begin().key()));
        if (dir != QLatin1String("asc") && dir != QLatin1String("desc"))
            return R::failure(QStringLiteral("orderBy direction must be \"asc\" or \"desc\""));
        for (int i = 0; i < d.companyCount(); ++i)
            if (m[size_t(i)])
                rows.push_back(i);
        auto less = [&](int a, int b) {
            switch (c->type) {
            case DataType::String:
                return c->strings.latin1(size_t(a)) < c->strings.latin1(size_t(b)); // as QString's < orders
            case DataType::Number:
            case DataType::Currency:
            case DataType::Date:
            case DataType::DateTime:
                return c->numbers[size_t(a)] < c->numbers[size_t(b)];
            case DataType::Lookup:
                return c->refs[size_t(a)] < c->refs[size_t(b)];
            case DataType::Gsid:
                return a < b;
            default:
                return c->codes[size_t(a)] < c->codes[size_t(b)];
            }
        };
        if (dir == QLatin1String("asc"))
            std::stable_sort(rows.begin(), rows.end(), less);
        else
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
        rows.erase(rows.begin(), rows.begin() + std::min<size_t>(rows.size(), size_t(offset.value())));
        if (rows.size() > size_t(limit.value()))
            rows.resize(size_t(limit.value()));
    } else {
        int skipped = 0;
        for (int i = 0; i < d.companyCount() && int(rows.size()) < limit.value(); ++i) {
            if (!m[size_t(i)])
                continue;
            if (skipped++ < offset.value())
                continue;
            rows.push_back(i);
        }
    }
    QJsonArray records;
    for (int row : rows) {
        QJsonObject rec;
        for (const Column* c : select)
            rec.insert(c->name, cellValue(d, *c, row));
        records.append(rec);
    }
    return QJsonObject { { QStringLiteral("records"), records } };
}

Result<QJsonObject> distinctCompanyValues(const SandboxData& d, const QString& field)
{
    const Column* c = d.column(field);
    if (!c)
        return Result<QJsonObject>::failure(QStringLiteral("unknown field \"%1\" on Company").arg(field));
    QHash<QString, qint64> fast;
    const int n = d.companyCount();
    if (c->type == DataType::Picklist) {
        std::vector<qint64> perCode(size_t(c->picklist.size()), 0);
        for (int i = 0; i < n; ++i) {
            const quint16 code = c->codes[size_t(i)];
            if (c->multiSelect) {
                for (int b = 0; b < c->picklist.size(); ++b)
                    if (code & (1u << b))
                        ++perCode[size_t(b)];
            } else if (code < perCode.size()) {
                ++perCode[code];
            }
        }
        QJsonArray values;
        for (int b = 0; b < c->picklist.size(); ++b)
            values.append(QJsonObject { { QStringLiteral("value"), c->picklist.at(b) },
                                        { QStringLiteral("count"), perCode[size_t(b)] } });
        return QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("values"), values } };
    }
    for (int i = 0; i < n; ++i) {
        const QJsonValue v = cellValue(d, *c, i);
        ++fast[v.isString() ? v.toString() : v.toVariant().toString()];
    }
    QList<QPair<QString, qint64>> list;
    for (auto it = fast.begin(); it != fast.end(); ++it)
        list.append({ it.key(), it.value() });
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const bool truncated = list.size() > 1000;
    if (truncated)
        list.resize(1000);
    QJsonArray values;
    for (const auto& p : list)
        values.append(QJsonObject { { QStringLiteral("value"), p.first }, { QStringLiteral("count"), p.second } });
    return QJsonObject { { QStringLiteral("field"), field },
                         { QStringLiteral("values"), values },
                         { QStringLiteral("truncated"), truncated } };
}

} // namespace banister::sandbox
