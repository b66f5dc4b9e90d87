#include "models/ProfileStore.h"

namespace banister {

QList<ProfileError> ProfileStore::open(const QString& path)
{
    const ProfileLoad load = loadProfile(path);
    if (!load.profile)
        return load.errors;
    m_profile = *load.profile;
    m_path = path;
    Q_EMIT loaded(m_profile);
    return {};
}

QString ProfileStore::save(const Profile& profile, const QString& path)
{
    if (const Result<void> written = saveProfile(profile, path); !written)
        return written.error();
    m_profile = profile;
    m_path = path;
    Q_EMIT saved(path);
    return {};
}

} // namespace banister
