#pragma once

#include "sandbox/SandboxData.h"

#include <QJsonObject>
#include <QString>

namespace banister::sandbox {

// The sandbox's own check of one CRM tab filter row ({field, operator, values}) against the field it names: the
// operators its type takes (text: in, not_in, contains; picklists, booleans, ids, lookups: in, not_in; numbers,
// currency, dates: in, not_in, gt, gte, lt, lte, between), how many values each takes, and that they read as the
// type. Returns the error text (the row number is added by the caller) or empty.
QString checkCrmFilterRow(const Column& c, const QJsonObject& row);

} // namespace banister::sandbox
