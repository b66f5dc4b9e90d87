#include "core/Log.h"

namespace banister {
Q_LOGGING_CATEGORY(lcNet, "banister.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "banister.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "banister.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "banister.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "banister.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "banister.engine", QtInfoMsg)
} // namespace banister
