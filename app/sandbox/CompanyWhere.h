#pragma once

#include "core/Result.h"
#include "sandbox/SandboxData.h"

#include <QJsonValue>
#include <vector>

namespace banister::sandbox {

// One byte per account: 1 where the account matches.
using CompanyMask = std::vector<quint8>;

// The where clause of a Company query (Gainsight's shape: conditions with aliases, combined by an expression of
// AND OR NOT and parentheses; all conditions ANDed without one) as a mask over the accounts, or why it is invalid.
// Undefined or null: every account. Its cost is bounded (CONTAINS at most 4 million account x value pairs).
Result<CompanyMask> evalCompanyWhere(const SandboxData& data, const QJsonValue& where);

} // namespace banister::sandbox
