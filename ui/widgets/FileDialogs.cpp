#include "widgets/FileDialogs.h"

#include <QFileDialog>
#include <QRegularExpression>
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
    auto* dlg = new QFileDialog(parent, caption, QString(), filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptOpen);
    dlg->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, done);
    dlg->open();
}

void FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QStringList& filters,
                           Done done)
{
    if (answeredBySeam(parent, done))
        return;
    auto* dlg = new QFileDialog(parent, caption, suggested);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setNameFilters(filters);
    dlg->setDefaultSuffix(suffixOf(filters.value(0)));
    QObject::connect(dlg, &QFileDialog::filterSelected, dlg, [dlg](const QString& f) { dlg->setDefaultSuffix(suffixOf(f)); });
    QObject::connect(dlg, &QFileDialog::fileSelected, parent, done);
    dlg->open();
}

} // namespace banister
