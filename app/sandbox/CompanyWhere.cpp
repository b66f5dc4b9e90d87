#include "sandbox/CompanyWhere.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace banister::sandbox {

namespace {

using Mask = CompanyMask;
using MaskResult = Result<Mask>;

// Bounds on what one query may cost the sandbox (well under a second of CPU on the 200 000-account scenario).
constexpr qint64 kMaxContainsChecks = 4'000'000;
constexpr int kMaxContainsNeedle = 200;

// Turns one condition value into the column's own representation, or explains why it cannot.
Result<double> toNumberFor(const Column& c, const QJsonValue& v)
{
    if (c.type == DataType::Date) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !date.isValid())
            return Result<double>::failure(
                QStringLiteral("value %1 for %2 must be a date as YYYY-MM-DD").arg(v.toVariant().toString(), c.name));
        return double(date.toJulianDay());
    }
    if (c.type == DataType::DateTime) {
        const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !dt.isValid())
            return Result<double>::failure(
                QStringLiteral("value %1 for %2 must be an ISO 8601 date-time").arg(v.toVariant().toString(), c.name));
        return double(dt.toMSecsSinceEpoch());
    }
    double x = 0;
    bool ok = false;
    if (v.isDouble()) {
        x = v.toDouble();
        ok = true;
    } else if (v.isString()) {
        x = v.toString().toDouble(&ok);
    }
    if (!ok || !std::isfinite(x) || std::fabs(x) > 1e15)
        return Result<double>::failure(
            QStringLiteral("value %1 for %2 must be a number between -1e15 and 1e15")
                .arg(v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : v.toVariant().toString(),
                     c.name));
    return x;
}

MaskResult evalCondition(const SandboxData& d, const Column& c, const QString& op, const QJsonArray& values)
{
    const int n = d.companyCount();
    Mask m(size_t(n), 0);
    const bool negate = op == QLatin1String("NE") || op == QLatin1String("NOT_IN");
    const bool setOp = op == QLatin1String("IN") || op == QLatin1String("NOT_IN") || op == QLatin1String("EQ")
        || op == QLatin1String("NE");
    if ((op == QLatin1String("EQ") || op == QLatin1String("NE")) && values.size() != 1)
        return MaskResult::failure(QStringLiteral("operator %1 on %2 takes exactly one value").arg(op, c.name));

    switch (c.type) {
    case DataType::Picklist:
    case DataType::Boolean: {
        if (!setOp)
            return MaskResult::failure(
                QStringLiteral("operator %1 is not supported on %2 (%3); use IN, NOT_IN, EQ or NE")
                    .arg(op, c.name, dataTypeName(c.type)));
        quint32 wanted = 0;
        for (const QJsonValue& v : values) {
            if (c.type == DataType::Boolean) {
                if (!v.isBool())
                    return MaskResult::failure(QStringLiteral("value for %1 must be true or false").arg(c.name));
                wanted |= 1u << (v.toBool() ? 1 : 0);
            } else {
                if (!v.isString())
                    return MaskResult::failure(QStringLiteral("values for %1 must be strings").arg(c.name));
                const int idx = c.picklist.indexOf(v.toString());
                if (idx >= 0)
                    wanted |= 1u << idx; // an unknown picklist value simply matches nothing, as on a real tenant
            }
        }
        const quint16* codes = c.codes.data();
        if (c.multiSelect) {
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = quint8(((codes[i] & wanted) != 0) != negate);
        } else {
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = quint8((codes[i] < 32 && (wanted >> codes[i]) & 1u) != negate);
        }
        return m;
    }
    case DataType::Number:
    case DataType::Currency:
    case DataType::Date:
    case DataType::DateTime: {
        std::vector<double> xs;
        for (const QJsonValue& v : values) {
            auto x = toNumberFor(c, v);
            if (!x)
                return MaskResult::failure(x.error());
            xs.push_back(x.value());
        }
        const NumberColumn& col = c.numbers;
        if (setOp) {
            std::sort(xs.begin(), xs.end());
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = quint8(std::binary_search(xs.begin(), xs.end(), col[i]) != negate);
            return m;
        }
        if (xs.size() != 1)
            return MaskResult::failure(QStringLiteral("operator %1 on %2 takes exactly one value").arg(op, c.name));
        const double x = xs.front();
        if (op == QLatin1String("GT"))
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = col[i] > x;
        else if (op == QLatin1String("GTE"))
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = col[i] >= x;
        else if (op == QLatin1String("LT"))
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = col[i] < x;
        else if (op == QLatin1String("LTE"))
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = col[i] <= x;
        else
            return MaskResult::failure(QStringLiteral("unknown operator %1").arg(op));
        return m;
    }
    case DataType::String:
    case DataType::Gsid:
    case DataType::Lookup: {
        QStringList wanted;
        for (const QJsonValue& v : values) {
            if (!v.isString())
                return MaskResult::failure(QStringLiteral("values for %1 must be strings").arg(c.name));
            wanted << v.toString();
        }
        const bool contains = op == QLatin1String("CONTAINS");
        if (!setOp && !contains)
            return MaskResult::failure(
                QStringLiteral("operator %1 is not supported on %2 (%3); use IN, NOT_IN, EQ, NE or CONTAINS")
                    .arg(op, c.name, dataTypeName(c.type)));
        if (contains && c.type != DataType::String)
            return MaskResult::failure(QStringLiteral("CONTAINS works on text fields only, not on %1").arg(c.name));
        if (c.type == DataType::Gsid) {
            for (const QString& w : wanted) {
                const int row = d.companyRowFromGsid(w);
                if (row >= 0)
                    m[size_t(row)] = 1;
            }
            if (negate)
                for (auto& b : m)
                    b = !b;
            return m;
        }
        if (c.type == DataType::Lookup) {
            QSet<qint32> refs;
            for (const QString& w : wanted) {
                const int r = c.lookupTarget == QLatin1String("User") ? d.userIndexFromId(w) : d.companyRowFromGsid(w);
                if (r >= 0)
                    refs.insert(r);
            }
            for (int i = 0; i < n; ++i)
                m[size_t(i)] = quint8(refs.contains(c.refs[size_t(i)]) != negate);
            return m;
        }
        if (contains) {
            QVarLengthArray<char16_t, 128> buf;
            for (int i = 0; i < n; ++i) {
                const QStringView text = c.strings.utf16(size_t(i), buf);
                bool hit = false;
                for (const QString& w : wanted)
                    hit = hit || text.contains(w, Qt::CaseInsensitive);
                m[size_t(i)] = hit;
            }
            return m;
        }
        // The column is Latin-1: a wanted value that is not cannot equal any row.
        QSet<QByteArray> set;
        for (const QString& w : wanted)
            if (QString::fromLatin1(w.toLatin1()) == w)
                set.insert(w.toLatin1());
        for (int i = 0; i < n; ++i) {
            const QLatin1String text = c.strings.latin1(size_t(i));
            m[size_t(i)] = quint8(set.contains(QByteArray::fromRawData(text.data(), text.size())) != negate);
        }
        return m;
    }
    }
    return MaskResult::failure(QStringLiteral("unsupported field type"));
}

// Recursive-descent parser for expressions such as "A AND (B OR NOT C)", evaluated on whole masks.
class ExpressionEvaluator
{
public:
    ExpressionEvaluator(const QString& text, const QHash<QString, Mask>& masks)
        : m_masks(masks)
    {
        QString cur;
        for (QChar ch : text) {
            if (ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch.isSpace()) {
                if (!cur.isEmpty())
                    m_tokens << cur;
                cur.clear();
                if (!ch.isSpace())
                    m_tokens << QString(ch);
            } else {
                cur += ch;
            }
        }
        if (!cur.isEmpty())
            m_tokens << cur;
    }

    MaskResult run()
    {
        if (m_tokens.isEmpty())
            return MaskResult::failure(QStringLiteral("expression is empty"));
        auto r = parseOr();
        if (r && m_pos != m_tokens.size())
            return MaskResult::failure(QStringLiteral("unexpected \"%1\" in expression").arg(m_tokens.at(m_pos)));
        return r;
    }

private:
    bool accept(const char* word)
    {
        if (m_pos < m_tokens.size() && m_tokens.at(m_pos).compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
            ++m_pos;
            return true;
        }
        return false;
    }
    MaskResult parseOr()
    {
        auto left = parseAnd();
        while (left && accept("OR")) {
            auto right = parseAnd();
            if (!right)
                return right;
            for (size_t i = 0; i < left.value().size(); ++i)
                left.value()[i] |= right.value()[i];
        }
        return left;
    }
    MaskResult parseAnd()
    {
        auto left = parseUnary();
        while (left && accept("AND")) {
            auto right = parseUnary();
            if (!right)
                return right;
            for (size_t i = 0; i < left.value().size(); ++i)
                left.value()[i] &= right.value()[i];
        }
        return left;
    }
    MaskResult parseUnary()
    {
        if (++m_depth > 64)
            return MaskResult::failure(QStringLiteral("expression is nested too deeply"));
        MaskResult r = parseUnaryInner();
        --m_depth;
        return r;
    }
    MaskResult parseUnaryInner()
    {
        if (accept("NOT")) {
            auto inner = parseUnary();
            if (inner)
                for (auto& b : inner.value())
                    b = !b;
            return inner;
        }
        if (accept("(")) {
            auto inner = parseOr();
            if (inner && !accept(")"))
                return MaskResult::failure(QStringLiteral("missing \")\" in expression"));
            return inner;
        }
        if (m_pos >= m_tokens.size())
            return MaskResult::failure(QStringLiteral("expression ends too early"));
        const QString alias = m_tokens.at(m_pos++);
        auto it = m_masks.constFind(alias);
        if (it == m_masks.constEnd())
            return MaskResult::failure(
                QStringLiteral("expression names \"%1\", which no condition has as alias").arg(alias));
        return *it;
    }

    const QHash<QString, Mask>& m_masks;
    QStringList m_tokens;
    int m_pos = 0;
    int m_depth = 0;
};

} // namespace

Result<CompanyMask> evalCompanyWhere(const SandboxData& d, const QJsonValue& whereValue)
{
    const int n = d.companyCount();
    if (whereValue.isUndefined() || whereValue.isNull())
        return Mask(size_t(n), 1);
    if (!whereValue.isObject())
        return MaskResult::failure(QStringLiteral("where must be an object with conditions"));
    const QJsonObject where = whereValue.toObject();
    for (auto it = where.begin(); it != where.end(); ++it)
        if (it.key() != QLatin1String("conditions") && it.key() != QLatin1String("expression"))
            return MaskResult::failure(QStringLiteral("unknown key where.%1").arg(it.key()));
    const QJsonValue condsValue = where.value(QLatin1String("conditions"));
    if (!condsValue.isArray())
        return MaskResult::failure(QStringLiteral("where.conditions must be an array"));
    const QJsonArray conds = condsValue.toArray();
    if (conds.size() > 50)
        return MaskResult::failure(QStringLiteral("at most 50 conditions are allowed (got %1)").arg(conds.size()));
    QHash<QString, Mask> masks;
    QStringList order;
    qint64 containsChecks = 0; // CONTAINS costs one substring search per account and value
    for (int i = 0; i < conds.size(); ++i) {
        const QJsonObject cond = conds.at(i).toObject();
        const QString where_ = QStringLiteral("condition %1: ").arg(i + 1);
        const QString name = cond.value(QLatin1String("name")).toString();
        const Column* c = d.column(name);
        if (!c)
            return MaskResult::failure(where_ + QStringLiteral("unknown field \"%1\" on Company").arg(name));
        if (!c->filterable)
            return MaskResult::failure(where_ + QStringLiteral("field %1 cannot be used in a filter").arg(name));
        const QString op = cond.value(QLatin1String("operator")).toString().toUpper();
        static const QStringList ops { QStringLiteral("IN"),  QStringLiteral("NOT_IN"), QStringLiteral("EQ"),
                                       QStringLiteral("NE"),  QStringLiteral("GT"),     QStringLiteral("LT"),
                                       QStringLiteral("GTE"), QStringLiteral("LTE"),    QStringLiteral("CONTAINS") };
        if (!ops.contains(op))
            return MaskResult::failure(
                where_
                + QStringLiteral("unknown operator \"%1\"; use one of %2")
                      .arg(cond.value(QLatin1String("operator")).toString(), ops.join(QStringLiteral(", "))));
        const QJsonValue vals = cond.value(QLatin1String("value"));
        if (!vals.isArray() || vals.toArray().isEmpty())
            return MaskResult::failure(where_ + QStringLiteral("value must be a non-empty array"));
        if (vals.toArray().size() > 10000)
            return MaskResult::failure(where_ + QStringLiteral("at most 10 000 values are allowed"));
        if (op == QLatin1String("CONTAINS")) {
            containsChecks += qint64(n) * vals.toArray().size();
            if (containsChecks > kMaxContainsChecks)
                return MaskResult::failure(
                    where_
                    + QStringLiteral("CONTAINS over %1 accounts may search at most %2 values in one query")
                          .arg(n)
                          .arg(std::max<qint64>(1, kMaxContainsChecks / std::max(n, 1))));
            for (const QJsonValue& v : vals.toArray())
                if (v.toString().size() > kMaxContainsNeedle)
                    return MaskResult::failure(
                        where_ + QStringLiteral("a CONTAINS value has at most %1 characters").arg(kMaxContainsNeedle));
        }
        auto mask = evalCondition(d, *c, op, vals.toArray());
        if (!mask)
            return MaskResult::failure(where_ + mask.error());
        QString alias = cond.value(QLatin1String("alias")).toString();
        if (alias.isEmpty())
            alias = QString(QChar(u'A' + (i % 26))) + (i >= 26 ? QString::number(i / 26) : QString());
        if (masks.contains(alias))
            return MaskResult::failure(where_ + QStringLiteral("alias \"%1\" is used twice").arg(alias));
        masks.insert(alias, std::move(mask.value()));
        order << alias;
    }
    const QJsonValue expr = where.value(QLatin1String("expression"));
    if (!expr.isUndefined() && !expr.isString())
        return MaskResult::failure(QStringLiteral("where.expression must be a string such as \"A AND B\""));
    if (expr.isString() && !expr.toString().trimmed().isEmpty()) {
        if (expr.toString().size() > 2000)
            return MaskResult::failure(QStringLiteral("where.expression is too long"));
        return ExpressionEvaluator(expr.toString(), masks).run();
    }
    Mask all(size_t(n), 1);
    for (const QString& a : order) {
        const Mask& m = masks[a];
        for (int i = 0; i < n; ++i)
            all[size_t(i)] &= m[size_t(i)];
    }
    return all;
}

} // namespace banister::sandbox
