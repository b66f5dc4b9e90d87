// The profile reader: any bytes give errors or a profile, never a crash; a profile that loads saves to JSON that
// loads back to the same profile (what the wizard writes, it can read).
#include "core/Profile.h"

#include <QJsonDocument>
#include <cstdlib>

using namespace banister;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ProfileLoad load = profileFromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (load.profile.has_value() == !load.errors.isEmpty())
        std::abort(); // exactly one of the two
    for (const ProfileError& e : load.errors)
        if (e.message.isEmpty())
            std::abort();
    if (!load.profile)
        return 0;
    const QByteArray saved = QJsonDocument(toJson(*load.profile)).toJson(QJsonDocument::Compact);
    const ProfileLoad again = profileFromJson(saved);
    if (!again.profile || !(*again.profile == *load.profile))
        std::abort();
    return 0;
}
