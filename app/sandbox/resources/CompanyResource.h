#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// Company data, the documented data APIs: describe, query (COUNT(Gsid), groupBy) and distinct values (ours).
struct CompanyResource
{
    static void addRoutes(RouteTable& routes);
};

} // namespace banister::sandbox
