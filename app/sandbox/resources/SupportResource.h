#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// Support requests (ours): the Staircase integration request and the upgrade of an AI Follow-Up connection. Each
// GET of an open request moves it on (open -> in-progress -> done), as support works; done links the tenants or,
// for an upgrade, connects them.
struct SupportResource
{
    static void addRoutes(RouteTable& routes);
};

} // namespace banister::sandbox
