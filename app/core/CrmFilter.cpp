#include "core/CrmFilter.h"

#include "core/Spelling.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace banister {

namespace {
struct CrmFilterText
{
    Q_DECLARE_TR_FUNCTIONS(CrmFilter)
};

constexpr Spelling<FilterOp> kOps[]
    = { { FilterOp::In, "in" },   { FilterOp::NotIn, "not_in" },   { FilterOp::Contains, "contains" },
        { FilterOp::Gt, "gt" },   { FilterOp::Gte, "gte" },        { FilterOp::Lt, "lt" },
        { FilterOp::Lte, "lte" }, { FilterOp::Between, "between" } };

// The data query's operator for one condition.
QString queryOperator(FilterOp op)
{
    switch (op) {
    case FilterOp::In:
        return QStringLiteral("IN");
    case FilterOp::NotIn:
        return QStringLiteral("NOT_IN");
    case FilterOp::Contains:
        return QStringLiteral("CONTAINS");
    case FilterOp::Gt:
        return QStringLiteral("GT");
    case FilterOp::Gte:
        return QStringLiteral("GTE");
    case FilterOp::Lt:
        return QStringLiteral("LT");
    case FilterOp::Lte:
        return QStringLiteral("LTE");
    case FilterOp::Between:
        break; // two conditions, GTE and LTE
    }
    return {};
}

// A value as a number for ordering, when the field's type reads it as one.
std::optional<double> orderedValue(const CompanyField& f, const QString& v)
{
    if (f.dataType == QLatin1String("DATE")) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        return d.isValid() ? std::optional<double>(double(d.toJulianDay())) : std::nullopt;
    }
    if (f.dataType == QLatin1String("DATETIME")) {
        const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
        return dt.isValid() ? std::optional<double>(double(dt.toMSecsSinceEpoch())) : std::nullopt;
    }
    bool ok = false;
    const double x = v.toDouble(&ok);
    return ok && std::isfinite(x) && std::fabs(x) <= 1e15 ? std::optional<double>(x) : std::nullopt;
}

QString valueProblem(const CompanyField& f, const QString& v)
{
    if (f.dataType == QLatin1String("BOOLEAN"))
        return v == QLatin1String("true") || v == QLatin1String("false")
            ? QString()
            : CrmFilterText::tr("\"%1\" is not true or false").arg(v);
    if (!isOrderedField(f) || orderedValue(f, v))
        return {};
    if (f.isDate())
        return CrmFilterText::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(v);
    return CrmFilterText::tr("\"%1\" is not a number").arg(v);
}

QJsonValue typedValue(const CompanyField* f, const QString& v)
{
    if (f && f->isNumeric())
        return v.toDouble();
    if (f && f->dataType == QLatin1String("BOOLEAN"))
        return v == QLatin1String("true");
    return v;
}

QString orList(const QStringList& values, const QString& conjunction)
{
    if (values.size() <= 1)
        return values.value(0);
    return CrmFilterText::tr("%1 %2 %3", "list of values: 'A, B' 'or' 'C'")
        .arg(values.mid(0, values.size() - 1).join(QStringLiteral(", ")), conjunction, values.last());
}
} // namespace

QString filterOpName(FilterOp op)
{
    return nameOf(kOps, op);
}

std::optional<FilterOp> filterOpFromName(const QString& name)
{
    return valueOf(kOps, name);
}

QStringList filterOpNames()
{
    return namesOf(kOps);
}

bool isOrderedField(const CompanyField& f)
{
    return f.isNumeric() || f.isDate();
}

QList<FilterOp> operatorsFor(const CompanyField& f)
{
    if (isOrderedField(f))
        return { FilterOp::In, FilterOp::NotIn, FilterOp::Gt,     FilterOp::Gte,
                 FilterOp::Lt, FilterOp::Lte,   FilterOp::Between };
    if (f.dataType == QLatin1String("STRING"))
        return { FilterOp::In, FilterOp::NotIn, FilterOp::Contains };
    return { FilterOp::In, FilterOp::NotIn };
}

QString filterOpLabel(FilterOp op, bool ordered)
{
    switch (op) {
    case FilterOp::In:
        return ordered ? QStringLiteral("=") : CrmFilterText::tr("is", "filter operator");
    case FilterOp::NotIn:
        return ordered ? QStringLiteral("≠") : CrmFilterText::tr("is not", "filter operator");
    case FilterOp::Contains:
        return CrmFilterText::tr("contains", "filter operator");
    case FilterOp::Gt:
        return QStringLiteral(">");
    case FilterOp::Gte:
        return QStringLiteral("≥");
    case FilterOp::Lt:
        return QStringLiteral("<");
    case FilterOp::Lte:
        return QStringLiteral("≤");
    case FilterOp::Between:
        return CrmFilterText::tr("between", "filter operator");
    }
    return {};
}

int filterOpValueCount(FilterOp op)
{
    switch (op) {
    case FilterOp::Gt:
    case FilterOp::Gte:
    case FilterOp::Lt:
    case FilterOp::Lte:
        return 1;
    case FilterOp::Between:
        return 2;
    default:
        return kFilterAnyCount;
    }
}

QString filterRowProblem(const FilterRow& row, const CompanyField& field)
{
    const std::optional<FilterOp> op = filterOpFromName(row.op);
    if (!op)
        return CrmFilterText::tr("unknown operator \"%1\"; use one of %2")
            .arg(row.op, filterOpNames().join(QStringLiteral(", ")));
    if (!operatorsFor(field).contains(*op))
        return CrmFilterText::tr("operator \"%1\" does not apply to %2 (a %3 field)")
            .arg(row.op, field.name, field.dataType);
    if (row.values.isEmpty())
        return CrmFilterText::tr("values must be a non-empty array");
    const int count = filterOpValueCount(*op);
    if (count == 1 && row.values.size() != 1)
        return CrmFilterText::tr("\"%1\" takes exactly one value").arg(row.op);
    if (count == 2 && row.values.size() != 2)
        return CrmFilterText::tr("\"between\" takes two values, the lower first");
    if (row.values.size() > kMaxFilterValues)
        return CrmFilterText::tr("at most 10 000 values are allowed");
    if (*op == FilterOp::Contains) {
        const bool badValue = std::any_of(row.values.cbegin(), row.values.cend(), [](const QString& v) {
            return v.isEmpty() || v.size() > kMaxContainsLength;
        });
        if (row.values.size() > kMaxContainsValues || badValue)
            return CrmFilterText::tr("\"contains\" takes at most %1 values of 1 to %2 characters")
                .arg(kMaxContainsValues)
                .arg(kMaxContainsLength);
    }
    for (const QString& v : row.values)
        if (const QString p = valueProblem(field, v); !p.isEmpty())
            return p;
    if (*op == FilterOp::Between && *orderedValue(field, row.values.at(0)) > *orderedValue(field, row.values.at(1)))
        return CrmFilterText::tr("\"between\" takes two values, the lower first");
    return {};
}

QJsonObject filterWhere(const QList<CompanyField>& fields, const QList<FilterRow>& rows, CrmCombine combine,
                        const QStringList& statuses)
{
    QJsonArray conditions;
    const auto add = [&](const QString& field, const QString& op, const QJsonArray& values) {
        const QString alias = QStringLiteral("C%1").arg(conditions.size());
        conditions.append(QJsonObject { { QStringLiteral("name"), field },
                                        { QStringLiteral("alias"), alias },
                                        { QStringLiteral("operator"), op },
                                        { QStringLiteral("value"), values } });
        return alias;
    };
    QStringList terms;
    for (const FilterRow& row : rows) {
        const std::optional<FilterOp> op = filterOpFromName(row.op);
        if (row.field.isEmpty() || row.values.isEmpty() || !op)
            continue;
        const CompanyField* f = findField(fields, row.field);
        if (*op == FilterOp::Between) {
            if (row.values.size() != 2)
                continue;
            const QString low = add(row.field, QStringLiteral("GTE"), QJsonArray { typedValue(f, row.values.at(0)) });
            const QString high = add(row.field, QStringLiteral("LTE"), QJsonArray { typedValue(f, row.values.at(1)) });
            terms << QStringLiteral("(%1 AND %2)").arg(low, high);
            continue;
        }
        QJsonArray values;
        for (const QString& v : row.values)
            values.append(typedValue(f, v));
        if (filterOpValueCount(*op) == 1 && values.size() != 1)
            continue;
        terms << add(row.field, queryOperator(*op), values);
    }
    QString expression = terms.join(combine == CrmCombine::Or ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
    if (!statuses.isEmpty()) {
        const QString s = add(QStringLiteral("Status"), QStringLiteral("IN"), QJsonArray::fromStringList(statuses));
        expression = terms.isEmpty() ? s : QStringLiteral("(%1) AND %2").arg(expression, s);
    }
    if (conditions.isEmpty())
        return {};
    return QJsonObject { { QStringLiteral("conditions"), conditions }, { QStringLiteral("expression"), expression } };
}

QString describeFilterRow(const QString& field, const QString& opName, const QStringList& values)
{
    const std::optional<FilterOp> op = filterOpFromName(opName);
    switch (op.value_or(FilterOp::In)) {
    case FilterOp::In:
        return CrmFilterText::tr("%1 is %2").arg(field, orList(values, CrmFilterText::tr("or")));
    case FilterOp::NotIn:
        return values.size() == 1 ? CrmFilterText::tr("%1 is not %2").arg(field, values.first())
                                  : CrmFilterText::tr("%1 is none of %2").arg(field, values.join(QStringLiteral(", ")));
    case FilterOp::Contains:
        return CrmFilterText::tr("%1 contains %2").arg(field, orList(values, CrmFilterText::tr("or")));
    case FilterOp::Between:
        return CrmFilterText::tr("%1 between %2 and %3").arg(field, values.value(0), values.value(1));
    default:
        return QStringLiteral("%1 %2 %3").arg(field, filterOpLabel(*op, true), values.value(0));
    }
}

} // namespace banister
