#pragma once

#include "core/Result.h"
#include "sandbox/SandboxData.h"

#include <QJsonObject>

namespace banister::sandbox {

// The Company read API of the sandbox (DESIGN §4): describe, query (Gainsight's where/expression/orderBy shape,
// COUNT(Gsid)) and distinct. Every input error comes back as an error text an admin can act on (HTTP 400).
QJsonObject describeCompany(const SandboxData& data);
Result<QJsonObject> queryCompany(const SandboxData& data, const QJsonObject& body);
Result<QJsonObject> distinctCompanyValues(const SandboxData& data, const QString& field);

constexpr int kMaxQueryLimit = 5000;
constexpr int kDefaultQueryLimit = 100;

} // namespace banister::sandbox
