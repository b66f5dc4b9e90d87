#include "widgets/TextCellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace banister {

const QStaticText& TextCellDelegate::layoutOf(const QString& text, const QFont& font) const
{
    if (font != m_font) {
        m_layouts.clear();
        m_elided.clear();
        m_font = font;
    }
    if (QStaticText* cached = m_layouts.object(text))
        return *cached;
    auto* layout = new QStaticText(text);
    layout->setTextFormat(Qt::PlainText);
    layout->setPerformanceHint(QStaticText::AggressiveCaching);
    layout->prepare(QTransform(), font);
    m_layouts.insert(text, layout);
    return *m_layouts.object(text);
}

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)
        || opt.state & QStyle::State_Editing) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    // The text where QCommonStyle puts it: the focus frame's margin plus one on each side, one line.
    QPalette::ColorGroup cg = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (cg == QPalette::Normal && !(opt.state & QStyle::State_Active))
        cg = QPalette::Inactive;
    if (!opt.text.isEmpty()) {
        painter->setPen(
            opt.palette.color(cg, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        // Without an icon or check box the text has the whole cell (SE_ItemViewItemText would lay the text out to
        // say so).
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        QString text = opt.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        const QStaticText* layout = &layoutOf(text, opt.font);
        if (layout->size().width() > textRect.width()) {
            const QString key = text + QChar(0x1f) + QString::number(textRect.width()) + QChar(0x1f)
                + QString::number(int(opt.textElideMode));
            QString* elided = m_elided.object(key);
            if (!elided) {
                elided = new QString(opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
                m_elided.insert(key, elided);
            }
            layout = &layoutOf(*elided, opt.font);
        }
        const QSizeF size = layout->size();
        qreal x = textRect.left();
        const Qt::Alignment h = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
        if (h & Qt::AlignRight)
            x = textRect.right() + 1 - size.width();
        else if (h & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - size.width()) / 2;
        qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
        if (opt.displayAlignment & Qt::AlignTop)
            y = textRect.top();
        else if (opt.displayAlignment & Qt::AlignBottom)
            y = textRect.bottom() + 1 - size.height();
        painter->drawStaticText(QPointF(x, y), *layout);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor
            = opt.palette.color(cg, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace banister
