#include "widgets/MessagePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace banister {

MessagePanel::MessagePanel(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    struct Palette
    {
        const char* background;
        const char* border;
        const char* text;
    };
    const Palette c = kind == Kind::Error ? Palette { "#fdecea", "#e0a19b", "#611a15" }
        : kind == Kind::Warning           ? Palette { "#fff4e5", "#e6c07b", "#663c00" }
                                          : Palette { "#e8f1fb", "#9fc1e6", "#0b3d6e" };
    // A type selector, not an objectName one: pages give each panel its own objectName for tests.
    setStyleSheet(QStringLiteral("banister--MessagePanel { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "banister--MessagePanel QLabel { background: transparent; border: none; color: %3; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("messageText"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    m_button->hide();
    hide();
}

void MessagePanel::setText(const QString& text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString MessagePanel::text() const
{
    return m_label->text();
}

void MessagePanel::setActionText(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

} // namespace banister
