#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <optional>

namespace banister {

namespace {
std::optional<QString>& nextName()
{
    static std::optional<QString> name;
    return name;
}

bool answeredBySeam(QWidget* parent, const FileDialogs::Done& done)
{
    if (!nextName())
        return false;
    const QString name = *nextName();
    nextName().reset();
    QTimer::singleShot(0, parent, [done, name] {
        if (!name.isEmpty())
            done(name);
    });
    return true;
}

// The folder the admin last opened or saved a file in, remembered across runs.
QString lastFolder()
{
    const QString dir = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

FileDialogs::Done remembering(FileDialogs::Done done)
{
    return [done](const QString& path) {
        QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
        done(path);
    };
}

QString suffixOf(const QString& filter)
{
    return QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(filter).captured(1);
}
} // namespace

void FileDialogs::setNextFileName(const QString& name)
{
    nextName() = name;
}

void FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& filter, Done done)
{
    if (answeredBySeam(parent, done))
        return;
    auto* dlg = new QFileDialog(parent, caption, lastFolder(), filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptOpen);
    dlg->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, remembering(done));
    dlg->open();
}

void FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                           const QStringList& filters, Done done)
{
    if (answeredBySeam(parent, done))
        return;
    // A suggestion without a folder goes to the last folder used.
    const QString start = QFileInfo(suggested).isAbsolute() ? suggested : QDir(lastFolder()).filePath(suggested);
    auto* dlg = new QFileDialog(parent, caption, start);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setNameFilters(filters);
    dlg->setDefaultSuffix(suffixOf(filters.value(0)));
    QObject::connect(dlg, &QFileDialog::filterSelected, dlg,
                     [dlg](const QString& f) { dlg->setDefaultSuffix(suffixOf(f)); });
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, remembering(done));
    dlg->open();
}

} // namespace banister
