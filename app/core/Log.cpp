#include "core/Log.h"

namespace banister {
Q_LOGGING_CATEGORY(lcNet, "banister.net")
Q_LOGGING_CATEGORY(lcSecrets, "banister.secrets")
Q_LOGGING_CATEGORY(lcModels, "banister.models")
Q_LOGGING_CATEGORY(lcSandbox, "banister.sandbox")
Q_LOGGING_CATEGORY(lcUi, "banister.ui")
} // namespace banister
