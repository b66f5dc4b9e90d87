#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// Staircase's account fields (ours) and their mappings to Gainsight Company fields: out-of-the-box ones locked, the
// others checked for type compatibility. Answers 409 until Staircase is connected.
struct FieldsResource
{
    static void addRoutes(RouteTable& routes);
};

} // namespace banister::sandbox
