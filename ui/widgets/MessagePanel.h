#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace banister {

// An inline error (or notice) with an optional action button, e.g. "Retry". Hidden while it has no text.
class MessagePanel : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };
    explicit MessagePanel(Kind kind, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    QPushButton* actionButton() const { return m_button; }
    void setActionText(const QString& text);

private:
    QLabel* m_label;
    QPushButton* m_button;
};

} // namespace banister
