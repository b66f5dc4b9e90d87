#pragma once

#include "sandbox/RouteTable.h"

namespace banister::sandbox {

// User Management, shaped after Gainsight's documented calls: fetch users (paged, searched), Update Users (roles,
// the username fix) and Update User Status, at most 50 users a call. Also the article's rules about users that the
// permission and dashboard resources share.
struct UsersResource
{
    static void addRoutes(RouteTable& routes);

    static const QStringList& staircaseRoles();
    static const QStringList& knownRoles(); // the GS roles this tenant has
    static bool validEmail(const QString& email);
    // The article's rule: a Staircase role, a Full or Viewer Plus license, a username equal to a valid email, an
    // active user, once Staircase is connected.
    static bool hasStaircaseAccess(const TenantState& state, const User& u);
    static Reply userNotFound(const QString& id);
};

} // namespace banister::sandbox
