#include "widgets/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace banister {

namespace {
const QString kKey = QStringLiteral("files/recentProfiles");
}

QStringList RecentFiles::profiles()
{
    QStringList out;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (QFileInfo(p).isFile() && !out.contains(p))
            out << p;
    return out.mid(0, kMax);
}

void RecentFiles::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMax));
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

} // namespace banister
