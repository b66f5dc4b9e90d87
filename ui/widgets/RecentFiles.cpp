#include "widgets/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace banister {

namespace {
const QString kRecentProfilesKey = QStringLiteral("files/recentProfiles");
}

QStringList RecentFiles::profiles()
{
    QStringList out;
    for (const QString& p : QSettings().value(kRecentProfilesKey).toStringList())
        if (QFileInfo(p).isFile() && !out.contains(p))
            out << p;
    return out.mid(0, kMax);
}

void RecentFiles::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kRecentProfilesKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kRecentProfilesKey, list.mid(0, kMax));
}

void RecentFiles::clear()
{
    QSettings().remove(kRecentProfilesKey);
}

} // namespace banister
