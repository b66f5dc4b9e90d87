#pragma once

#include "core/LiveState.h"
#include "core/TenantInfo.h"

#include <QObject>
#include <functional>

namespace banister {

class TenantClient;

// Reads what activation depends on, in parallel: tenant info (AI Follow-Up, subdomain, caller), support requests,
// the Staircase integration, the apps menu and the super admins (first 500 users). Shared by the Activation page's
// model and the engine's ActivationArea so both see the same facts. `done` runs once, only while ctx lives.
// On a public-API tenant only the user list is read (for the super admins); AI Follow-Up and the subdomain come from
// `known` (the admin's confirmations), and nothing else can be read.
void readActivationLive(TenantClient* client, QObject* ctx, const TenantInfo& known,
                        std::function<void(const LiveState&)> done);

} // namespace banister
