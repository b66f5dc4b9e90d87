#pragma once

#include "core/Profile.h"

#include <QObject>

namespace banister {

// The profile file the admin works on: open (all or nothing, errors listed), save (atomic), where it lives.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // On success replaces the profile and emits loaded(); on failure changes nothing and returns the errors.
    QList<ProfileError> open(const QString& path);
    QString save(const Profile& profile, const QString& path); // error text or empty

    const Profile& profile() const { return m_profile; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void loaded(const banister::Profile& profile);
    void saved(const QString& path);

private:
    Profile m_profile;
    QString m_path;
};

} // namespace banister
