#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// Permissions (ours): the two default Staircase bundles the integration creates, the dynamic rule that assigns
// them, a user's effective permissions, and the SSO check.
struct PermissionsResource
{
    static void addRoutes(RouteTable& routes);
};

} // namespace banister::sandbox
