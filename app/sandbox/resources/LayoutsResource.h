#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// C360 and P360 layouts (ours): their section lists, the palette of sections to add (Staircase AI once
// connected), and a preview of a layout for one account.
struct LayoutsResource
{
    static void addRoutes(RouteTable& routes);
    // The seeded layouts; idPrefix makes a second tenant's ids differ from the first's.
    static QList<Layout> seed(const QString& idPrefix);
};

} // namespace banister::sandbox
