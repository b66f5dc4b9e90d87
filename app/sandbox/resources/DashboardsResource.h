#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// Dashboards (ours): the System folder, the Staircase Executive Dashboard's permissions, and the roles and groups
// the principal picker offers.
struct DashboardsResource
{
    static void addRoutes(RouteTable& routes);
    // "By default, only the System Administrator is assigned."
    static QJsonObject seedPermissions();
};

} // namespace banister::sandbox
