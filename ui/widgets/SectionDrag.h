#pragma once

#include <QListWidget>

namespace banister {

// The section list of a layout, with a drop indicator (a line between rows) while a section is dragged over it.
class SectionList : public QListWidget
{
    Q_OBJECT
public:
    explicit SectionList(QWidget* parent = nullptr);
    // The row a drop at viewport point `pos` would insert before (0..count()).
    int rowAt(const QPoint& pos) const;
    void setDropRow(int row); // -1 hides the indicator
    int dropRow() const { return m_dropRow; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_dropRow = -1;
};

// The section palette. Dragging an item and releasing it over `target` emits dropped(key, row). The drag is
// tracked with the mouse grab the press gives, not QDrag, so it works the same on every platform and in tests.
class PaletteList : public QListWidget
{
    Q_OBJECT
public:
    PaletteList(SectionList* target, QWidget* parent = nullptr);

Q_SIGNALS:
    void dropped(const QString& key, int row);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;

private:
    QPoint targetPoint(QMouseEvent* e) const;

    SectionList* m_target;
    QString m_dragKey;
    QPoint m_pressPos;
    bool m_dragging = false;
};

} // namespace banister
