#include "engine/SandboxTuning.h"

#include "engine/ActivationArea.h"
#include "engine/Engine.h"
#include "net/TenantClient.h"

namespace banister {

void tuneForSandbox(Engine& engine, TenantClient& client, const RateWindows& dataLimits,
                    const RateWindows& userWriteLimits, SandboxUse use)
{
    if (use == SandboxUse::Wizard)
        engine.activation()->setSupportPolling(200, 20);
    else
        engine.activation()->setSupportPolling(20, 10);
    client.setRateWindows(TenantClient::RateClass::Data, dataLimits);
    client.setRateWindows(TenantClient::RateClass::UserWrites, userWriteLimits);
}

} // namespace banister
