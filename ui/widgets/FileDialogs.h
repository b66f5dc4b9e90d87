#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace banister {

// Asynchronous file dialogs (window-modal, no nested event loop) behind a seam: GUI tests answer the next dialog
// with setNextFileName() instead of clicking through a real one. `done` gets the path; it is not called on cancel.
class FileDialogs
{
public:
    using Done = std::function<void(const QString& path)>;
    static void openFile(QWidget* parent, const QString& caption, const QString& filter, Done done);
    // `filters` are "Name (*.ext)" entries; a name typed without extension gets the selected filter's.
    static void saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QStringList& filters,
                         Done done);
    static void setNextFileName(const QString& name);
};

} // namespace banister
