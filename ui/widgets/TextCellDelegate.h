#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace banister {

// Paints plain-text cells like QStyledItemDelegate does (background, selection, one line of text elided as the
// view says, focus frame) but keeps each text's layout: a table of 20 000 users repaints without shaping the same
// names again. Cells with an icon or a check box go to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const QStaticText& layoutOf(const QString& text, const QFont& font) const;

    mutable QCache<QString, QStaticText> m_layouts { 1200 }; // a few screens of cells; a layout is about 1 KB
    mutable QCache<QString, QString> m_elided { 1200 }; // text, width and mode -> the elided text
    mutable QFont m_font;
};

} // namespace banister
