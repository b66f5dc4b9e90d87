#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>
#include <optional>

namespace banister {

// Asks a question in a window-modal message box (open(), no nested event loop) behind a seam: GUI tests answer
// with setAutoAnswer() instead of clicking. `done` gets the button the admin chose (Cancel/Escape included).
class Questions
{
public:
    using Done = std::function<void(QMessageBox::StandardButton)>;
    static void ask(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Done done);
    // Every question from now on is answered at once with this (nullopt: ask for real).
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastQuestion(); // the text of the last question asked (tests)
};

} // namespace banister
