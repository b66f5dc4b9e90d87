#pragma once

#include "core/Plan.h"
#include "core/TenantInfo.h"

#include <QString>

namespace banister::cli {

// A line on stdout, flushed at once: scripts and the kill tests read progress as it happens.
void out(const QString& s);
// "banister-cli: <s>" on stderr.
void err(const QString& s);

// A plan as banister-cli prints it: JSON (the plan, its change count and the tenant) or text (errors, warnings,
// a summary line with the estimate, each step's before and after or its manual instructions, Manual: lines).
// undo: the reverse plan of an apply.
void printPlan(const Plan& plan, const TenantInfo& tenant, bool json, bool undo);

} // namespace banister::cli
