#pragma once

#include "core/CompanyField.h"
#include "core/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace banister {

// The operators a CRM filter row can use. Which ones a field offers follows its type, as the Gainsight data query
// allows: text is / is not / contains; picklists, booleans, ids and lookups is / is not; numbers, currency and dates
// = ≠ > ≥ < ≤ between. "in" with several values means "any of them" (on numbers and dates: "=").
enum class FilterOp { In, NotIn, Contains, Gt, Gte, Lt, Lte, Between };

QString filterOpName(FilterOp op); // the profile's and the tenant's spelling: "in", "not_in", "contains", "gt", ...
std::optional<FilterOp> filterOpFromName(const QString& name);
QStringList filterOpNames();

bool isOrderedField(const CompanyField& f); // numbers, currency, dates: = ≠ > ≥ < ≤ between
QList<FilterOp> operatorsFor(const CompanyField& f);
// The operator in the admin's words for a field of that kind: "is", "is not", "contains", "=", "≠", "≥", "between".
QString filterOpLabel(FilterOp op, bool ordered);

// The number of values an operator takes: exactly one (> ≥ < ≤), exactly two (between), or one or more.
constexpr int kFilterAnyCount = -1;
int filterOpValueCount(FilterOp op);
constexpr int kMaxContainsValues = 10; // a contains row searches each account once per value
constexpr int kMaxContainsLength = 200; // characters in one contains value
constexpr int kMaxFilterValues = 10000; // values in one is / is not row

// Why this row cannot be used on this field, in an admin's words (e.g. "\"between\" takes two values, the lower
// first"), or empty when it can. The field's existence and filterability are checked by the caller.
QString filterRowProblem(const FilterRow& row, const CompanyField& field);

// The data query's where clause for rows combined as the section says (CrmSection::combine: every row or any row),
// and (when statuses are given) AND Status in statuses. Values are typed by the fields' describe.
// An empty object when nothing filters (all accounts).
QJsonObject filterWhere(const QList<CompanyField>& fields, const QList<FilterRow>& rows, CrmCombine combine,
                        const QStringList& statuses = {});

// One row in words, e.g. "ARR ≥ 50000", "Region is EMEA or APAC", "Close date between 2026-01-01 and 2026-06-30".
QString describeFilterRow(const QString& field, const QString& op, const QStringList& values);

} // namespace banister
