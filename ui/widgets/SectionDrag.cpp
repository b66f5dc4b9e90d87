#include "widgets/SectionDrag.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace banister {

SectionList::SectionList(QWidget* parent)
    : QListWidget(parent)
{
}

int SectionList::rowAt(const QPoint& pos) const
{
    for (int row = 0; row < count(); ++row) {
        const QRect r = visualItemRect(item(row));
        if (pos.y() < r.center().y())
            return row;
    }
    return count();
}

void SectionList::setDropRow(int row)
{
    if (m_dropRow == row)
        return;
    m_dropRow = row;
    viewport()->update();
}

void SectionList::paintEvent(QPaintEvent* event)
{
    QListWidget::paintEvent(event);
    if (m_dropRow < 0)
        return;
    QPainter p(viewport());
    const int y = m_dropRow < count() ? visualItemRect(item(m_dropRow)).top()
                                      : (count() ? visualItemRect(item(count() - 1)).bottom() + 1 : 2);
    p.setPen(QPen(palette().color(QPalette::Highlight), 3));
    p.drawLine(4, y, viewport()->width() - 4, y);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(QPoint(6, y), 4, 4);
}

PaletteList::PaletteList(SectionList* target, QWidget* parent)
    : QListWidget(parent)
    , m_target(target)
{
    setCursor(Qt::OpenHandCursor);
}

QPoint PaletteList::targetPoint(QMouseEvent* e) const
{
    return m_target->viewport()->mapFromGlobal(viewport()->mapToGlobal(e->position().toPoint()));
}

void PaletteList::mousePressEvent(QMouseEvent* e)
{
    QListWidget::mousePressEvent(e);
    QListWidgetItem* item = itemAt(e->position().toPoint());
    m_dragKey = item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
    m_pressPos = e->position().toPoint();
    m_dragging = false;
}

void PaletteList::mouseMoveEvent(QMouseEvent* e)
{
    if (m_dragKey.isEmpty() || !(e->buttons() & Qt::LeftButton))
        return QListWidget::mouseMoveEvent(e);
    if (!m_dragging && (e->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (!m_dragging)
        return;
    const QPoint p = targetPoint(e);
    m_target->setDropRow(m_target->viewport()->rect().contains(p) ? m_target->rowAt(p) : -1);
}

void PaletteList::mouseReleaseEvent(QMouseEvent* e)
{
    QListWidget::mouseReleaseEvent(e);
    if (m_dragging) {
        const QPoint p = targetPoint(e);
        const int row = m_target->viewport()->rect().contains(p) ? m_target->rowAt(p) : -1;
        m_target->setDropRow(-1);
        if (row >= 0)
            Q_EMIT dropped(m_dragKey, row);
    }
    m_dragging = false;
    m_dragKey.clear();
    setCursor(Qt::OpenHandCursor);
}

} // namespace banister
