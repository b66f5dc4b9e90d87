#include "widgets/WrapLabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace banister {

WrapLabel::WrapLabel(QWidget* parent)
    : WrapLabel(QString(), parent)
{
}

WrapLabel::WrapLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    // Expanding: form rows give Preferred fields only their hint. Preferred height: the floor is the minimum size
    // hint below, the height the text needs at the label's width; with Minimum it was the size hint, QLabel's taller
    // shape for a long text, and a list of checks that fits showed a scroll bar.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize WrapLabel::minimumSizeHint() const
{
    QSize s = QLabel::minimumSizeHint();
    if (width() > 0 && !text().isEmpty())
        s.setHeight(std::max(s.height(), heightForWidth(width())));
    return s;
}

void WrapLabel::resizeEvent(QResizeEvent* e)
{
    QLabel::resizeEvent(e);
    if (e->size().width() != m_width) { // a new width needs another height: ask the layout again
        m_width = e->size().width();
        updateGeometry();
    }
}

} // namespace banister
