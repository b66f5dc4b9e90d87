#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// The tenant itself (ours): its subscriptions, primary CRM, AI Follow-Up, the caller's rights, and the apps menu
// (Staircase AI appears there once connected).
struct TenantInfoResource
{
    static void addRoutes(RouteTable& routes);
};

} // namespace banister::sandbox
