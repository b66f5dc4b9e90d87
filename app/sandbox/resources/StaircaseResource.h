#pragma once

#include "sandbox/RouteTable.h"

#include <optional>

namespace banister::sandbox {

// The Staircase integration (ours, shaped after Staircase's Gainsight card): its state, connecting with the
// subdomain and access key once Gainsight Support has linked the tenants, and the CRM tab.
struct StaircaseResource
{
    static void addRoutes(RouteTable& routes);

    // 409 unless Staircase is connected to Gainsight (the CRM and field tabs appear only then); nullopt when fine.
    static std::optional<Reply> requireConnected(const Tenant& t);
};

} // namespace banister::sandbox
