#include "engine/JournalPath.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace banister {

QString defaultJournalPath(const QString& subdomain, bool sandbox)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
    QDir().mkpath(dir);
    const QString name = subdomain.isEmpty() ? QStringLiteral("tenant") : subdomain;
    const QString tenantPath = dir + QStringLiteral("/%1.json").arg(name);
    if (!sandbox)
        return tenantPath;
    const QString path = dir + QStringLiteral("/%1-sandbox.json").arg(name);
    if (!QFile::exists(path) && QFile::exists(tenantPath))
        QFile::copy(tenantPath, path);
    return path;
}

} // namespace banister
