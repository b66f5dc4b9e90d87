#pragma once

#include <QString>
#include <QStringList>

namespace banister {

// The profiles the admin opened or saved lately, most recent first, kept in QSettings ("files/recentProfiles").
// Files that no longer exist are left out when the list is read.
class RecentFiles
{
public:
    static constexpr int kMax = 8;
    static QStringList profiles();
    static void remember(const QString& path);
    static void clear();
};

} // namespace banister
