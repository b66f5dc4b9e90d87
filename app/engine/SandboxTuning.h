#pragma once

#include "core/RateWindows.h"

namespace banister {

class Engine;
class TenantClient;

// Who is waiting on a sandbox tenant's support desk: a person in the wizard, or a script.
enum class SandboxUse { Wizard, Script };

// How the wizard and banister-cli alike talk to Banister's own sandbox tenant once it runs: the client paces itself to
// the sandbox's limits (its data and user-write windows, as the sandbox was started with) instead of a real tenant's,
// and the support desk, which answers within seconds there rather than days, is polled briskly — every 200 ms up to
// 20 times while a person watches the request move on, every 20 ms up to 10 times in a script.
void tuneForSandbox(Engine& engine, TenantClient& client, const RateWindows& dataLimits,
                    const RateWindows& userWriteLimits, SandboxUse use);

} // namespace banister
